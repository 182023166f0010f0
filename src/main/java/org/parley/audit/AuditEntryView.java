package org.parley.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One audit entry as shown to administrators and auditors, with what is needed to
 * recompute its hash ({@link AuditHashes}): its link to the entry before it in the
 * organisation's chain ({@code prevHash}) and, for an entry about a case, its place in
 * the case's own chain ({@code caseId}, {@code caseSeq}, {@code casePrevHash}).
 */
public record AuditEntryView(long seq, Instant occurredAt, String actor, AuditAction action, String entityType,
		String entityId, Long teamId, Map<String, FieldChange> changes, String reason, String hash, String prevHash,
		Long caseId, Integer caseSeq, String casePrevHash) {

	/** The changed fields exactly as they were hashed. */
	public String canonicalChanges() {
		return ChangesJson.write(new java.util.TreeMap<>(this.changes));
	}

}
