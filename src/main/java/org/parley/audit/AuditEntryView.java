package org.parley.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One audit entry as shown to administrators and auditors.
 */
public record AuditEntryView(long seq, Instant occurredAt, String actor, AuditAction action, String entityType,
		String entityId, Long teamId, Map<String, FieldChange> changes, String reason, String hash) {

}
