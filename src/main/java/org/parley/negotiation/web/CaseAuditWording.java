package org.parley.negotiation.web;

import java.util.Map;
import java.util.Set;

import org.parley.audit.AuditEntryView;
import org.parley.audit.AuditNeedToKnow;
import org.parley.shared.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history of a strictly confidential case or round says of its sealed fields
 * "redacted: strictly confidential" (decision 0022), for every reader: their values never
 * reach the audit log at any level, and the wording tells why they are not there. The
 * level is the record's current one. The values of the other fields are the case's
 * readers' as before.
 */
@Component
class CaseAuditWording implements AuditNeedToKnow {

	/** The case's records whose sealed fields follow the case's level. */
	private static final Set<String> OF_THE_CASE = Set.of("NegotiationCase", "ConflictAnalysis", "EngagementDecision");

	private static final long REMEMBER_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

	private static final int MAX_REMEMBERED = 10_000;

	private final JdbcClient jdbc;

	private final Map<String, Remembered> recent = new java.util.concurrent.ConcurrentHashMap<>();

	CaseAuditWording(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean mayReadValues(String entityType, Long teamId, CurrentUser reader) {
		return true;
	}

	@Override
	public boolean strictlyConfidential(AuditEntryView entry) {
		if ("NegotiationRound".equals(entry.entityType()) && entry.entityId() != null) {
			return strict("SELECT classification FROM negotiation_round WHERE id = :id", entry.entityId());
		}
		if (entry.entityType() != null && OF_THE_CASE.contains(entry.entityType()) && entry.caseId() != null) {
			return strict("SELECT classification FROM negotiation_case WHERE id = :id", entry.caseId().toString());
		}
		return false;
	}

	/**
	 * The level, asked once per record for a few seconds: a history shows many entries of
	 * the same case, and the wording may lag a change of level by that long.
	 */
	private boolean strict(String sql, String id) {
		long now = System.nanoTime();
		String key = sql + "#" + id;
		Remembered known = this.recent.get(key);
		if (known != null && now - known.at() < REMEMBER_NANOS) {
			return known.strict();
		}
		boolean strict;
		try {
			strict = this.jdbc.sql(sql)
				.params(Map.of("id", Long.parseLong(id)))
				.query(String.class)
				.optional()
				.map("STRICTLY_CONFIDENTIAL"::equals)
				.orElse(false);
		}
		catch (NumberFormatException ex) {
			return false;
		}
		if (this.recent.size() > MAX_REMEMBERED) {
			this.recent.clear();
		}
		this.recent.put(key, new Remembered(strict, now));
		return strict;
	}

	private record Remembered(boolean strict, long at) {
	}

}
