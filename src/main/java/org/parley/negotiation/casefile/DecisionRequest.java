package org.parley.negotiation.casefile;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A request to engage: the risk assessment and the mandate asked for.
 *
 * @param mandateRedLines further red lines of this mandate, one a line: the
 * organisation's and the case's are added by the application, whatever the form says
 * @param assessments the legal and sanctions assessment of each designation in force
 * against a group of the case (none when no group is designated)
 */
public record DecisionRequest(
		@NotBlank(message = "{validation.required}") @Size(max = 10000,
				message = "{validation.too-long}") String riskLegitimacy,
		@NotBlank(message = "{validation.required}") @Size(max = 10000,
				message = "{validation.too-long}") String riskInstrumentalisation,
		@NotBlank(message = "{validation.required}") @Size(max = 10000,
				message = "{validation.too-long}") String riskLegal,
		@NotBlank(message = "{validation.required}") @Size(max = 10000,
				message = "{validation.too-long}") String riskStaffSafety,
		@NotBlank(message = "{validation.required}") @Size(max = 10000,
				message = "{validation.too-long}") String riskReputation,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.too-long}") String mandateLevel,
		@NotBlank(message = "{validation.required}") @Size(max = 10000,
				message = "{validation.too-long}") String mandateScope,
		@Size(max = 10000, message = "{validation.too-long}") String mandateConcessions,
		@Size(max = 10000, message = "{validation.too-long}") String mandateRedLines,
		@jakarta.validation.Valid List<LegalAssessmentInput> assessments) {

	public DecisionRequest {
		assessments = (assessments != null)
				? List.copyOf(assessments.stream().filter(java.util.Objects::nonNull).toList()) : List.of();
	}

	/**
	 * A request with no legal assessment (for a case that engages no designated group).
	 */
	public static DecisionRequest of(String riskLegitimacy, String riskInstrumentalisation, String riskLegal,
			String riskStaffSafety, String riskReputation, String mandateLevel, String mandateScope,
			String mandateConcessions, String mandateRedLines) {
		return new DecisionRequest(riskLegitimacy, riskInstrumentalisation, riskLegal, riskStaffSafety, riskReputation,
				mandateLevel, mandateScope, mandateConcessions, mandateRedLines, List.of());
	}

	/** The same request with these legal assessments. */
	public DecisionRequest withAssessments(List<LegalAssessmentInput> given) {
		return new DecisionRequest(this.riskLegitimacy, this.riskInstrumentalisation, this.riskLegal,
				this.riskStaffSafety, this.riskReputation, this.mandateLevel, this.mandateScope,
				this.mandateConcessions, this.mandateRedLines, given);
	}

	/** A new request, with an empty assessment of each designation. */
	public static DecisionRequest assessing(List<Long> designationIds) {
		return of(null, null, null, null, null, null, null, null, null)
			.withAssessments(designationIds.stream().map(LegalAssessmentInput::of).toList());
	}

	/** The assessment of the designation, if the request gives one. */
	public java.util.Optional<LegalAssessmentInput> assessmentOf(long designationId) {
		return this.assessments.stream()
			.filter((a) -> a.designationId() != null && a.designationId() == designationId)
			.findFirst();
	}

}
