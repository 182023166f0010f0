package org.parley.audit;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An audit entry before it is sealed into the chain (before it has a sequence number and
 * hashes).
 *
 * @param occurredAt when it happened if the demo replays the past, null for now (the
 * moment the entry is sealed)
 * @param caseId the case the entry is filed under, or null
 */
record AuditEntryDraft(String actor, AuditAction action, String entityType, String entityId, Long teamId,
		SortedMap<String, FieldChange> changes, String reason, Instant occurredAt, Long caseId) {

	AuditEntryDraft {
		changes = new TreeMap<>(changes == null ? Map.of() : changes);
	}

}
