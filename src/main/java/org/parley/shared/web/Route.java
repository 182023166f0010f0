package org.parley.shared.web;

import java.util.Map;
import java.util.Set;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A request as its controller's mapping matched it, before anything is bound.
 *
 * @param method the HTTP method
 * @param pattern the matched pattern ({@code /api/v1/cases/{id}/moes/{moeId}})
 * @param variables the path variables, as sent
 */
public record Route(String method, String pattern, Map<String, String> variables) {

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	/** An id that no record has: what a path variable that is not a number names. */
	public static final long NO_RECORD = -1;

	public Route {
		variables = Map.copyOf(variables);
	}

	/** Whether the request may change something (not a GET, HEAD, OPTIONS or TRACE). */
	public boolean write() {
		return !READS.contains(this.method);
	}

	/**
	 * Whether the request acts on a record: a write, or the page of a form that writes
	 * ({@code .../new}, {@code .../edit}). A role that may not do the write does not get
	 * its form either.
	 */
	public boolean acts() {
		return write() || this.pattern.endsWith("/new") || this.pattern.endsWith("/edit");
	}

	/** The pattern without the API's prefix: pages and the API share their rules. */
	public String path() {
		return this.pattern.startsWith("/api/v1/") ? this.pattern.substring("/api/v1".length()) : this.pattern;
	}

	/**
	 * Whether the route's pattern (API prefix removed) is one of the given patterns, as
	 * written in a mapping ({@code /cases/{id}/**} matches {@code /cases/{id}} and every
	 * pattern below it).
	 */
	public boolean under(String pattern) {
		return PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path()));
	}

	/** Whether the path names a variable. */
	public boolean has(String variable) {
		return this.variables.containsKey(variable);
	}

	/** A path variable as an id; {@link #NO_RECORD} when it is not a number. */
	public long id(String variable) {
		String value = this.variables.get(variable);
		if (value == null || value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
			return NO_RECORD;
		}
		return Long.parseLong(value);
	}

}
