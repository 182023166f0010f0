package org.parley.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.parley.negotiation.CaseAccess;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreements a user may see (those of their teams' cases), for reporting tools: one
 * keyset page at a time, oldest first, so that a tool reading page after page misses none
 * created meanwhile.
 */
@Service
@Transactional(readOnly = true)
public class AgreementSummaries {

	private final NamedParameterJdbcTemplate jdbc;

	private final CaseAccess access;

	AgreementSummaries(NamedParameterJdbcTemplate jdbc, CaseAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/**
	 * @param filter which agreements (null parts: any)
	 * @param after the id of the last agreement of the page before, or null
	 */
	public KeysetPage<AgreementSummary> page(CurrentUser user, Filter filter, Long after, int size) {
		List<Long> teams = this.access.teamsToRead(user)
			.stream()
			.filter((team) -> filter.teamId() == null || filter.teamId().equals(team))
			.toList();
		if (teams.isEmpty()) {
			return new KeysetPage<>(List.of(), null);
		}
		StringBuilder sql = new StringBuilder("""
				SELECT a.id, a.case_id, a.team_id, a.status, a.in_force_version, a.updated_at, a.version,
				       v.version_no, v.status AS version_status, v.title, v.valid_from, v.valid_to
				FROM agreement a
				JOIN LATERAL (SELECT version_no, status, title, valid_from, valid_to FROM agreement_version
				              WHERE agreement_id = a.id ORDER BY version_no DESC LIMIT 1) v ON true
				WHERE a.team_id IN (:teams)""");
		MapSqlParameterSource params = new MapSqlParameterSource("teams", teams).addValue("limit", size + 1);
		if (filter.status() != null) {
			sql.append(" AND a.status = :status");
			params.addValue("status", filter.status().name());
		}
		if (filter.caseId() != null) {
			sql.append(" AND a.case_id = :caseId");
			params.addValue("caseId", filter.caseId());
		}
		if (after != null) {
			sql.append(" AND a.id > :after");
			params.addValue("after", after);
		}
		sql.append(" ORDER BY a.id LIMIT :limit");
		List<AgreementSummary> rows = this.jdbc.query(sql.toString(), params, (rs, n) -> {
			int inForce = rs.getInt("in_force_version");
			Integer inForceVersion = rs.wasNull() ? null : inForce;
			return new AgreementSummary(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("team_id"),
					AgreementStatus.valueOf(rs.getString("status")), inForceVersion, rs.getString("title"),
					rs.getInt("version_no"), VersionStatus.valueOf(rs.getString("version_status")),
					rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
		});
		return KeysetPage.of(rows, size, (row) -> Long.toString(row.id()));
	}

	/**
	 * Which agreements to list.
	 *
	 * @param teamId only this team's (among the user's teams)
	 * @param status only those in this status
	 * @param caseId only this case's
	 */
	public record Filter(Long teamId, AgreementStatus status, Long caseId) {

	}

}
