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

	private final JdbcClient jdbc;

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

	private boolean strict(String sql, String id) {
		try {
			return this.jdbc.sql(sql)
				.params(Map.of("id", Long.parseLong(id)))
				.query(String.class)
				.optional()
				.map("STRICTLY_CONFIDENTIAL"::equals)
				.orElse(false);
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
