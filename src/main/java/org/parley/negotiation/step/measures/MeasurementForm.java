package org.parley.negotiation.step.measures;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.parley.shared.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A measurement of a measure of effectiveness: its value on a date (not in the future),
 * where the figure comes from, and a note.
 */
public record MeasurementForm(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.date.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate measuredOn,
		@NotNull(message = "{validation.required}") @Digits(integer = 14, fraction = 4,
				message = "{validation.number}") BigDecimal value,
		@Size(max = 300, message = "{validation.too-long}") String source,
		@Size(max = 5000, message = "{validation.too-long}") String note) {

	public static MeasurementForm empty(LocalDate today) {
		return new MeasurementForm(today, null, null, null);
	}

}
