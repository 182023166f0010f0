package org.parley.protection;

import java.util.Base64;
import java.util.Objects;

import org.parley.shared.RedactedValue;

/**
 * A sensitive value as it is stored: {@code pk1:<data key id>:<base64url of the Tink
 * ciphertext>}, nothing else. Entities hold it (through {@link SealedConverter}, which
 * does no cryptography); only {@link FieldSealer} makes one or reads what it holds. Its
 * {@code toString()} never shows the stored text, and the audit log records only that a
 * field holding one changed.
 */
public final class Sealed implements RedactedValue {

	/** The prefix of every sealed value, with the format's version. */
	public static final String PREFIX = "pk1:";

	private final String stored;

	private Sealed(String stored) {
		this.stored = stored;
	}

	/**
	 * The value read from its column, as stored (the converter's way in). Whether it is
	 * really sealed is checked when it is opened.
	 */
	public static Sealed stored(String stored) {
		return (stored != null) ? new Sealed(stored) : null;
	}

	static Sealed of(long dataKeyId, byte[] ciphertext) {
		return new Sealed(
				PREFIX + dataKeyId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(ciphertext));
	}

	/** The text written to the column. */
	public String stored() {
		return this.stored;
	}

	/**
	 * What a purged value is replaced by (decision 0023): the marker and the day, no
	 * ciphertext. It starts with {@link #PREFIX} so that the start-up sealing leaves it
	 * alone, and names no data key, so no rotation walks it.
	 */
	public static final String PURGED = PREFIX + "purged:";

	/** Whether the text is in the sealed format (a value from before sealing is not). */
	public boolean wellFormed() {
		return !purged() && this.stored.startsWith(PREFIX)
				&& this.stored.indexOf(':', PREFIX.length()) > PREFIX.length();
	}

	/** Whether the value was purged under a retention rule: only the day remains. */
	public boolean purged() {
		return this.stored.startsWith(PURGED);
	}

	/** The stored text that replaces a value purged on this day. */
	public static String purgedOn(java.time.LocalDate day) {
		return PURGED + day;
	}

	/** The day the value was purged. */
	java.time.Instant purgedAt() {
		return java.time.LocalDate.parse(this.stored.substring(PURGED.length()))
			.atStartOfDay(java.time.ZoneOffset.UTC)
			.toInstant();
	}

	/** The id of the data key (its row) that sealed it. */
	public long dataKeyId() {
		requireWellFormed();
		return Long.parseLong(this.stored.substring(PREFIX.length(), this.stored.indexOf(':', PREFIX.length())));
	}

	/**
	 * The Tink ciphertext: a 5-byte prefix naming the key within the keyset, then
	 * AES-GCM.
	 */
	byte[] ciphertext() {
		requireWellFormed();
		return Base64.getUrlDecoder().decode(this.stored.substring(this.stored.indexOf(':', PREFIX.length()) + 1));
	}

	/** The id, within the data key's keyset, of the key that sealed it. */
	public long keyId() {
		return keyIdOf(ciphertext());
	}

	static long keyIdOf(byte[] ciphertext) {
		if (ciphertext.length < 5) {
			throw new IllegalStateException("A sealed value too short to name its key");
		}
		return ((ciphertext[1] & 0xFFL) << 24) | ((ciphertext[2] & 0xFFL) << 16) | ((ciphertext[3] & 0xFFL) << 8)
				| (ciphertext[4] & 0xFFL);
	}

	private void requireWellFormed() {
		if (!wellFormed()) {
			throw new SealedValueException("A value that is not sealed was found where a sealed one belongs");
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Sealed sealed && this.stored.equals(sealed.stored);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.stored);
	}

	/** Never the stored text: a sealed value in a log line says only that it is one. */
	@Override
	public String toString() {
		return "[sealed]";
	}

}
