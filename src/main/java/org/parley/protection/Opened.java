package org.parley.protection;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * What a sealed value holds, once opened: its text, or, when the key that sealed it was
 * destroyed, only the date it was.
 *
 * @param text the text, or null (no value, or a destroyed key)
 * @param destroyedAt when the key was destroyed, or null
 */
public record Opened(String text, Instant destroyedAt) {

	private static final Opened NONE = new Opened(null, null);

	/** No value. */
	public static Opened none() {
		return NONE;
	}

	public static Opened of(String text) {
		return new Opened(text, null);
	}

	public static Opened destroyed(Instant at) {
		return new Opened(null, at);
	}

	public boolean isDestroyed() {
		return this.destroyedAt != null;
	}

	/**
	 * The text to show: the value, or for a destroyed key "destroyed on" and the day
	 * (UTC) in place of it, in the reader's language, so that a page, an export or the
	 * API says what happened rather than showing nothing.
	 */
	public String shown(MessageSource messages, Locale locale) {
		if (this.destroyedAt != null) {
			return messages.getMessage("protection.value.destroyed-on",
					new Object[] { this.destroyedAt.atZone(ZoneOffset.UTC).toLocalDate().toString() }, locale);
		}
		return this.text;
	}

}
