package org.parley.agreement;

/**
 * A dispute was raised under an agreement (decision 0025): the team's HQ reviewers hear
 * of it.
 *
 * @param disputeId the dispute
 * @param agreementId its agreement
 * @param caseId the agreement's case
 * @param teamId the team of the case
 * @param mechanism the mechanism it goes to
 * @param raisedBy who recorded it
 */
public record DisputeRaised(long disputeId, long agreementId, long caseId, long teamId, DisputeSettlement mechanism,
		String raisedBy) {
}
