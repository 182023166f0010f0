package org.parley.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.parley.shared.KeysetPage;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what was read (opened, revealed, downloaded, exported) and lists it per case
 * and per person. Read records are kept apart from the hash chain: writing one takes no
 * lock, so reading never waits for the chain's writers; the table is append-only like the
 * chain (decision 0018).
 */
@Service
public class ReadLog {

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	ReadLog(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Records that the current user read a record, in a transaction of its own (so it is
	 * kept even if the caller's read-only transaction cannot write).
	 * @param caseId the case the record belongs to, or null
	 * @param teamId the team the record belongs to, or null
	 */
	public void record(ReadAction action, String entityType, String entityId, Long caseId, Long teamId) {
		String actor = Actors.current();
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("at", Timestamp.from(this.clock.instant()))
			.addValue("actor", (actor.length() <= 100) ? actor : actor.substring(0, 100))
			.addValue("action", action.name())
			.addValue("type", entityType)
			.addValue("id", entityId)
			.addValue("caseId", caseId)
			.addValue("teamId", teamId);
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update("""
				INSERT INTO read_record (occurred_at, actor, action, entity_type, entity_id, case_id, team_id)
				VALUES (:at, :actor, :action, :type, :id, :caseId, :teamId)""", params));
	}

	/**
	 * What was read of one case, newest first. The caller checks the reader may see it.
	 */
	public KeysetPage<ReadRecordView> ofCase(long caseId, Long cursor, int size) {
		return page("case_id = :caseId", new MapSqlParameterSource("caseId", caseId), cursor, size);
	}

	/**
	 * What one person read, newest first, of the records of the given teams (and, with
	 * {@code organisationWide}, of no team).
	 */
	public KeysetPage<ReadRecordView> ofActor(String actor, Set<Long> teamIds, boolean organisationWide, Long cursor,
			int size) {
		if (teamIds.isEmpty() && !organisationWide) {
			return new KeysetPage<>(List.of(), null);
		}
		String visible = teamIds.isEmpty() ? "team_id IS NULL"
				: organisationWide ? "(team_id IS NULL OR team_id IN (:teams))" : "team_id IN (:teams)";
		return page("actor = :actor AND " + visible,
				new MapSqlParameterSource("actor", actor).addValue("teams", teamIds.isEmpty() ? null : teamIds), cursor,
				size);
	}

	private KeysetPage<ReadRecordView> page(String where, MapSqlParameterSource params, Long cursor, int size) {
		StringBuilder sql = new StringBuilder("""
				SELECT id, occurred_at, actor, action, entity_type, entity_id, case_id, team_id
				FROM read_record""").append(" WHERE ").append(where);
		if (cursor != null) {
			sql.append(" AND id < :cursor");
			params.addValue("cursor", cursor);
		}
		sql.append(" ORDER BY id DESC LIMIT :limit");
		params.addValue("limit", size + 1);
		List<ReadRecordView> rows = this.jdbc.query(sql.toString(), params, ReadLog::view);
		return KeysetPage.of(rows, size, (row) -> Long.toString(row.id()));
	}

	static ReadRecordView view(ResultSet rs, int row) throws SQLException {
		long caseId = rs.getLong("case_id");
		Long caseRef = rs.wasNull() ? null : caseId;
		long teamId = rs.getLong("team_id");
		Long team = rs.wasNull() ? null : teamId;
		return new ReadRecordView(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), ReadAction.valueOf(rs.getString("action")), rs.getString("entity_type"),
				rs.getString("entity_id"), caseRef, team);
	}

}
