package org.parley.negotiation;

/**
 * A team asked HQ for the decision to engage (the internal-decision gate). Published in
 * the transaction of the request.
 *
 * @param caseId the case
 * @param decisionId the request
 * @param teamId the case's team
 * @param requestedBy who asked
 */
public record EngagementDecisionRequested(long caseId, long decisionId, long teamId, String requestedBy) {
}
