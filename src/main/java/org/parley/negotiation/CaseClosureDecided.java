package org.parley.negotiation;

/**
 * An HQ reviewer confirmed the closure of a case (it is closed) or returned it to the
 * team. Published in the transaction of the decision.
 *
 * @param caseId the case
 * @param teamId its team
 * @param requestedBy who had asked
 * @param confirmed true if closed, false if returned
 * @param decidedBy the HQ reviewer
 */
public record CaseClosureDecided(long caseId, long teamId, String requestedBy, boolean confirmed, String decidedBy) {
}
