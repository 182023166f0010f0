package org.parley.audit;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

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
 * stream (a thousand rows at a time), so its memory grows with the number of cases, never
 * with the length of the log.
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
		Map<Long, CaseHead> cases = new HashMap<>();
		// One pass in number order, columns by position: a second pass in case order
		// read every entry again through the case index, at random, and doubled the time.
		this.jdbc.query("""
				SELECT seq, occurred_at, actor, action, entity_type, entity_id, team_id, changes, reason,
				       prev_hash, hash, case_id, case_seq, case_prev_hash, mac
				FROM audit_entry ORDER BY seq""", (rs) -> {
			long seq = rs.getLong(1);
			long teamId = rs.getLong(7);
			Long team = rs.wasNull() ? null : teamId;
			long caseId = rs.getLong(12);
			Long caseRef = rs.wasNull() ? null : caseId;
			int caseSeq = rs.getInt(13);
			Integer caseNumber = rs.wasNull() ? null : caseSeq;
			String prevHash = rs.getString(10);
			String hash = rs.getString(11);
			String casePrevHash = rs.getString(14);
			String canonical = AuditHashes.canonical(seq, rs.getObject(2, OffsetDateTime.class).toInstant(),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), team, rs.getString(8),
					rs.getString(9), prevHash, caseRef, caseNumber, casePrevHash);
			check.entry(seq, hash, prevHash, canonical, rs.getString(15));
			if (caseRef != null) {
				caseLink(check, cases, seq, caseRef, (caseNumber != null) ? caseNumber : 0, casePrevHash, hash);
			}
		});
		return check.report();
	}

	/**
	 * Checks an entry's place in its case's chain: its case's entries, in number order,
	 * are numbered 1, 2, 3… and each points to the hash of the one before. Keeps only
	 * each case's last entry, so memory grows with the number of cases, not of entries.
	 */
	private static void caseLink(ChainCheck check, Map<Long, CaseHead> cases, long seq, long caseId, int caseSeq,
			String casePrevHash, String hash) {
		CaseHead head = cases.get(caseId);
		int expected = (head != null) ? head.caseSeq + 1 : 1;
		String prevHash = (head != null) ? head.hash : AuditHashes.GENESIS;
		if (caseSeq != expected || !prevHash.equals(casePrevHash)) {
			check.add(new AuditChainReport.Problem(seq, AuditChainReport.Kind.CASE_LINK_BROKEN));
		}
		if (head == null) {
			cases.put(caseId, new CaseHead(caseSeq, hash));
		}
		else {
			head.caseSeq = caseSeq;
			head.hash = hash;
		}
	}

	/** The last entry seen of a case's chain. */
	private static final class CaseHead {

		int caseSeq;

		String hash;

		CaseHead(int caseSeq, String hash) {
			this.caseSeq = caseSeq;
			this.hash = hash;
		}

	}

}
