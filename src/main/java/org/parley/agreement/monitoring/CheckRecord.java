package org.parley.agreement.monitoring;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.parley.agreement.CheckResult;
import org.parley.shared.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;

/** What a field officer records for a compliance check. */
public record CheckRecord(@NotNull(message = "{validation.required}") CheckResult result,
		@Size(max = 20000, message = "{validation.too-long}") String evidence,
		@Size(max = 300, message = "{validation.too-long}") String source,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.date.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate checkedOn) {
}
