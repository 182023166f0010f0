package org.parley.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them and every authenticator app
 * reads them: HMAC-SHA1, 30-second steps from the Unix epoch, 6 digits. Written here
 * rather than taken from a library because it is thirty lines of the JDK's own HMAC, and
 * tested against the RFC's vectors ({@code TotpTest}).
 */
final class Totp {

	static final int STEP_SECONDS = 30;

	static final int DIGITS = 6;

	/** Steps before and after the current one that are accepted: a clock a little off. */
	static final int WINDOW = 1;

	/** 160 bits, the length of an HMAC-SHA1 key, as RFC 4226 recommends. */
	static final int SECRET_BYTES = 20;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	static byte[] newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return secret;
	}

	/** The step a moment falls in. */
	static long step(Instant moment) {
		return Math.floorDiv(moment.getEpochSecond(), STEP_SECONDS);
	}

	/** The code of one step, with its leading zeros. */
	static String code(byte[] secret, long step) {
		return code(secret, step, DIGITS, "HmacSHA1");
	}

	/** The code of one step with another length or hash (RFC 6238's test vectors). */
	static String code(byte[] secret, long step, int digits, String algorithm) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(secret, "RAW"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			int code = binary % (int) Math.pow(10, digits);
			return String.format("%0" + digits + "d", code);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(algorithm + " is part of every JDK", ex);
		}
	}

	/**
	 * The step, within the window around the moment, whose code this is.
	 * @return the step, or empty when the code is no code of the window (or not six
	 * digits)
	 */
	static OptionalLong matchingStep(byte[] secret, String typed, Instant now) {
		if (typed == null || !typed.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long current = step(now);
		OptionalLong found = OptionalLong.empty();
		// Every step of the window is computed, found or not: the time taken says
		// nothing.
		for (long step = current - WINDOW; step <= current + WINDOW; step++) {
			if (MessageDigest.isEqual(code(secret, step).getBytes(), typed.getBytes()) && found.isEmpty()) {
				found = OptionalLong.of(step);
			}
		}
		return found;
	}

	/** The secret as authenticator apps take it: RFC 4648 base 32, without padding. */
	static String base32(byte[] bytes) {
		StringBuilder text = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				text.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			text.append(BASE32.charAt((buffer << (5 - bits)) & 31));
		}
		return text.toString();
	}

	/** The bytes of a base-32 secret (spaces, case and padding ignored). */
	static byte[] fromBase32(String text) {
		String clean = text.replaceAll("[\\s=-]", "").toUpperCase(java.util.Locale.ROOT);
		ByteBuffer bytes = ByteBuffer.allocate(clean.length() * 5 / 8);
		int buffer = 0;
		int bits = 0;
		for (char c : clean.toCharArray()) {
			int value = BASE32.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("Not base 32: " + c);
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				bytes.put((byte) (buffer >> (bits - 8)));
				bits -= 8;
			}
		}
		return bytes.array();
	}

	/**
	 * The secret in groups of four, as a person copies it into an app by hand.
	 */
	static String grouped(byte[] secret) {
		return base32(secret).replaceAll("(.{4})(?!$)", "$1 ");
	}

}
