package org.parley.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Usernames are lower case letters, digits, dots, dashes and underscores, 2 to 40
 * characters.
 */
final class Usernames {

	static final Pattern FORMAT = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,39}$");

	private Usernames() {
	}

	static String normalise(String typed) {
		return (typed == null) ? "" : typed.strip().toLowerCase(Locale.ROOT);
	}

}
