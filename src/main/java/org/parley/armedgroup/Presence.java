package org.parley.armedgroup;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.parley.shared.PlausibleDate;

/**
 * Where the group is present and how far it controls the area: country (ISO 3166-1
 * alpha-2), first-level region, municipality or locality, level of control and since
 * when.
 */
@Embeddable
public record Presence(
		@Column(name = "country") @NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Z]{2}",
				message = "{armedgroup.country.invalid}") String country,
		@Column(name = "region") @Size(max = 120, message = "{validation.too-long}") String region,
		@Column(name = "locality") @Size(max = 120, message = "{validation.too-long}") String locality,
		@Column(name = "control") @Enumerated(EnumType.STRING) @NotNull(
				message = "{validation.required}") ControlLevel control,
		@Column(name = "since") @PlausibleDate LocalDate since) {

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(this.country);
		if (this.region != null) {
			text.append(" / ").append(this.region);
		}
		if (this.locality != null) {
			text.append(" / ").append(this.locality);
		}
		text.append(": ").append(this.control);
		if (this.since != null) {
			text.append(" since ").append(this.since);
		}
		return text.toString();
	}

}
