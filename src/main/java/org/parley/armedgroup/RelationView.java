package org.parley.armedgroup;

import java.time.LocalDate;

/**
 * A relation as a group page shows it: recorded on this group ({@code outgoing}, with its
 * row index and text for removal) or on the other group.
 */
public record RelationView(boolean outgoing, int index, String rowText, long otherId, String otherName,
		RelationKind kind, LocalDate since, LocalDate until, String source) {

	/** Whether the relation still holds on the given day. */
	public boolean currentOn(LocalDate day) {
		return this.until == null || !this.until.isBefore(day);
	}

}
