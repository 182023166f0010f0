package org.parley.access;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The severity of access constraints in an area for a month, with its reasons. A second
 * severity for the same team, area and month corrects the first: it carries the version
 * it was read at.
 *
 * @param teamId the team it belongs to; needed only by an officer of several teams
 * @param month the month rated ({@code 2026-11}), as typed: {@link #period()} reads it
 * @param severity 0 (none or low) to 3 (extreme)
 * @param reasons why, sealed at rest
 * @param version the version of the severity being corrected; null for a new one
 */
public record SeverityForm(Long teamId,
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Z]{2}",
				message = "{armedgroup.country.invalid}") String country,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String region,
		@Size(max = 200, message = "{validation.too-long}") String locality,
		@NotBlank(message = "{validation.required}") @Pattern(regexp = PlausibleMonth.SHAPE,
				message = "{access.severity.month.invalid}") @PlausibleMonth String month,
		@NotNull(message = "{validation.required}") @Min(value = 0, message = "{access.severity.range}") @Max(value = 3,
				message = "{access.severity.range}") Integer severity,
		@Size(max = 5000, message = "{validation.too-long}") String reasons, Long version) {

	/** A form for a month known to be one. */
	SeverityForm(Long teamId, String country, String region, String locality, YearMonth month, Integer severity,
			String reasons, Long version) {
		this(teamId, country, region, locality, (month != null) ? month.toString() : null, severity, reasons, version);
	}

	/** The month rated, or null if the text is not a month (refused at its field). */
	YearMonth period() {
		return monthOf(this.month);
	}

	/** A month typed as {@code yyyy-MM}, or null when it is not one. */
	static YearMonth monthOf(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	Area area() {
		return new Area(this.country, this.region, this.locality);
	}

}
