package org.parley.shared.web;

import java.util.List;

/**
 * The hostile values every form field and API property is fed, by the kind of value the
 * field holds: one place, so a new trick is added once and tried everywhere.
 */
final class HostileCorpus {

	/**
	 * Text: markup and script, SQL, control characters, bidi and combining, oversized.
	 */
	static final List<String> TEXT = List.of("<img src=x onerror=alert(1)>", "<script>window.__xss=1</script>",
			"'; DROP TABLE negotiation_case; --", "a\u0000b", "bell\u0007",
			"\u202Eevil\u202C \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
			"e\u0301\u0301\u0301\u0301 Zalgo\u0336", "x".repeat(20_001));

	/** Numbers: negative, huge, not a number. */
	static final List<String> NUMBER = List.of("-1", "99999999999999999999", "1e309", "abc", "");

	/** Dates: far past and future, other formats, not a date. */
	static final List<String> DATE = List.of("0001-01-01", "9999-12-31", "+100000-01-01", "31/12/2020", "not-a-date",
			"", "0000-01-01", "-0001-01-01", "+10000-01-01", "1000-01-01");

	/** Choices: outside the list, markup, empty. */
	static final List<String> CHOICE = List.of("NOT_A_CHOICE", "<b>x</b>", "1", "");

	/** Yes/no. */
	static final List<String> BOOLEAN = List.of("maybe", "2");

	/** Bodies that are not JSON, or not the JSON expected. */
	static final List<String> MALFORMED_JSON = List.of("{", "{\"a\":", "[1,2", "\"text\"", "{\"a\":\"\u0000\"}",
			"null");

	/** A multipart body that cannot be parsed (its boundary never closes). */
	static final String MALFORMED_MULTIPART = "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nabc";

	/** Accept headers the API cannot answer. */
	static final List<String> UNACCEPTABLE = List.of("text/csv", "image/png", "text/html");

	/** JSON of the wrong type for any field: an object, a list of lists. */
	static final List<String> WRONG_TYPE = List.of("{\"x\": 1}", "[[\"x\"]]");

	private HostileCorpus() {
	}

	static int size() {
		return TEXT.size() + NUMBER.size() + DATE.size() + CHOICE.size() + BOOLEAN.size() + MALFORMED_JSON.size() + 1
				+ UNACCEPTABLE.size();
	}

}
