package org.parley.negotiation.casefile;

import org.parley.negotiation.ObjectiveType;
import org.parley.negotiation.Priority;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.parley.protection.Classification;

/**
 * What a field officer writes when opening or describing a case.
 *
 * @param teamId the owning team (on opening; a case does not move between teams)
 * @param classification the level (on opening, confidential when absent; afterwards an HQ
 * reviewer changes it, decision 0022)
 * @param namedReviewerIds the team's HQ reviewers who read its sealed fields (and its
 * rounds') when strictly confidential
 */
public record CaseForm(Long teamId,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String title,
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Z]{2}",
				message = "{armedgroup.country.invalid}") String country,
		@Size(max = 120, message = "{validation.too-long}") String region,
		@Size(max = 120, message = "{validation.too-long}") String locality,
		@NotEmpty(message = "{negotiation.case.groups.required}") Set<Long> groupIds,
		@NotNull(message = "{validation.required}") ObjectiveType objectiveType,
		@NotNull(message = "{validation.required}") Priority priority, String leadNegotiator,
		Classification classification, @Size(max = 50, message = "{validation.too-long}") List<Long> namedReviewerIds) {

	public CaseForm {
		// A blank entry ("" from a form or JSON) is no group.
		groupIds = (groupIds == null) ? Set.of()
				: groupIds.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
		namedReviewerIds = (namedReviewerIds != null)
				? namedReviewerIds.stream().filter(Objects::nonNull).distinct().toList() : List.of();
	}

}
