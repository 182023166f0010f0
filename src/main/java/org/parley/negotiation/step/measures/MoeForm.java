package org.parley.negotiation.step.measures;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A measure of effectiveness: an indicator, its unit, where it stands now and where the
 * negotiation should take it. Monitoring measures it later.
 */
public record MoeForm(
		@NotBlank(message = "{validation.required}") @Size(max = 300,
				message = "{validation.too-long}") String indicator,
		@NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.too-long}") String unit,
		@Digits(integer = 14, fraction = 4, message = "{validation.number}") BigDecimal baseline,
		@NotNull(message = "{validation.required}") @Digits(integer = 14, fraction = 4,
				message = "{validation.number}") BigDecimal target) {

	public static MoeForm empty() {
		return new MoeForm(null, null, null, null);
	}

}
