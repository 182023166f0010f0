package org.parley.audit;

import java.time.OffsetDateTime;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every entry's hash in sequence order and checks each link to the entry
 * before, so any edit, deletion, insertion or reordering of entries is reported; checks
 * each entry's MAC, so an entry written in SQL is reported even with its hashes
 * recomputed; and compares the chain with the signed anchors outside the database, so a
 * chain shortened or rewritten whole is reported too (decision 0019). Reads the log as a
 * stream, so it runs in constant memory however long the log is.
 */
@Service
public class AuditChainVerifier {

	static final int MAX_PROBLEMS = ChainCheck.MAX_PROBLEMS;

	private final JdbcTemplate jdbc;

	private final AuditMacKey macKey;

	private final AuditAnchors anchors;

	AuditChainVerifier(DataSource dataSource, AuditMacKey macKey, AuditAnchors anchors) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(1000);
		this.macKey = macKey;
		this.anchors = anchors;
	}

	@Transactional(readOnly = true)
	public AuditChainReport verify() {
		ChainCheck check = new ChainCheck(this.anchors.read(), this.anchors.chainId(),
				(this.macKey != null) ? this.macKey.bytes() : null);
		this.jdbc.query("""
				SELECT seq, occurred_at, actor, action, entity_type, entity_id, team_id, changes, reason,
				       prev_hash, hash, case_id, case_seq, case_prev_hash, mac
				FROM audit_entry ORDER BY seq""", (rs) -> {
			long seq = rs.getLong("seq");
			long teamId = rs.getLong("team_id");
			Long team = rs.wasNull() ? null : teamId;
			long caseId = rs.getLong("case_id");
			Long caseRef = rs.wasNull() ? null : caseId;
			int caseSeq = rs.getInt("case_seq");
			Integer caseNumber = rs.wasNull() ? null : caseSeq;
			String canonical = AuditHashes.canonical(seq, rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"),
					rs.getString("entity_id"), team, rs.getString("changes"), rs.getString("reason"),
					rs.getString("prev_hash"), caseRef, caseNumber, rs.getString("case_prev_hash"));
			check.entry(seq, rs.getString("hash"), rs.getString("prev_hash"), canonical, rs.getString("mac"));
		});
		verifyCaseChains(check);
		return check.report();
	}

	/**
	 * Follows each case's own chain in case order (a second pass, in constant memory):
	 * its entries are numbered 1, 2, 3… and each points to the hash of the one before.
	 */
	private void verifyCaseChains(ChainCheck check) {
		long[] currentCase = { -1 };
		int[] expected = { 1 };
		String[] prevHash = { AuditHashes.GENESIS };
		this.jdbc.query("""
				SELECT seq, case_id, case_seq, case_prev_hash, hash FROM audit_entry
				WHERE case_id IS NOT NULL ORDER BY case_id, case_seq""", (rs) -> {
			long caseId = rs.getLong("case_id");
			if (caseId != currentCase[0]) {
				currentCase[0] = caseId;
				expected[0] = 1;
				prevHash[0] = AuditHashes.GENESIS;
			}
			int caseSeq = rs.getInt("case_seq");
			if (caseSeq != expected[0] || !prevHash[0].equals(rs.getString("case_prev_hash"))) {
				check.add(new AuditChainReport.Problem(rs.getLong("seq"), AuditChainReport.Kind.CASE_LINK_BROKEN));
			}
			expected[0] = caseSeq + 1;
			prevHash[0] = rs.getString("hash");
		});
	}

}
