package org.parley.agreement.dispute;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.parley.agreement.DisputeContactKind;
import org.parley.shared.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A hearing, meeting, call or letter in a dispute: when, how, who took part, what came of
 * it.
 */
public record ContactRecord(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.date.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate heldOn,
		@NotNull(message = "{validation.required}") DisputeContactKind kind,
		@NotBlank(message = "{validation.required}") @Size(max = 2000,
				message = "{validation.too-long}") String participants,
		@Size(max = 20000, message = "{validation.too-long}") String note) implements Serializable {
}
