package org.parley.negotiation;

/**
 * The team asked HQ to confirm the closure of a case. Published in the transaction of the
 * request.
 *
 * @param caseId the case
 * @param teamId its team
 * @param requestedBy who asked
 */
public record CaseClosureRequested(long caseId, long teamId, String requestedBy) {
}
