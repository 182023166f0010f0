package org.parley.agreement;

/**
 * HQ approved a submitted version of an agreement or returned it with comments. Published
 * in the transaction of the review.
 *
 * @param agreementId the agreement
 * @param caseId its case
 * @param teamId the team it belongs to
 * @param versionNo the number of the version
 * @param approved true if approved (now in force), false if returned
 * @param draftedBy who drafted the version
 * @param submittedBy who submitted it
 * @param reviewedBy the HQ reviewer
 */
public record AgreementVersionReviewed(long agreementId, long caseId, long teamId, int versionNo, boolean approved,
		String draftedBy, String submittedBy, String reviewedBy) {
}
