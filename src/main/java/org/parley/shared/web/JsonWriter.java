package org.parley.shared.web;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes a value as JSON for a page's data attribute (a chart, a network map), so that
 * pages need no inline script under the Content-Security-Policy. Thymeleaf escapes the
 * result as an attribute value.
 */
@Component("jsonWriter")
public class JsonWriter {

	private final JsonMapper json;

	JsonWriter(JsonMapper json) {
		this.json = json;
	}

	public String write(Object value) {
		return this.json.writeValueAsString(value);
	}

}
