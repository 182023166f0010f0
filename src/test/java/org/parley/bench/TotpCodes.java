package org.parley.bench;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The codes of an authenticator app (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) for
 * the benchmark's HQ reviewers and auditors. Parley accepts a code once per user (a
 * replayed one is refused) and the steps next to the current one (a clock a little off),
 * so each sign-in takes the next unused step of its account and, when two virtual users
 * share an account, the later one waits until that step is within Parley's window.
 */
final class TotpCodes {

	static final int STEP_SECONDS = 30;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

	private TotpCodes() {
	}

	/**
	 * The step this sign-in of the account will use: the current one, or the next unused.
	 */
	static long reserve(String account) {
		long now = currentStep();
		return LAST_STEP.merge(account, now, (last, current) -> Math.max(last + 1, current));
	}

	/**
	 * How long to wait before the reserved step's code is accepted (Parley accepts
	 * current + 1).
	 */
	static long millisUntilUsable(long step) {
		long usableFrom = (step - 1) * STEP_SECONDS * 1000L;
		return Math.max(0, usableFrom - System.currentTimeMillis());
	}

	static long currentStep() {
		return Math.floorDiv(System.currentTimeMillis() / 1000, STEP_SECONDS);
	}

	static String code(String base32Secret, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(decode(base32Secret), "RAW"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format("%06d", binary % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is part of every JDK", ex);
		}
	}

	/** RFC 4648 base 32, as authenticator apps take a secret (no padding, any case). */
	static byte[] decode(String base32) {
		String text = base32.replace("=", "").replace(" ", "").toUpperCase();
		ByteBuffer bytes = ByteBuffer.allocate(text.length() * 5 / 8);
		int buffer = 0;
		int bits = 0;
		for (char c : text.toCharArray()) {
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

}
