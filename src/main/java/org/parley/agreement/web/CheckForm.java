package org.parley.agreement.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.parley.agreement.CheckResult;
import org.parley.agreement.monitoring.CheckRecord;
import org.parley.shared.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * What a field officer records for a compliance check on the agreement's page: what the
 * check found, files as evidence, and for a violation whether to mark the agreement
 * breached and whether to go on to record the incident.
 */
public record CheckForm(@NotNull(message = "{validation.required}") CheckResult result,
		@Size(max = 20000, message = "{validation.too-long}") String evidence,
		@Size(max = 300, message = "{validation.too-long}") String source,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.date.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate checkedOn,
		Boolean breach, Boolean incident, List<MultipartFile> attachments) {

	CheckRecord record() {
		return new CheckRecord(this.result, this.evidence, this.source, this.checkedOn);
	}

	boolean breaches() {
		return Boolean.TRUE.equals(this.breach);
	}

	boolean opensIncident() {
		return Boolean.TRUE.equals(this.incident) && this.result == CheckResult.VIOLATED;
	}

}
