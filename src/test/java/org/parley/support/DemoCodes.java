package org.parley.support;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The codes of the demo accounts' second factor, as their authenticator app would show
 * them: the published demo secret (README, "Demo"), at the time of the application under
 * test (its {@link MutableClock}, found by the port it serves). Written again here, apart
 * from the application's own TOTP code, so that a mistake there does not hide itself.
 * <p>
 * A code is accepted once: each call moves the application's clock on by one 30-second
 * step first, so that signing in twice as the same person within a test never offers a
 * used code.
 */
public final class DemoCodes {

	/** DEMO ONLY: the secret of hq, auditor, admin and admin2 in the demo profile. */
	public static final String SECRET = "PARLEYDEMOTOTPSECRETPARLEYDEMO23";

	private static final Map<Integer, MutableClock> CLOCKS = new ConcurrentHashMap<>();

	private DemoCodes() {
	}

	static void serving(int port, MutableClock clock) {
		CLOCKS.put(port, clock);
	}

	/** A fresh code for a demo account, for the application serving this port. */
	public static String next(int port) {
		MutableClock clock = CLOCKS.get(port);
		if (clock == null) {
			throw new IllegalStateException("No application under test on port " + port);
		}
		return next(clock);
	}

	/** A fresh code for a demo account, moving this clock on by one step. */
	public static String next(MutableClock clock) {
		clock.advance(Duration.ofSeconds(30));
		return at(clock.instant());
	}

	/** The code a demo account's app shows at this moment. */
	public static String at(Instant moment) {
		return code(decode(SECRET), Math.floorDiv(moment.getEpochSecond(), 30));
	}

	/** The code an app holding this base-32 secret shows at this moment. */
	public static String of(String base32Secret, Instant moment) {
		return code(decode(base32Secret.replace(" ", "")), Math.floorDiv(moment.getEpochSecond(), 30));
	}

	static String code(byte[] secret, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(secret, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[19] & 0xf;
			int value = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
			return String.format("%06d", value % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static byte[] decode(String base32) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		ByteBuffer out = ByteBuffer.allocate(base32.length() * 5 / 8);
		long buffer = 0;
		int bits = 0;
		for (char c : base32.toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out.put((byte) (buffer >> (bits - 8)));
				bits -= 8;
			}
		}
		return out.array();
	}

}
