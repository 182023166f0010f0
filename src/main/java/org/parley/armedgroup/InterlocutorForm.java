package org.parley.armedgroup;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parley.protection.Classification;

/**
 * What a field officer writes about an interlocutor, on the page and through the API. On
 * an edit, a blank real name or contact detail keeps the stored one.
 *
 * @param teamId the recording team (on creation; ignored afterwards)
 * @param classification the level (on creation, the default when absent; ignored
 * afterwards: HQ changes it, {@link InterlocutorRegistry#classify})
 * @param namedReviewerIds the team's HQ reviewers who may see it when strictly
 * confidential
 */
public record InterlocutorForm(Long teamId,
		@NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.too-long}") String codeName,
		@Size(max = 200, message = "{validation.too-long}") String realName, Boolean clearRealName,
		@Size(max = 200, message = "{validation.too-long}") String role,
		@NotNull(message = "{validation.required}") Affiliation affiliation, Long armedGroupId, String intermediaryType,
		ContactChannel contactChannel, @Size(max = 1000, message = "{validation.too-long}") String contactDetails,
		Boolean clearContactDetails, @Size(max = 5000, message = "{validation.too-long}") String influenceNotes,
		@Size(max = 5000, message = "{validation.too-long}") String reliabilityNotes,
		@Size(max = 5000, message = "{validation.too-long}") String riskNotes, Classification classification,
		@Size(max = 50, message = "{validation.too-long}") List<Long> namedReviewerIds) {

	public InterlocutorForm {
		clearRealName = Boolean.TRUE.equals(clearRealName);
		clearContactDetails = Boolean.TRUE.equals(clearContactDetails);
		namedReviewerIds = (namedReviewerIds != null)
				? namedReviewerIds.stream().filter(java.util.Objects::nonNull).distinct().toList() : List.of();
	}

	/** A form at the default level, naming nobody. */
	public InterlocutorForm(Long teamId, String codeName, String realName, Boolean clearRealName, String role,
			Affiliation affiliation, Long armedGroupId, String intermediaryType, ContactChannel contactChannel,
			String contactDetails, Boolean clearContactDetails, String influenceNotes, String reliabilityNotes,
			String riskNotes) {
		this(teamId, codeName, realName, clearRealName, role, affiliation, armedGroupId, intermediaryType,
				contactChannel, contactDetails, clearContactDetails, influenceNotes, reliabilityNotes, riskNotes, null,
				null);
	}

	static InterlocutorForm empty(Long teamId, Long armedGroupId) {
		return new InterlocutorForm(teamId, null, null, false, null,
				(armedGroupId != null) ? Affiliation.GROUP_MEMBER : null, armedGroupId, null, null, null, false, null,
				null, null, Interlocutor.DEFAULT_CLASSIFICATION, List.of());
	}

	static InterlocutorForm of(InterlocutorView view) {
		return new InterlocutorForm(view.teamId(), view.codeName(), null, false, view.role(), view.affiliation(),
				view.armedGroupId(), view.intermediaryType(), view.contactChannel(), null, false, view.influenceNotes(),
				view.reliabilityNotes(), view.riskNotes(), view.classification(), view.namedReviewerIds());
	}

}
