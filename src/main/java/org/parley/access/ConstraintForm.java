package org.parley.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.parley.shared.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a field officer records of an access constraint, on the page and through the API.
 *
 * @param teamId the team it belongs to; needed only by an officer of several teams
 * @param startedOn since when the constraint holds
 * @param endedOn when it ended, if it has
 * @param subtype one of the category's sub-types
 * @param description what happened, sealed at rest (it may name people and places)
 * @param caseIds the team's cases it concerns
 * @param incidentIds the team's incidents it concerns
 * @param groupIds the armed groups of the registry it concerns
 */
public record ConstraintForm(Long teamId,
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Z]{2}",
				message = "{armedgroup.country.invalid}") String country,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String region,
		@Size(max = 200, message = "{validation.too-long}") String locality,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.date.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate startedOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate endedOn,
		@NotNull(message = "{validation.required}") AccessCategory category,
		@NotNull(message = "{validation.required}") AccessSubtype subtype,
		@Size(max = 5000, message = "{validation.too-long}") String description,
		@Size(max = 20, message = "{validation.too-many}") List<Long> caseIds,
		@Size(max = 20, message = "{validation.too-many}") List<Long> incidentIds,
		@Size(max = 20, message = "{validation.too-many}") List<Long> groupIds) {

	/** Lists not sent are empty; nulls and repeats are dropped. */
	public ConstraintForm {
		caseIds = ids(caseIds);
		incidentIds = ids(incidentIds);
		groupIds = ids(groupIds);
	}

	/** A new constraint's form: nothing known yet. */
	static ConstraintForm blank(Long teamId) {
		return new ConstraintForm(teamId, null, null, null, null, null, null, null, null, null, null, null);
	}

	Area area() {
		return new Area(this.country, this.region, this.locality);
	}

	private static List<Long> ids(List<Long> ids) {
		return (ids != null) ? ids.stream().filter(Objects::nonNull).distinct().toList() : List.of();
	}

}
