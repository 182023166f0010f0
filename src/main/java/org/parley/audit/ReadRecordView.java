package org.parley.audit;

import java.time.Instant;

/**
 * One read record: who read what, when.
 */
public record ReadRecordView(long id, Instant occurredAt, String actor, ReadAction action, String entityType,
		String entityId, Long caseId, Long teamId) {

}
