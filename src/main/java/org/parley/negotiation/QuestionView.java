package org.parley.negotiation;

import java.util.Locale;

/**
 * A guiding question as pages show it.
 */
public record QuestionView(long id, MethodStep step, int position, String textEn, String textEs) {

	public String text(Locale locale) {
		return "es".equals(locale.getLanguage()) ? this.textEs : this.textEn;
	}

}
