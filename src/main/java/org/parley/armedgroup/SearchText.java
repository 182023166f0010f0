package org.parley.armedgroup;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for search: lower case, without accents, single spaces. "Cártel del Sierra
 * Alta" and "cartel del sierra alta" fold to the same text, so a field officer typing on
 * a phone without accents still finds the group.
 */
final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private SearchText() {
	}

	static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String plain = MARKS.matcher(decomposed).replaceAll("");
		return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

}
