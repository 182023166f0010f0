package org.parley.agreement.dispute;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.parley.agreement.DisputeState;
import org.parley.shared.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;

/** How a dispute ended, and when. */
public record OutcomeRecord(@NotNull(message = "{validation.required}") DisputeState state,
		@NotBlank(message = "{validation.required}") @Size(max = 20000,
				message = "{validation.too-long}") String outcome,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.date.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate closedOn)
		implements
			Serializable {
}
