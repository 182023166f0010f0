package org.parley.audit;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One audit entry (or one read record) as a reader reads it: who, when, what and why, in
 * the reader's language, with no code, class name or id.
 *
 * @param seq the entry's number in the organisation's chain; null for a read record
 * @param occurredAt the moment, for machines
 * @param when the moment in the teams' time zone
 * @param whenText the moment as written for the reader, zone shown
 * @param actor the username of who acted (for links and filters)
 * @param who who acted, by name
 * @param action the action's code, for styling ({@code CREATE}, {@code OPENED})
 * @param actionLabel the action in words ("Created", "Opened")
 * @param entityType the record type as recorded (for links and filters)
 * @param entityId the record's id as recorded (for links)
 * @param kind the record type in words ("Negotiation round")
 * @param record the title of the record, or null when it has none the reader may see
 * @param sentence what happened, when the action and the record say too little ("Step
 * completed: Conflict analysis → Understanding the armed group"), or null
 * @param reason the reason given, or null
 * @param changes the changed fields, in the order of the record's form
 * @param masked whether the values were hidden because the reader may not read the record
 */
public record DescribedEntry(Long seq, Instant occurredAt, ZonedDateTime when, String whenText, String actor,
		String who, String action, String actionLabel, String entityType, String entityId, String kind, String record,
		String sentence, String reason, List<DescribedChange> changes, boolean masked, Long caseId) {

	public boolean isRead() {
		return this.seq == null;
	}

}
