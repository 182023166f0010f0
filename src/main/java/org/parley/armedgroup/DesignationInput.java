package org.parley.armedgroup;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parley.shared.PlausibleDate;

/**
 * A designation as an HQ reviewer or an administrator enters or corrects it.
 *
 * @param jurisdiction the ISO 3166 code of the country whose law or court lists the group
 * (optional)
 * @param liftedOn the day the listing was lifted, if it was
 */
public record DesignationInput(@NotNull(message = "{validation.required}") DesignationAuthority authority,
		@Size(max = 2, message = "{armedgroup.country.invalid}") String jurisdiction,
		@NotBlank(message = "{validation.required}") @Size(max = 300,
				message = "{validation.too-long}") String listingName,
		@NotNull(message = "{validation.required}") @PlausibleDate LocalDate listedOn,
		@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}") String source,
		@PlausibleDate LocalDate liftedOn) {

	static DesignationInput empty() {
		return new DesignationInput(null, null, null, null, null, null);
	}

	/** The jurisdiction upper case, or null when none is given. */
	String jurisdictionCode() {
		return (this.jurisdiction == null || this.jurisdiction.isBlank()) ? null
				: this.jurisdiction.strip().toUpperCase(Locale.ROOT);
	}

}
