package org.parley.dossier.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parley.shared.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A bulk export asked for: the team, the period (first and last day), and why.
 */
record ExportForm(@NotNull(message = "{validation.required}") Long teamId,
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate from,
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate to,
		@Size(max = 2000) String reason) {

}
