package org.parley.negotiation;

import java.util.Locale;

/**
 * A guiding question as pages show it.
 */
public record QuestionView(long id, MethodStep step, int position, String textEn, String textEs, String textFr) {

	public String text(Locale locale) {
		return switch (locale.getLanguage()) {
			case "es" -> this.textEs;
			case "fr" -> this.textFr;
			default -> this.textEn;
		};
	}

}
