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
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Appends entries to the chain on the caller's connection, inside the caller's
 * transaction. A transaction-scoped advisory lock serialises writers, so sequence numbers
 * are gapless and every entry links to the one committed before it; the lock is held only
 * from the first audit write of a transaction (usually at commit) until its end.
 */
@Component
class AuditWriter {

	/** "PARLEY" in ASCII: the key of the advisory lock that serialises audit writers. */
	static final long CHAIN_LOCK = 0x5041524C4559L;

	private final Clock clock;

	AuditWriter(Clock clock) {
		this.clock = clock;
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
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO audit_entry (seq, occurred_at, actor, action, entity_type, entity_id, team_id,
				                         changes, reason, prev_hash, hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			for (AuditEntryDraft draft : drafts) {
				seq++;
				String changes = ChangesJson.write(draft.changes());
				String actor = truncate(draft.actor(), 100);
				String hash = AuditHashes.hash(seq, now, actor, draft.action().name(), draft.entityType(),
						draft.entityId(), draft.teamId(), changes, draft.reason(), prevHash);
				insert.setLong(1, seq);
				insert.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
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
				insert.addBatch();
				prevHash = hash;
			}
			insert.executeBatch();
		}
	}

	private static String truncate(String value, int max) {
		return (value.length() <= max) ? value : value.substring(0, max);
	}

}
