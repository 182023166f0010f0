package org.parley.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "History" section of a record's page as its reader reads it: the text of
 * {@code <section id="history">}, tags removed. {@link #assertReadable} checks that it
 * holds no raw code: no enum constant ({@code IN_FORCE}), no record number ({@code #12}),
 * no field name ({@code perpetratorGroupId}).
 */
public final class HistoryText {

	private static final Pattern SECTION = Pattern.compile("<section[^>]*\\bid=\"history\"[^>]*>(.*?)</section>",
			Pattern.DOTALL);

	private static final Pattern ENUM_CODE = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");

	private static final Pattern RECORD_NUMBER = Pattern.compile("#\\d");

	private static final Pattern FIELD_NAME = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b");

	private HistoryText() {
	}

	/** The text of the page's history section; fails if the page has none. */
	public static String of(String html) {
		Matcher section = SECTION.matcher(html);
		assertThat(section.find()).as("the page has a history section").isTrue();
		return HtmlUtils.htmlUnescape(section.group(1).replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").trim();
	}

	/** The page's history section, checked to hold no raw code, as text. */
	public static String readable(String html) {
		String text = of(html);
		assertThat(text).as("no enum code").doesNotContainPattern(ENUM_CODE);
		assertThat(text).as("no record number").doesNotContainPattern(RECORD_NUMBER);
		assertThat(text).as("no field name").doesNotContainPattern(FIELD_NAME);
		return text;
	}

}
