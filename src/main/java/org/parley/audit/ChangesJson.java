package org.parley.audit;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical text of an entry's changed fields: {@code {"field":{"old":..,"new":..}}},
 * fields in name order, no whitespace. It is written by hand rather than by a JSON
 * library so that the bytes that are hashed never change with a library upgrade.
 */
final class ChangesJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ChangesJson() {
	}

	static String write(SortedMap<String, FieldChange> changes) {
		StringBuilder json = new StringBuilder("{");
		Iterator<Map.Entry<String, FieldChange>> entries = changes.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<String, FieldChange> entry = entries.next();
			string(json, entry.getKey());
			json.append(":{\"old\":");
			string(json, entry.getValue().oldValue());
			json.append(",\"new\":");
			string(json, entry.getValue().newValue());
			json.append('}');
			if (entries.hasNext()) {
				json.append(',');
			}
		}
		return json.append('}').toString();
	}

	static Map<String, FieldChange> read(String json) {
		Map<String, FieldChange> changes = new LinkedHashMap<>();
		JsonNode root = MAPPER.readTree(json);
		for (Map.Entry<String, JsonNode> field : root.properties()) {
			JsonNode change = field.getValue();
			changes.put(field.getKey(), new FieldChange(text(change.get("old")), text(change.get("new"))));
		}
		return changes;
	}

	private static String text(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asString();
	}

	private static void string(StringBuilder json, String value) {
		if (value == null) {
			json.append("null");
			return;
		}
		json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

}
