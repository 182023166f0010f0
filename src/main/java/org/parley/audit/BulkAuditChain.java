package org.parley.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Seals entries into the chain for a bulk load that writes them itself (the scale data,
 * decision 0031): each entry gets its sequence number, its link to the entry before, its
 * place in its case's chain and its MAC exactly as {@link AuditWriter} would give them,
 * so that {@link AuditChainVerifier} accepts the result. The caller holds the chain's
 * lock ({@link #lock}) for as long as it writes, so that no other writer appends in
 * between. Exists only with the {@code scale} profile.
 */
@Component
@Profile("scale")
public class BulkAuditChain {

	private static final HexFormat HEX = HexFormat.of();

	private final AuditMacKey macKey;

	BulkAuditChain(AuditMacKey macKey) {
		this.macKey = macKey;
	}

	/**
	 * Takes the chain's lock for the connection's session (released by
	 * {@code pg_advisory_unlock_all()} or when the connection closes): the application's
	 * writers wait meanwhile.
	 */
	public void lock(Connection connection) throws SQLException {
		try (Statement lock = connection.createStatement()) {
			lock.execute("SELECT pg_advisory_lock(" + AuditWriter.CHAIN_LOCK + ")");
		}
	}

	/** Continues the chain from its head as the connection reads it now. */
	public Appender continueFrom(Connection connection) throws SQLException {
		try (Statement last = connection.createStatement();
				ResultSet rs = last.executeQuery("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")) {
			return rs.next() ? new Appender(rs.getLong(1), rs.getString(2)) : new Appender(0, AuditHashes.GENESIS);
		}
	}

	/**
	 * Numbers, links and MACs entries one after the other. A case's entries are linked in
	 * its own chain from the first one given here: the cases must have had none before.
	 */
	public final class Appender {

		private long seq;

		private String prevHash;

		private final Map<Long, CaseHead> cases = new HashMap<>();

		// One digest and one MAC for the whole load: the same values as
		// AuditHashes.sha256
		// and AuditHashes.mac, without making them anew for each of millions of entries.
		private final MessageDigest sha256;

		private final Mac mac;

		private Appender(long seq, String prevHash) {
			this.seq = seq;
			this.prevHash = prevHash;
			try {
				this.sha256 = MessageDigest.getInstance("SHA-256");
				this.mac = Mac.getInstance("HmacSHA256");
				this.mac.init(new SecretKeySpec(BulkAuditChain.this.macKey.bytes(), "HmacSHA256"));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("SHA-256 and HMAC-SHA256 are part of every Java runtime", ex);
			}
		}

		public Entry append(Instant occurredAt, String actor, AuditAction action, String entityType, String entityId,
				Long teamId, SortedMap<String, FieldChange> changes, Long caseId) {
			this.seq++;
			Instant at = occurredAt.truncatedTo(ChronoUnit.MICROS);
			String json = ChangesJson.write(changes);
			CaseHead head = (caseId != null) ? this.cases.getOrDefault(caseId, CaseHead.START) : null;
			Integer caseSeq = (head != null) ? head.seq() + 1 : null;
			String casePrevHash = (head != null) ? head.hash() : null;
			String canonical = AuditHashes.canonical(this.seq, at, actor, action.name(), entityType, entityId, teamId,
					json, null, this.prevHash, caseId, caseSeq, casePrevHash);
			String hash = AuditHashes.sha256(canonical);
			Entry entry = new Entry(this.seq, at, actor, action.name(), entityType, entityId, teamId, json,
					this.prevHash, hash, caseId, caseSeq, casePrevHash, BulkAuditChain.this.macKey.mac(canonical));
			if (caseId != null) {
				this.cases.put(caseId, new CaseHead(caseSeq, hash));
			}
			this.prevHash = hash;
			return entry;
		}

		/** The case will have no more entries in this load: its head is forgotten. */
		public void caseDone(long caseId) {
			this.cases.remove(caseId);
		}

		/** The sequence number of the last entry. */
		public long head() {
			return this.seq;
		}

	}

	/** An entry as it is to be stored in {@code audit_entry} (no reason). */
	public record Entry(long seq, Instant occurredAt, String actor, String action, String entityType, String entityId,
			Long teamId, String changes, String prevHash, String hash, Long caseId, Integer caseSeq,
			String casePrevHash, String mac) {
	}

	private record CaseHead(int seq, String hash) {

		static final CaseHead START = new CaseHead(0, AuditHashes.GENESIS);

	}

}
