package org.parley.negotiation.casefile;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A request to engage: the risk assessment and the mandate asked for.
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
		@NotBlank(message = "{validation.required}") @Size(max = 10000,
				message = "{validation.too-long}") String mandateRedLines) {

	/** A new request, its red lines pre-filled with the case's (one per line). */
	public static DecisionRequest withRedLines(List<String> redLines) {
		return new DecisionRequest(null, null, null, null, null, null, null, null, String.join("\n", redLines));
	}

}
