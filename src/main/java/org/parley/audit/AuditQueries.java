package org.parley.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.parley.shared.KeysetPage;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log, newest first, one keyset page at a time, limited to what the
 * reader may see.
 */
@Service
public class AuditQueries {

	private final NamedParameterJdbcTemplate jdbc;

	AuditQueries(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	/**
	 * @param scope which entries the reader may see
	 * @param filter optional narrowing by actor and record
	 * @param cursor the sequence number to continue below, or null for the newest
	 * @param size the page size
	 */
	@Transactional(readOnly = true)
	public KeysetPage<AuditEntryView> page(Scope scope, Filter filter, Long cursor, int size) {
		if (!scope.organisationWide() && scope.teamIds().isEmpty()) {
			return new KeysetPage<>(List.of(), null);
		}
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + """
				FROM audit_entry WHERE true""");
		MapSqlParameterSource params = new MapSqlParameterSource();
		List<String> visible = new ArrayList<>();
		if (scope.organisationWide()) {
			visible.add("team_id IS NULL");
		}
		if (!scope.teamIds().isEmpty()) {
			visible.add("team_id IN (:teams)");
			params.addValue("teams", scope.teamIds());
		}
		sql.append(" AND (").append(String.join(" OR ", visible)).append(')');
		if (cursor != null) {
			sql.append(" AND seq < :cursor");
			params.addValue("cursor", cursor);
		}
		if (filter.actor() != null) {
			sql.append(" AND actor = :actor");
			params.addValue("actor", filter.actor());
		}
		if (filter.entityType() != null) {
			sql.append(" AND entity_type = :entityType");
			params.addValue("entityType", filter.entityType());
		}
		if (filter.entityId() != null) {
			sql.append(" AND entity_id = :entityId");
			params.addValue("entityId", filter.entityId());
		}
		sql.append(" ORDER BY seq DESC LIMIT :limit");
		params.addValue("limit", size + 1);
		List<AuditEntryView> rows = this.jdbc.query(sql.toString(), params, AuditQueries::view);
		return KeysetPage.of(rows, size, (row) -> Long.toString(row.seq()));
	}

	/**
	 * The history of one record, newest first. The caller has already decided that the
	 * reader may see the record; entries carry no more than the record's page shows
	 * (redacted fields stay redacted).
	 */
	@Transactional(readOnly = true)
	public KeysetPage<AuditEntryView> history(String entityType, String entityId, Long cursor, int size) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("entityType", entityType)
			.addValue("entityId", entityId)
			.addValue("limit", size + 1);
		String sql = "SELECT " + COLUMNS + """
				FROM audit_entry WHERE entity_type = :entityType AND entity_id = :entityId""";
		if (cursor != null) {
			sql += " AND seq < :cursor";
			params.addValue("cursor", cursor);
		}
		sql += " ORDER BY seq DESC LIMIT :limit";
		List<AuditEntryView> rows = this.jdbc.query(sql, params, AuditQueries::view);
		return KeysetPage.of(rows, size, (row) -> Long.toString(row.seq()));
	}

	/**
	 * The change history of several records together, newest first: a case with the
	 * content of its steps. Keys are entity types, values the ids of that type. As with
	 * {@link #history(String, String, Long, int)}, the caller checks the reader may see
	 * the records.
	 */
	@Transactional(readOnly = true)
	public KeysetPage<AuditEntryView> history(java.util.Map<String, ? extends java.util.Collection<String>> entities,
			Long cursor, int size) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", size + 1);
		List<String> clauses = new java.util.ArrayList<>();
		int i = 0;
		for (java.util.Map.Entry<String, ? extends java.util.Collection<String>> entry : entities.entrySet()) {
			if (entry.getValue().isEmpty()) {
				continue;
			}
			clauses.add("(entity_type = :type" + i + " AND entity_id IN (:ids" + i + "))");
			params.addValue("type" + i, entry.getKey());
			params.addValue("ids" + i, entry.getValue());
			i++;
		}
		if (clauses.isEmpty()) {
			return new KeysetPage<>(List.of(), null);
		}
		String sql = "SELECT " + COLUMNS + """
				FROM audit_entry WHERE (""" + String.join(" OR ", clauses) + ")";
		if (cursor != null) {
			sql += " AND seq < :cursor";
			params.addValue("cursor", cursor);
		}
		sql += " ORDER BY seq DESC LIMIT :limit";
		List<AuditEntryView> rows = this.jdbc.query(sql, params, AuditQueries::view);
		return KeysetPage.of(rows, size, (row) -> Long.toString(row.seq()));
	}

	/**
	 * Every entry filed under a case, oldest first (in the case's own chain order), one
	 * at a time: a dossier streams them without holding a long case's history in memory.
	 * The caller has decided that the reader may see the case.
	 */
	@Transactional(readOnly = true)
	public void caseEntries(long caseId, java.util.function.Consumer<AuditEntryView> each) {
		org.springframework.jdbc.core.JdbcTemplate streaming = new org.springframework.jdbc.core.JdbcTemplate(
				this.jdbc.getJdbcTemplate().getDataSource());
		streaming.setFetchSize(500);
		streaming.query("SELECT " + COLUMNS + "FROM audit_entry WHERE case_id = ? ORDER BY case_seq", (rs) -> {
			each.accept(view(rs, 0));
		}, caseId);
	}

	/**
	 * The last entry of the organisation's chain (its head), or empty when the log is
	 * empty: a dossier names it, so that its case's entries can be placed in the whole
	 * log.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<AuditEntryView> head() {
		return this.jdbc.getJdbcTemplate()
			.query("SELECT " + COLUMNS + "FROM audit_entry ORDER BY seq DESC LIMIT 1", AuditQueries::view)
			.stream()
			.findFirst();
	}

	static final String COLUMNS = "seq, occurred_at, actor, action, entity_type, entity_id, team_id, changes, reason,"
			+ " hash, prev_hash, case_id, case_seq, case_prev_hash ";

	private static AuditEntryView view(ResultSet rs, int row) throws SQLException {
		long teamId = rs.getLong("team_id");
		Long team = rs.wasNull() ? null : teamId;
		long caseId = rs.getLong("case_id");
		Long caseRef = rs.wasNull() ? null : caseId;
		int caseSeq = rs.getInt("case_seq");
		Integer caseNumber = rs.wasNull() ? null : caseSeq;
		return new AuditEntryView(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), rs.getString("entity_type"),
				rs.getString("entity_id"), team, ChangesJson.read(rs.getString("changes")), rs.getString("reason"),
				rs.getString("hash"), rs.getString("prev_hash"), caseRef, caseNumber, rs.getString("case_prev_hash"));
	}

	/**
	 * What a reader may see of the log.
	 *
	 * @param organisationWide entries about no team (accounts, teams, sign-ins):
	 * administrators
	 * @param teamIds entries about records of these teams: auditors of those teams
	 */
	public record Scope(boolean organisationWide, Set<Long> teamIds) {

	}

	/**
	 * Optional narrowing; null fields do not narrow.
	 */
	public record Filter(String actor, String entityType, String entityId) {

		public static Filter none() {
			return new Filter(null, null, null);
		}

	}

}
