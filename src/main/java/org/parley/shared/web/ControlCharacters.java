package org.parley.shared.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Control characters no one types: NUL (which PostgreSQL refuses in text) and the other
 * C0 characters except tab, carriage return and line feed. Forms and query strings are
 * checked by {@link InputGuardFilter}; JSON strings here, as they are read, so the API
 * answers 400 with a problem detail.
 */
@Configuration(proxyBeanMethods = false)
public class ControlCharacters {

	/** Whether the text holds a refused control character. */
	public static boolean contains(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (refused(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** Whether a raw query string holds one, typed or percent-encoded. */
	static boolean containsEncoded(String query) {
		if (query == null) {
			return false;
		}
		if (contains(query)) {
			return true;
		}
		for (int i = query.indexOf('%'); i >= 0 && i + 2 < query.length(); i = query.indexOf('%', i + 1)) {
			int high = Character.digit(query.charAt(i + 1), 16);
			int low = Character.digit(query.charAt(i + 2), 16);
			if ((high == 0 || high == 1) && low >= 0 && refused((char) (high * 16 + low))) {
				return true;
			}
		}
		return false;
	}

	private static boolean refused(char c) {
		return c < 0x20 && c != '\t' && c != '\r' && c != '\n';
	}

	@Bean
	SimpleModule controlCharacterStrings() {
		SimpleModule module = new SimpleModule("parley-control-characters");
		module.addDeserializer(String.class, new Strings());
		return module;
	}

	/** JSON strings, refused when they hold a control character. */
	static final class Strings extends StdDeserializer<String> {

		Strings() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = StringDeserializer.instance.deserialize(parser, context);
			if (contains(value)) {
				return (String) context.handleWeirdStringValue(String.class, value,
						"control characters are not accepted");
			}
			return value;
		}

	}

}
