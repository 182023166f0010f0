/**
 * Agreements of a negotiation case: parties, scope, validity, commitments, and HQ's
 * review version by version. Depends on {@code negotiation} for the case and its
 * need-to-know; tells the case whether an agreement is in force through
 * {@code negotiation.AgreementEvidence}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agreements",
		allowedDependencies = { "shared", "shared::web", "audit", "armedgroup", "document", "identity", "negotiation" })
package org.parley.agreement;
