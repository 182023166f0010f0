package org.parley.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.parley.protection.Classification;

/**
 * An incident as its own team reads it, confidential fields included. What may go to
 * other agencies is {@link ShareableSummary}. A strictly confidential one shown to a
 * reader who may know only that it exists (an auditor) is {@code redacted}: its sealed
 * fields are null (decision 0022).
 */
public record IncidentView(long id, long teamId, Long caseId, Long agreementId, String commitmentKey, Long checkId,
		IncidentType type, Set<Affected> affected, LocalDate occurredOn, String country, String region, String locality,
		String placeDescription, Perpetrator perpetrator, AffectedPeople people, Certainty certainty, String narrative,
		String sources, Set<SharedField> sharedFields, String reportedBy, Instant reportedAt, long version,
		Classification classification, List<Long> namedReviewerIds, boolean redacted) {

	public boolean shared(SharedField field) {
		return this.sharedFields.contains(field);
	}

	/** For pages: whether the field of that name may be shared. */
	public boolean sharedNamed(String field) {
		return shared(SharedField.valueOf(field));
	}

	/** The form that edits this incident, as it is now. */
	IncidentForm form() {
		return new IncidentForm(this.teamId, this.caseId, this.agreementId, this.commitmentKey, this.checkId, this.type,
				this.affected, this.occurredOn, this.country, this.region, this.locality, this.placeDescription,
				this.perpetrator.groupId(), this.people, this.certainty, this.narrative, this.sources,
				this.sharedFields, this.classification, this.namedReviewerIds);
	}

}
