package org.parley.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An access constraint as a reader of its team sees it.
 *
 * @param description what happened; null in a list that does not show it
 * @param cases the cases it concerns, by title
 * @param incidents the incidents it concerns, by date
 * @param groups the groups it concerns, by name
 */
public record ConstraintView(long id, long teamId, Area area, LocalDate startedOn, LocalDate endedOn,
		AccessCategory category, AccessSubtype subtype, String description, List<Link> cases, List<Link> incidents,
		List<Link> groups, String recordedBy, Instant recordedAt, long version) {

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
