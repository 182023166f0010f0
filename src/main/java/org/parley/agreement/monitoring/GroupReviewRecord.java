package org.parley.agreement.monitoring;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.parley.armedgroup.ControlLevel;
import org.parley.armedgroup.Stance;
import org.parley.shared.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a field officer records in a periodic review of a group: its stance, the control
 * it holds, its leadership now, new tactics, the team's reading, and whether the case
 * must assess the group again.
 */
public record GroupReviewRecord(@NotNull(message = "{validation.required}") Stance stance, ControlLevel control,
		@NotBlank(message = "{validation.required}") @Size(max = 5000,
				message = "{validation.too-long}") String leadership,
		@Size(max = 5000, message = "{validation.too-long}") String tactics,
		@Size(max = 20000, message = "{validation.too-long}") String assessment, Boolean reassess,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.date.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate reviewedOn)
		implements
			Serializable {
}
