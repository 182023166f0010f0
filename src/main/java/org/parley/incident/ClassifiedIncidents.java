package org.parley.incident;

import java.sql.Array;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.parley.protection.Classification;
import org.parley.shared.CurrentUser;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reader's copy of a case leaves out because of its classification (decision
 * 0022): for a bulk export's summary, which says that something was withheld and how
 * much, never what.
 */
@Service
public class ClassifiedIncidents {

	private final NamedParameterJdbcTemplate jdbc;

	ClassifiedIncidents(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	/**
	 * How many strictly confidential incidents of the case the reader may not read, and
	 * so finds in no dossier. Only said to a reader who may see the case; the number of
	 * such incidents is not itself a secret of the team from its own readers.
	 */
	@Transactional(readOnly = true)
	public long withheldFromCase(long caseId, CurrentUser reader) {
		List<Boolean> readable = this.jdbc.query("""
				SELECT team_id, named_reviewers FROM security_incident
				WHERE case_id = :case AND classification = 'STRICTLY_CONFIDENTIAL'""", Map.of("case", caseId),
				(rs, n) -> {
					Array named = rs.getArray("named_reviewers");
					List<Long> reviewers = List.of((Long[]) named.getArray());
					return IncidentPermissions.canRead(reader, rs.getLong("team_id"),
							Classification.STRICTLY_CONFIDENTIAL, reviewers);
				});
		return readable.stream().filter((mayRead) -> !mayRead).count();
	}

}
