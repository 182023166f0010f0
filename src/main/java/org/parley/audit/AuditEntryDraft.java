package org.parley.audit;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An audit entry before it is sealed into the chain (before it has a sequence number and
 * hashes).
 */
record AuditEntryDraft(String actor, AuditAction action, String entityType, String entityId, Long teamId,
		SortedMap<String, FieldChange> changes, String reason) {

	AuditEntryDraft {
		changes = new TreeMap<>(changes == null ? Map.of() : changes);
	}

}
