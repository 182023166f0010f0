package org.parley.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Computes an entry's SHA-256 over its content and the previous entry's hash. Every field
 * is written with its length first, so no two different entries can produce the same
 * bytes.
 */
final class AuditHasher {

	static final String GENESIS = "0".repeat(64);

	private AuditHasher() {
	}

	static String hash(long seq, Instant occurredAt, String actor, String action, String entityType, String entityId,
			Long teamId, String changes, String reason, String prevHash) {
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
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
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
