package org.parley.agreement;

/**
 * An agreement in force was suspended, breached, terminated or put back in force by the
 * team or HQ, or expired at its end date.
 *
 * @param agreementId the agreement
 * @param caseId its case
 * @param teamId the team of the case
 * @param status the agreement's status now
 * @param changedBy who changed it, or null when it expired on its own
 */
public record AgreementStatusChanged(long agreementId, long caseId, long teamId, AgreementStatus status,
		String changedBy) {
}
