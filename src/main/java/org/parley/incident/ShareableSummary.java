package org.parley.incident;

import java.time.LocalDate;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What of an incident may be sent to other agencies: only the fields its team marked
 * shareable; every other field is null (and left out of the JSON). Links to cases,
 * agreements and checks, who reported it and the team are never part of it.
 *
 * @param reference a reference the agencies can quote back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShareableSummary(String reference, IncidentType type, Set<Affected> affected, LocalDate occurredOn,
		String country, String region, String locality, String placeDescription, Perpetrator perpetrator,
		AffectedPeople people, Certainty certainty, String narrative, String sources, Set<SharedField> sharedFields) {

	static ShareableSummary of(IncidentView incident) {
		Set<SharedField> shared = incident.sharedFields();
		return new ShareableSummary("INC-" + incident.id(), pick(shared, SharedField.TYPE, incident.type()),
				pick(shared, SharedField.AFFECTED, incident.affected()),
				pick(shared, SharedField.OCCURRED_ON, incident.occurredOn()),
				pick(shared, SharedField.COUNTRY, incident.country()),
				pick(shared, SharedField.REGION, incident.region()),
				pick(shared, SharedField.LOCALITY, incident.locality()),
				pick(shared, SharedField.PLACE_DESCRIPTION, incident.placeDescription()),
				pick(shared, SharedField.PERPETRATOR, incident.perpetrator()),
				pick(shared, SharedField.PEOPLE, incident.people()),
				pick(shared, SharedField.CERTAINTY, incident.certainty()),
				pick(shared, SharedField.NARRATIVE, incident.narrative()),
				pick(shared, SharedField.SOURCES, incident.sources()), shared);
	}

	private static <T> T pick(Set<SharedField> shared, SharedField field, T value) {
		return shared.contains(field) ? value : null;
	}

}
