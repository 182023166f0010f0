package org.parley.agreement;

/**
 * The team recorded an obligation of an agreement (a compliance check, a review of a
 * group): what fell due is done. Published in the recording's transaction.
 *
 * @param kind a compliance check or a review of a group
 * @param id the check or the review
 * @param agreementId its agreement
 * @param teamId the team that recorded it
 */
public record ObligationRecorded(ObligationKind kind, long id, long agreementId, long teamId) {
}
