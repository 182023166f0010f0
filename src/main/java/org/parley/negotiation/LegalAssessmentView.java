package org.parley.negotiation;

import java.time.LocalDate;

import org.parley.armedgroup.DesignationAuthority;

/**
 * The legal and sanctions assessment of one designation, as a request to engage carries
 * it: the listing as it stood when the request was made, and what the team assessed (null
 * when the reader may not read the case's sealed fields).
 */
public record LegalAssessmentView(long designationId, long groupId, String groupName, DesignationAuthority authority,
		String listingName, LocalDate listedOn, String exposure, String mitigation, boolean adviceObtained,
		String adviceFrom, LocalDate adviceOn, ResidualRisk residualRisk, AssessmentConclusion conclusion) {
}
