/**
 * Negotiation cases walked through the published method (McHugh &amp; Bessler; McQuinn
 * &amp; Oliva): nine steps, their guiding questions, the decision to engage as a gate,
 * and the closure confirmed by HQ.
 *
 * <p>
 * What other modules may use is in this package:
 * {@link org.parley.negotiation.CaseAccess} (may this user see, work on or decide this
 * case, at this step: one query), {@link org.parley.negotiation.CaseQueries} (cases as
 * people read them), {@link org.parley.negotiation.CaseWorkflow} (every move of a case),
 * {@link org.parley.negotiation.GuidingQuestions}, the view records, the events
 * ({@code EngagementDecisionRequested}, {@code EngagementDecisionTaken},
 * {@code CaseClosureRequested}, {@code CaseClosureDecided}) and the interfaces other
 * modules implement ({@link org.parley.negotiation.AgreementEvidence},
 * {@link org.parley.negotiation.CaseIncidents}).
 *
 * <p>
 * Inside: {@code casefile} holds the case aggregate and its timeline; {@code step} the
 * step pages, the step API and {@link org.parley.negotiation.step.CaseStep}, with one
 * package per step ({@code step.analysis}, {@code step.group}, {@code step.objectives},
 * {@code step.decision}, {@code step.engagement}, {@code step.rounds},
 * {@code step.agreement}, {@code step.followup}, {@code step.closure}, and
 * {@code step.measures} for the measures of effectiveness set in step 3 and measured in
 * step 8); {@code questions} the administration of the guiding questions; {@code web} the
 * case list, overview and details; {@code demo} the demo cases.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Negotiation cases",
		allowedDependencies = { "shared", "shared::web", "audit", "protection", "identity", "armedgroup", "reference" })
package org.parley.negotiation;
