package org.parley.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.parley.shared.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The whole organisation's chain as JSON lines, oldest first, for an auditor to verify
 * offline against the anchors ({@code verify-chain}). Read in keyset pages up to the head
 * at the start, so it holds a few entries in memory however long the log is. An entry is
 * given whole (every field its hash and MAC cover, as a dossier's {@code entries.jsonl})
 * only if the reader may read it in the log: about one of their teams, and values they
 * may see ({@link AuditNeedToKnow}); any other is withheld, with only its number, its
 * link and its hash, so the chain still checks end to end without showing it.
 */
@Service
class ChainExport {

	static final int PAGE = 1000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	private final List<AuditNeedToKnow> needToKnow;

	ChainExport(DataSource dataSource, List<AuditNeedToKnow> needToKnow) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.needToKnow = needToKnow;
	}

	/** The number of the last entry now: an export stops there. */
	long head() {
		Long head = this.jdbc.queryForObject("SELECT max(seq) FROM audit_entry", Long.class);
		return (head != null) ? head : 0;
	}

	/** Writes entries 1 to {@code head} as the reader may see them. */
	void write(CurrentUser reader, long head, OutputStream out) throws IOException {
		long[] after = { 0 };
		while (after[0] < head) {
			long from = after[0];
			try {
				this.jdbc.query("""
						SELECT seq, occurred_at, actor, action, entity_type, entity_id, team_id, changes, reason,
						       prev_hash, hash, case_id, case_seq, case_prev_hash, mac
						FROM audit_entry WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?""", (rs) -> {
					long teamId = rs.getLong("team_id");
					Long team = rs.wasNull() ? null : teamId;
					Map<String, Object> line = new LinkedHashMap<>();
					line.put("seq", rs.getLong("seq"));
					if (mayRead(reader, rs.getString("entity_type"), team)) {
						long caseId = rs.getLong("case_id");
						Long caseRef = rs.wasNull() ? null : caseId;
						int caseSeq = rs.getInt("case_seq");
						Integer caseNumber = rs.wasNull() ? null : caseSeq;
						line.put("occurredAt", DateTimeFormatter.ISO_INSTANT
							.format(rs.getObject("occurred_at", OffsetDateTime.class).toInstant()));
						line.put("actor", rs.getString("actor"));
						line.put("action", rs.getString("action"));
						line.put("entityType", rs.getString("entity_type"));
						line.put("entityId", rs.getString("entity_id"));
						line.put("teamId", team);
						line.put("changes", rs.getString("changes"));
						line.put("reason", rs.getString("reason"));
						line.put("prevHash", rs.getString("prev_hash"));
						line.put("caseId", caseRef);
						line.put("caseSeq", caseNumber);
						line.put("casePrevHash", rs.getString("case_prev_hash"));
						line.put("hash", rs.getString("hash"));
						line.put("mac", rs.getString("mac"));
					}
					else {
						line.put("withheld", true);
						line.put("prevHash", rs.getString("prev_hash"));
						line.put("hash", rs.getString("hash"));
					}
					try {
						out.write(JSON.writeValueAsString(line).getBytes(StandardCharsets.UTF_8));
						out.write('\n');
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
					after[0] = rs.getLong("seq");
				}, from, head, PAGE);
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
			if (after[0] == from) {
				break; // entries missing up to the head: the verification says so
			}
		}
	}

	private boolean mayRead(CurrentUser reader, String entityType, Long teamId) {
		return teamId != null && reader.teamIds().contains(teamId)
				&& this.needToKnow.stream().allMatch((rule) -> rule.mayReadValues(entityType, teamId, reader));
	}

}
