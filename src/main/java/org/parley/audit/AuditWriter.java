package org.parley.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Appends entries to the chain on the caller's connection, inside the caller's
 * transaction. A transaction-scoped advisory lock serialises writers, so sequence numbers
 * are gapless and every entry links to the one committed before it; the lock is held only
 * from the first audit write of a transaction (usually at commit) until its end. Each
 * entry carries the MAC of what its hash covers, under a key the database never holds
 * (decision 0019).
 */
@Component
class AuditWriter {

	/** "PARLEY" in ASCII: the key of the advisory lock that serialises audit writers. */
	static final long CHAIN_LOCK = 0x5041524C4559L;

	private final Clock clock;

	private final AuditMacKey macKey;

	AuditWriter(Clock clock, AuditMacKey macKey) {
		this.clock = clock;
		this.macKey = macKey;
	}

	void append(Connection connection, List<AuditEntryDraft> drafts) throws SQLException {
		if (drafts.isEmpty()) {
			return;
		}
		try (Statement lock = connection.createStatement()) {
			lock.execute("SELECT pg_advisory_xact_lock(" + CHAIN_LOCK + ")");
		}
		long seq = 0;
		String prevHash = AuditHashes.GENESIS;
		try (Statement last = connection.createStatement();
				ResultSet rs = last.executeQuery("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")) {
			if (rs.next()) {
				seq = rs.getLong(1);
				prevHash = rs.getString(2);
			}
		}
		// PostgreSQL keeps microseconds: hash exactly what will be stored.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		// Replayed entries (the demo's past) are sealed in the order they happened.
		List<AuditEntryDraft> ordered = new ArrayList<>(drafts);
		ordered.sort(Comparator.comparing((AuditEntryDraft d) -> (d.occurredAt() != null) ? d.occurredAt() : now));
		Map<Long, CaseLink> caseHeads = new HashMap<>();
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO audit_entry (seq, occurred_at, actor, action, entity_type, entity_id, team_id,
				                         changes, reason, prev_hash, hash, case_id, case_seq, case_prev_hash, mac)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			for (AuditEntryDraft draft : ordered) {
				seq++;
				Instant at = (draft.occurredAt() != null) ? draft.occurredAt().truncatedTo(ChronoUnit.MICROS) : now;
				String changes = ChangesJson.write(draft.changes());
				String actor = truncate(draft.actor(), 100);
				Long caseId = draft.caseId();
				CaseLink previous = (caseId != null)
						? caseHeads.computeIfAbsent(caseId, (id) -> caseHead(connection, id)) : null;
				Integer caseSeq = (previous != null) ? previous.seq() + 1 : null;
				String casePrevHash = (previous != null) ? previous.hash() : null;
				String canonical = AuditHashes.canonical(seq, at, actor, draft.action().name(), draft.entityType(),
						draft.entityId(), draft.teamId(), changes, draft.reason(), prevHash, caseId, caseSeq,
						casePrevHash);
				String hash = AuditHashes.sha256(canonical);
				if (caseId != null) {
					caseHeads.put(caseId, new CaseLink(caseSeq, hash));
				}
				insert.setLong(1, seq);
				insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
				insert.setString(3, actor);
				insert.setString(4, draft.action().name());
				insert.setString(5, draft.entityType());
				insert.setString(6, draft.entityId());
				if (draft.teamId() != null) {
					insert.setLong(7, draft.teamId());
				}
				else {
					insert.setNull(7, Types.BIGINT);
				}
				insert.setString(8, changes);
				insert.setString(9, draft.reason());
				insert.setString(10, prevHash);
				insert.setString(11, hash);
				if (caseId != null) {
					insert.setLong(12, caseId);
					insert.setInt(13, caseSeq);
					insert.setString(14, casePrevHash);
				}
				else {
					insert.setNull(12, Types.BIGINT);
					insert.setNull(13, Types.INTEGER);
					insert.setNull(14, Types.CHAR);
				}
				insert.setString(15, this.macKey.mac(canonical));
				insert.addBatch();
				prevHash = hash;
			}
			insert.executeBatch();
		}
	}

	/**
	 * The last entry filed under a case (read under the chain's lock), or the genesis.
	 */
	private static CaseLink caseHead(Connection connection, long caseId) {
		try (PreparedStatement last = connection.prepareStatement(
				"SELECT case_seq, hash FROM audit_entry WHERE case_id = ? ORDER BY case_seq DESC LIMIT 1")) {
			last.setLong(1, caseId);
			try (ResultSet rs = last.executeQuery()) {
				return rs.next() ? new CaseLink(rs.getInt(1), rs.getString(2)) : new CaseLink(0, AuditHashes.GENESIS);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the head of case " + caseId + "'s chain", ex);
		}
	}

	private record CaseLink(int seq, String hash) {
	}

	private static String truncate(String value, int max) {
		return (value.length() <= max) ? value : value.substring(0, max);
	}

}
