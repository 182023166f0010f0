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
		narrow(sql, params, filter.actor(), filter.from(), filter.to());
		if (filter.entityType() != null) {
			sql.append(" AND entity_type = :entityType");
			params.addValue("entityType", filter.entityType());
		}
		if (filter.entityId() != null) {
			sql.append(" AND entity_id = :entityId");
			params.addValue("entityId", filter.entityId());
		}
		if (filter.caseId() != null) {
			sql.append(" AND case_id = :caseId");
			params.addValue("caseId", filter.caseId());
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
		// "seq + 0", not "seq": ordered by the bare column, PostgreSQL walked the whole
		// log
		// backwards by its primary key, filtering, until it had a page (5.8 s for an old
		// case in a log of 10 million entries); this way it fetches the records' entries
		// by
		// the entity index and sorts those few (6 ms). docs/performance.md, EXPLAIN 5.
		sql += " ORDER BY seq + 0 DESC LIMIT :limit";
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
	public record Filter(String actor, String entityType, String entityId, Long caseId, java.time.Instant from,
			java.time.Instant to) {

		public Filter(String actor, String entityType, String entityId) {
			this(actor, entityType, entityId, null, null, null);
		}

		public static Filter none() {
			return new Filter(null, null, null);
		}

	}

	/**
	 * The people who appear in the part of the log a reader may see, for a filter's
	 * choices.
	 */
	@Transactional(readOnly = true)
	public List<String> actors(Scope scope) {
		if (!scope.organisationWide() && scope.teamIds().isEmpty()) {
			return List.of();
		}
		List<String> visible = new ArrayList<>();
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (scope.organisationWide()) {
			visible.add("team_id IS NULL");
		}
		if (!scope.teamIds().isEmpty()) {
			visible.add("team_id IN (:teams)");
			params.addValue("teams", scope.teamIds());
		}
		return this.jdbc.queryForList(
				"SELECT DISTINCT actor FROM audit_entry WHERE " + String.join(" OR ", visible) + " ORDER BY actor",
				params, String.class);
	}

	/**
	 * Everything that happened to a case, oldest first: its audit entries (filed under
	 * the case, or about one of {@code records}, for entries written before entries were
	 * filed under their case) and, unless narrowed to one kind of record, what was read
	 * of it. The caller has decided that the reader may read the case.
	 * @param records the case's records by entity type, or an empty map
	 * @param cursor from {@link KeysetPage#nextCursor()}, or null for the beginning
	 */
	@Transactional(readOnly = true)
	public KeysetPage<CaseEvent> caseTimeline(long caseId,
			java.util.Map<String, ? extends java.util.Collection<String>> records, CaseFilter filter, String cursor,
			int size) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("caseId", caseId)
			.addValue("limit", size + 1);
		Cursor after = Cursor.parse(cursor);
		List<CaseEvent> events = new ArrayList<>();
		if (!CaseFilter.READS.equals(filter.kind())) {
			StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + "FROM audit_entry WHERE ")
				.append(ofCase(records, params));
			narrow(sql, params, filter.actor(), filter.from(), filter.to());
			if (filter.kind() != null) {
				sql.append(" AND entity_type = :kind");
				params.addValue("kind", filter.kind());
			}
			if (after != null) {
				sql.append(after.read() ? " AND occurred_at > :at" : " AND (occurred_at, seq) > (:at, :id)");
				params.addValue("at", after.at()).addValue("id", after.id());
			}
			sql.append(" ORDER BY occurred_at, seq LIMIT :limit");
			this.jdbc.query(sql.toString(), params, AuditQueries::view)
				.forEach((e) -> events.add(new CaseEvent(e, null)));
		}
		if (filter.kind() == null || CaseFilter.READS.equals(filter.kind())) {
			StringBuilder sql = new StringBuilder("""
					SELECT id, occurred_at, actor, action, entity_type, entity_id, case_id, team_id
					FROM read_record WHERE case_id = :caseId""");
			narrow(sql, params, filter.actor(), filter.from(), filter.to());
			if (after != null) {
				sql.append(after.read() ? " AND (occurred_at, id) > (:at, :id)" : " AND occurred_at >= :at");
				params.addValue("at", after.at()).addValue("id", after.id());
			}
			sql.append(" ORDER BY occurred_at, id LIMIT :limit");
			this.jdbc.query(sql.toString(), params, ReadLog::view).forEach((r) -> events.add(new CaseEvent(null, r)));
		}
		events.sort(java.util.Comparator.comparing(CaseEvent::occurredAt)
			.thenComparing(CaseEvent::isRead)
			.thenComparingLong(CaseEvent::id));
		return KeysetPage.of(events, size,
				(event) -> new Cursor(java.sql.Timestamp.from(event.occurredAt()), event.isRead(), event.id())
					.toString());
	}

	/**
	 * The people who acted on or read a case, and the kinds of its records, for filters.
	 */
	@Transactional(readOnly = true)
	public CaseFacets caseFacets(long caseId, java.util.Map<String, ? extends java.util.Collection<String>> records) {
		MapSqlParameterSource params = new MapSqlParameterSource("caseId", caseId);
		String where = ofCase(records, params);
		List<String> actors = this.jdbc.queryForList(
				"SELECT actor FROM audit_entry WHERE " + where
						+ " UNION SELECT actor FROM read_record WHERE case_id = :caseId ORDER BY actor",
				params, String.class);
		List<String> kinds = this.jdbc.queryForList(
				"SELECT DISTINCT entity_type FROM audit_entry WHERE entity_type IS NOT NULL AND (" + where + ")",
				params, String.class);
		return new CaseFacets(actors, kinds);
	}

	private static String ofCase(java.util.Map<String, ? extends java.util.Collection<String>> records,
			MapSqlParameterSource params) {
		List<String> clauses = new ArrayList<>();
		clauses.add("case_id = :caseId");
		int i = 0;
		for (java.util.Map.Entry<String, ? extends java.util.Collection<String>> entry : records.entrySet()) {
			if (entry.getValue().isEmpty()) {
				continue;
			}
			clauses.add("(entity_type = :rtype" + i + " AND entity_id IN (:rids" + i + "))");
			params.addValue("rtype" + i, entry.getKey());
			params.addValue("rids" + i, entry.getValue());
			i++;
		}
		return "(" + String.join(" OR ", clauses) + ")";
	}

	/** Narrows by who acted and when (the first moment included, the last excluded). */
	private static void narrow(StringBuilder sql, MapSqlParameterSource params, String actor, java.time.Instant from,
			java.time.Instant to) {
		if (actor != null) {
			sql.append(" AND actor = :actor");
			params.addValue("actor", actor);
		}
		if (from != null) {
			sql.append(" AND occurred_at >= :from");
			params.addValue("from", java.sql.Timestamp.from(from));
		}
		if (to != null) {
			sql.append(" AND occurred_at < :to");
			params.addValue("to", java.sql.Timestamp.from(to));
		}
	}

	/**
	 * Narrowing of a case's history; null fields do not narrow.
	 *
	 * @param kind an entity type, or {@link #READS} for what was read only
	 * @param from the first moment included
	 * @param to the first moment excluded
	 */
	public record CaseFilter(String kind, String actor, java.time.Instant from, java.time.Instant to) {

		/** The kind of "what was read": opened, revealed, downloaded, exported. */
		public static final String READS = "READS";

		public static CaseFilter none() {
			return new CaseFilter(null, null, null, null);
		}

	}

	/** One event of a case's history: an audit entry or a read record. */
	public record CaseEvent(AuditEntryView entry, ReadRecordView read) {

		public java.time.Instant occurredAt() {
			return (this.entry != null) ? this.entry.occurredAt() : this.read.occurredAt();
		}

		public boolean isRead() {
			return this.read != null;
		}

		long id() {
			return (this.entry != null) ? this.entry.seq() : this.read.id();
		}

	}

	/** The choices of a case history's filters. */
	public record CaseFacets(List<String> actors, List<String> kinds) {

	}

	/** Where a page of a case's history ended: the moment, which table, the row. */
	private record Cursor(java.sql.Timestamp at, boolean read, long id) {

		static Cursor parse(String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			String[] parts = text.split("~");
			try {
				java.time.Instant at = java.time.Instant.parse(parts[0]);
				return new Cursor(java.sql.Timestamp.from(at), "r".equals(parts[1]), Long.parseLong(parts[2]));
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

		@Override
		public String toString() {
			return this.at.toInstant() + "~" + (this.read ? "r" : "a") + "~" + this.id;
		}

	}

}
