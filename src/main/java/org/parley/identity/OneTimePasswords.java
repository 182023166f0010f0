package org.parley.identity;

import java.security.SecureRandom;

/**
 * Random passwords: the first administrator's, printed once in the log at first start and
 * changed at the first sign-in, and the ones nobody is told that a new account or a reset
 * account holds until its owner chooses theirs with a reset code. No ambiguous characters
 * (0/O, 1/l/I), so they can be read out over a phone line.
 */
final class OneTimePasswords {

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private OneTimePasswords() {
	}

	static String generate() {
		StringBuilder password = new StringBuilder();
		for (int group = 0; group < 4; group++) {
			if (group > 0) {
				password.append('-');
			}
			for (int i = 0; i < 4; i++) {
				password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
		}
		return password.toString();
	}

}
