package org.parley.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes an entry's SHA-256 over its content and the previous entry's hash. Every field
 * is written with its length first, so no two different entries can produce the same
 * bytes. An entry about a case also covers its place in the case's chain (case, number in
 * the case, hash of the case's entry before), appended after the fields every entry has
 * (decision 0018). Public and free of Spring, so the offline dossier and chain verifiers
 * recompute hashes with exactly this code. The same text, under the audit MAC key, gives
 * the entry's MAC (decision 0019).
 */
public final class AuditHashes {

	/** The previous hash of the first entry of a chain. */
	public static final String GENESIS = "0".repeat(64);

	private AuditHashes() {
	}

	/** An entry about no case. */
	public static String hash(long seq, Instant occurredAt, String actor, String action, String entityType,
			String entityId, Long teamId, String changes, String reason, String prevHash) {
		return hash(seq, occurredAt, actor, action, entityType, entityId, teamId, changes, reason, prevHash, null, null,
				null);
	}

	/**
	 * @param changes the changed fields as canonical JSON (as stored)
	 * @param caseId the case, or null (then caseSeq and casePrevHash are null too)
	 */
	public static String hash(long seq, Instant occurredAt, String actor, String action, String entityType,
			String entityId, Long teamId, String changes, String reason, String prevHash, Long caseId, Integer caseSeq,
			String casePrevHash) {
		return sha256(canonical(seq, occurredAt, actor, action, entityType, entityId, teamId, changes, reason, prevHash,
				caseId, caseSeq, casePrevHash));
	}

	/**
	 * The text an entry's hash and MAC are computed over: every field with its length
	 * first, or {@code ~;} when null.
	 */
	public static String canonical(long seq, Instant occurredAt, String actor, String action, String entityType,
			String entityId, Long teamId, String changes, String reason, String prevHash, Long caseId, Integer caseSeq,
			String casePrevHash) {
		StringBuilder canonical = new StringBuilder(256);
		field(canonical, Long.toString(seq));
		field(canonical, DateTimeFormatter.ISO_INSTANT.format(occurredAt));
		field(canonical, actor);
		field(canonical, action);
		field(canonical, entityType);
		field(canonical, entityId);
		field(canonical, (teamId != null) ? teamId.toString() : null);
		field(canonical, changes);
		field(canonical, reason);
		field(canonical, prevHash);
		if (caseId != null) {
			field(canonical, caseId.toString());
			field(canonical, (caseSeq != null) ? caseSeq.toString() : null);
			field(canonical, casePrevHash);
		}
		return canonical.toString();
	}

	/**
	 * The HMAC-SHA256 (hex) of an entry's canonical text under the audit MAC key
	 * (decision 0019): only the holder of the key can make it, so an entry written in SQL
	 * has none that verifies.
	 */
	public static String mac(byte[] key, String canonical) {
		return HexFormat.of().formatHex(macOf(key).doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * An HMAC-SHA256 ready to use under the key, for a caller that MACs many entries: one
	 * instance, reused (after {@code doFinal} it is ready for the next), not one per
	 * entry. Not thread-safe.
	 */
	static Mac macOf(byte[] key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", ex);
		}
	}

	/** A SHA-256 digest for a caller that hashes many entries. Not thread-safe. */
	static MessageDigest sha256Digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

	/** Whether a stored MAC is the one the key makes, compared in constant time. */
	public static boolean macMatches(byte[] key, String canonical, String storedMac) {
		if (storedMac == null) {
			return false;
		}
		return MessageDigest.isEqual(mac(key, canonical).getBytes(StandardCharsets.US_ASCII),
				storedMac.strip().getBytes(StandardCharsets.US_ASCII));
	}

	/** Recomputes the hash of an entry as read from the log or a dossier. */
	public static String hash(AuditEntryView entry) {
		return hash(entry.seq(), entry.occurredAt(), entry.actor(), entry.action().name(), entry.entityType(),
				entry.entityId(), entry.teamId(), entry.canonicalChanges(), entry.reason(), entry.prevHash(),
				entry.caseId(), entry.caseSeq(), entry.casePrevHash());
	}

	/** The canonical text of an entry as read from the log. */
	public static String canonical(AuditEntryView entry) {
		return canonical(entry.seq(), entry.occurredAt(), entry.actor(), entry.action().name(), entry.entityType(),
				entry.entityId(), entry.teamId(), entry.canonicalChanges(), entry.reason(), entry.prevHash(),
				entry.caseId(), entry.caseSeq(), entry.casePrevHash());
	}

	static String sha256(String text) {
		return HexFormat.of().formatHex(sha256Digest().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static void field(StringBuilder canonical, String value) {
		if (value == null) {
			canonical.append("~;");
		}
		else {
			canonical.append(value.length()).append(':').append(value).append(';');
		}
	}

}
