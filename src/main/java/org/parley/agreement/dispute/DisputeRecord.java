package org.parley.agreement.dispute;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.parley.agreement.DisputeParty;
import org.parley.agreement.DisputeSettlement;
import org.parley.shared.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A dispute as a field officer raises it: when, by whom, about which commitment or check,
 * before which of the agreement's mechanisms, and what it is about.
 */
public record DisputeRecord(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.date.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate raisedOn,
		@NotNull(message = "{validation.required}") DisputeParty raisedBy,
		@Size(max = 200, message = "{validation.too-long}") String raisedByName,
		@Size(max = 36, message = "{validation.too-long}") String commitmentKey, Long checkId,
		@NotNull(message = "{validation.required}") DisputeSettlement mechanism,
		@NotBlank(message = "{validation.required}") @Size(max = 20000,
				message = "{validation.too-long}") String summary)
		implements
			Serializable {
}
