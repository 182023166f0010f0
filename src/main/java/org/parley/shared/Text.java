package org.parley.shared;

/**
 * Small rules for what users type.
 */
public final class Text {

	private Text() {
	}

	/**
	 * Blank input means "nothing": stored as null, otherwise without surrounding spaces.
	 */
	public static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
