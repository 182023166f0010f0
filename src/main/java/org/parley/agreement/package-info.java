/**
 * Agreements of a negotiation case: parties, scope, validity, commitments, HQ's review
 * version by version, and what an agreement in force obliges the team to record
 * (compliance checks, monthly reviews of the groups) and to score.
 * <p>
 * The base package is what other modules use: {@link org.parley.agreement.Agreements} and
 * {@link org.parley.agreement.Obligations} (read-only), the view records, the events
 * ({@code AgreementVersionSubmitted}, {@code AgreementVersionReviewed},
 * {@code AgreementStatusChanged}, {@code ObligationDue}) and the enumerations they carry.
 * The rest is internal: the {@code Agreement} aggregate and its workflow
 * ({@code internal}), the scheduled obligations ({@code monitoring}), the disputes under
 * an agreement and their contacts ({@code dispute}), the pages and the API ({@code web})
 * and the demo data ({@code demo}).
 * <p>
 * Depends on {@code negotiation} for the case ({@code CaseAccess}: may this user read,
 * work on or decide on it, in one query) and tells the case whether an agreement is in
 * force through {@code negotiation.AgreementEvidence}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "shared :: web", "audit",
		"negotiation", "armedgroup", "document", "protection" })
package org.parley.agreement;
