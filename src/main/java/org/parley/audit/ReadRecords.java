package org.parley.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.parley.shared.KeysetPage;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read records of one kind by one person (the exports an auditor made), newest first, of
 * the records of the teams the reader may see. {@link ReadLog} lists them all per case
 * and per person.
 */
@Service
public class ReadRecords {

	private final NamedParameterJdbcTemplate jdbc;

	ReadRecords(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	/**
	 * @param teamIds the teams whose records the reader may see
	 * @param organisationWide whether records of no team are shown too
	 * @param cursor the id of the last record of the page before, or null
	 */
	@Transactional(readOnly = true)
	public KeysetPage<ReadRecordView> byActor(String actor, ReadAction action, Set<Long> teamIds,
			boolean organisationWide, Long cursor, int size) {
		if (teamIds.isEmpty() && !organisationWide) {
			return new KeysetPage<>(List.of(), null);
		}
		String visible = teamIds.isEmpty() ? "team_id IS NULL"
				: organisationWide ? "(team_id IS NULL OR team_id IN (:teams))" : "team_id IN (:teams)";
		MapSqlParameterSource params = new MapSqlParameterSource("actor", actor).addValue("action", action.name())
			.addValue("teams", teamIds.isEmpty() ? null : teamIds)
			.addValue("limit", size + 1);
		StringBuilder sql = new StringBuilder("""
				SELECT id, occurred_at, actor, action, entity_type, entity_id, case_id, team_id
				FROM read_record WHERE actor = :actor AND action = :action""").append(" AND ").append(visible);
		if (cursor != null) {
			sql.append(" AND id < :cursor");
			params.addValue("cursor", cursor);
		}
		sql.append(" ORDER BY id DESC LIMIT :limit");
		List<ReadRecordView> rows = this.jdbc.query(sql.toString(), params, (rs, n) -> {
			long caseId = rs.getLong("case_id");
			Long caseRef = rs.wasNull() ? null : caseId;
			long teamId = rs.getLong("team_id");
			Long team = rs.wasNull() ? null : teamId;
			return new ReadRecordView(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					rs.getString("actor"), ReadAction.valueOf(rs.getString("action")), rs.getString("entity_type"),
					rs.getString("entity_id"), caseRef, team);
		});
		return KeysetPage.of(rows, size, (row) -> Long.toString(row.id()));
	}

}
