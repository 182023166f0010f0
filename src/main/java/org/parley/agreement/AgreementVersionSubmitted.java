package org.parley.agreement;

/**
 * A version of an agreement was sent to HQ for review. Published in the transaction of
 * the submission.
 *
 * @param agreementId the agreement
 * @param caseId its case
 * @param teamId the team it belongs to
 * @param versionNo the number of the version
 * @param draftedBy who drafted the version
 * @param submittedBy who submitted it
 */
public record AgreementVersionSubmitted(long agreementId, long caseId, long teamId, int versionNo, String draftedBy,
		String submittedBy) {
}
