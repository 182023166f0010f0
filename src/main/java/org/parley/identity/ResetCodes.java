package org.parley.identity;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * One-time password-reset codes: 16 characters from an alphabet without look-alikes
 * (about 80 bits), in groups of four so they can be read out over a phone line; typed in
 * any case, with or without the dashes.
 */
final class ResetCodes {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private ResetCodes() {
	}

	static String generate() {
		StringBuilder code = new StringBuilder();
		for (int group = 0; group < 4; group++) {
			if (group > 0) {
				code.append('-');
			}
			for (int i = 0; i < 4; i++) {
				code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
		}
		return code.toString();
	}

	/** As stored (hashed): upper case, without spaces or dashes. */
	static String normalise(String typed) {
		return (typed == null) ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

}
