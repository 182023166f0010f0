package org.parley.negotiation;

/**
 * An HQ reviewer approved, returned or rejected a request to engage. Published in the
 * transaction of the decision.
 *
 * @param caseId the case
 * @param decisionId the request
 * @param teamId the case's team
 * @param requestedBy who asked
 * @param outcome what HQ decided
 * @param decidedBy the HQ reviewer
 */
public record EngagementDecisionTaken(long caseId, long decisionId, long teamId, String requestedBy,
		DecisionStatus outcome, String decidedBy) {
}
