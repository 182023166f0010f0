package org.parley.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An access constraint as a reader of its team sees it. In JSON its area's country,
 * region and locality, and the ids of what it concerns, are named as the form names them:
 * what the API reads is a body its correction takes back.
 *
 * @param description what happened; null in a list that does not show it
 * @param cases the cases it concerns, by title
 * @param incidents the incidents it concerns, by date
 * @param groups the groups it concerns, by name
 */
public record ConstraintView(long id, long teamId, @JsonUnwrapped Area area, LocalDate startedOn, LocalDate endedOn,
		AccessCategory category, AccessSubtype subtype, String description, List<Link> cases, List<Link> incidents,
		List<Link> groups, String recordedBy, Instant recordedAt, long version) {

	/** The form that corrects it, filled with what it says. */
	public ConstraintForm form() {
		return new ConstraintForm(this.teamId, this.area.country(), this.area.region(), this.area.locality(),
				this.startedOn, this.endedOn, this.category, this.subtype, this.description, caseIds(), incidentIds(),
				groupIds());
	}

	@JsonProperty
	public List<Long> caseIds() {
		return ids(this.cases);
	}

	@JsonProperty
	public List<Long> incidentIds() {
		return ids(this.incidents);
	}

	@JsonProperty
	public List<Long> groupIds() {
		return ids(this.groups);
	}

	private static List<Long> ids(List<Link> links) {
		return links.stream().map(Link::id).toList();
	}

	/**
	 * Another record it concerns: its id and what names it (null when the reader may no
	 * longer see it); an incident is named by its date.
	 */
	public record Link(long id, String label, LocalDate date) {

		Link(long id, String label) {
			this(id, label, null);
		}

	}

}
