package org.parley.negotiation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.parley.shared.KeysetCursor;
import org.parley.shared.KeysetPage;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed cases by the day they were closed, for the retention review (decision 0023):
 * which of a set of teams' cases were closed before a day, oldest first, one keyset page
 * at a time. The caller scopes the teams.
 */
@Service
public class ClosedCases {

	private final NamedParameterJdbcTemplate jdbc;

	ClosedCases(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	/**
	 * A closed case, by its title and when it was closed.
	 */
	public record ClosedCase(long id, long teamId, String title, Instant closedAt) {
	}

	/**
	 * The teams' cases closed before the day, oldest first.
	 * @param teamIds the teams (none: no case)
	 * @param closedBefore only cases closed before this
	 */
	@Transactional(readOnly = true)
	public KeysetPage<ClosedCase> closedBefore(Collection<Long> teamIds, Instant closedBefore, String cursor,
			int size) {
		if (teamIds.isEmpty()) {
			return new KeysetPage<>(List.of(), null);
		}
		StringBuilder sql = new StringBuilder("""
				SELECT id, team_id, title, closed_at FROM negotiation_case
				WHERE status = 'CLOSED' AND team_id IN (:teams) AND closed_at < :before""");
		MapSqlParameterSource params = new MapSqlParameterSource("teams", teamIds).addValue("before",
				Timestamp.from(closedBefore));
		KeysetCursor after = KeysetCursor.decode(cursor);
		if (after != null) {
			sql.append(" AND (closed_at, id) > (:afterAt, :afterId)");
			params.addValue("afterAt", Timestamp.from(Instant.parse(after.key())));
			params.addValue("afterId", after.id());
		}
		sql.append(" ORDER BY closed_at, id LIMIT :limit");
		params.addValue("limit", size + 1);
		List<ClosedCase> rows = this.jdbc.query(sql.toString(), params, (rs, n) -> new ClosedCase(rs.getLong("id"),
				rs.getLong("team_id"), rs.getString("title"), rs.getTimestamp("closed_at").toInstant()));
		return KeysetPage.of(rows, size, (row) -> new KeysetCursor(row.closedAt().toString(), row.id()).encode());
	}

	/** The case, if it is closed. */
	@Transactional(readOnly = true)
	public Optional<ClosedCase> find(long caseId) {
		return this.jdbc
			.query("SELECT id, team_id, title, closed_at FROM negotiation_case WHERE id = :id AND status = 'CLOSED'",
					new MapSqlParameterSource("id", caseId),
					(rs, n) -> new ClosedCase(rs.getLong("id"), rs.getLong("team_id"), rs.getString("title"),
							rs.getTimestamp("closed_at").toInstant()))
			.stream()
			.findFirst();
	}

	/** The team of a case, closed or not (a legal hold may come before the closure). */
	@Transactional(readOnly = true)
	public Optional<Long> teamOf(long caseId) {
		return this.jdbc
			.query("SELECT team_id FROM negotiation_case WHERE id = :id", new MapSqlParameterSource("id", caseId),
					(rs, n) -> rs.getLong(1))
			.stream()
			.findFirst();
	}

}
