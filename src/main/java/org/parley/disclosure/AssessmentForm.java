package org.parley.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The team's assessment of a request, before HQ decides.
 *
 * @param riskAssessment the risk disclosure would bring to the people concerned
 * (retaliation, arrest, deportation, loss of trust of the communities and of the groups)
 * @param purposeAssessment whether disclosure is compatible with the purpose for which
 * the data was collected, the humanitarian mandate and the organisation's privileges and
 * immunities; what the minimum would be
 */
public record AssessmentForm(
		@NotBlank(message = "{validation.required}") @Size(max = 20000,
				message = "{validation.too-long}") String riskAssessment,
		@Size(max = 20000, message = "{validation.too-long}") String purposeAssessment) {

}
