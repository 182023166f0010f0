package org.parley.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.parley.protection.Classification;
import org.parley.shared.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a field officer records of an incident, on the page and through the API.
 *
 * @param teamId the team the incident belongs to; taken from the case when there is one
 * @param caseId the case concerned, if any
 * @param agreementId the agreement concerned, if any (of the case)
 * @param commitmentKey the commitment of that agreement concerned, if any
 * @param checkId the compliance check that found the violation, if any
 * @param perpetratorGroupId the group of the registry held responsible, or null when the
 * perpetrator is unknown
 * @param sharedFields the fields that may be shared with other agencies; null takes the
 * defaults
 * @param classification the level (on recording, confidential when absent; afterwards an
 * HQ reviewer changes it, {@link Incidents#classify})
 * @param namedReviewerIds the team's HQ reviewers who may see it when strictly
 * confidential
 */
public record IncidentForm(Long teamId, Long caseId, Long agreementId,
		@Size(max = 36, message = "{validation.too-long}") String commitmentKey, Long checkId,
		@NotNull(message = "{validation.required}") IncidentType type, Set<Affected> affected,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.date.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate occurredOn,
		@Size(max = 2, message = "{validation.too-long}") String country,
		@Size(max = 200, message = "{validation.too-long}") String region,
		@Size(max = 200, message = "{validation.too-long}") String locality,
		@Size(max = 5000, message = "{validation.too-long}") String placeDescription, Long perpetratorGroupId,
		@Valid AffectedPeople people, @NotNull(message = "{validation.required}") Certainty certainty,
		@Size(max = 20000, message = "{validation.too-long}") String narrative,
		@Size(max = 5000, message = "{validation.too-long}") String sources, Set<SharedField> sharedFields,
		Classification classification, @Size(max = 50, message = "{validation.too-long}") List<Long> namedReviewerIds) {

	/** Counts not sent at all are not known. */
	public IncidentForm {
		people = (people != null) ? people : AffectedPeople.unknown();
		namedReviewerIds = (namedReviewerIds != null)
				? namedReviewerIds.stream().filter(java.util.Objects::nonNull).distinct().toList() : List.of();
	}

	/** A form at the default level, naming nobody. */
	public IncidentForm(Long teamId, Long caseId, Long agreementId, String commitmentKey, Long checkId,
			IncidentType type, Set<Affected> affected, LocalDate occurredOn, String country, String region,
			String locality, String placeDescription, Long perpetratorGroupId, AffectedPeople people,
			Certainty certainty, String narrative, String sources, Set<SharedField> sharedFields) {
		this(teamId, caseId, agreementId, commitmentKey, checkId, type, affected, occurredOn, country, region, locality,
				placeDescription, perpetratorGroupId, people, certainty, narrative, sources, sharedFields, null, null);
	}

	/** A new incident's form: nothing known yet, the default fields shared. */
	static IncidentForm blank(Long teamId) {
		return new IncidentForm(teamId, null, null, null, null, null, Set.of(), null, null, null, null, null, null,
				AffectedPeople.unknown(), null, null, null, SharedField.defaults());
	}

}
