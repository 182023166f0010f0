package org.parley.shared.web;

import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * The values a handler binds, read from its signature (so a new field meets the
 * {@link HostileCorpus} without being listed): its request parameters, the components of
 * its form record or JSON body, nested records and the first row of lists of records
 * included ({@code actors[0].kind}), each with the kind of value it holds.
 *
 * @param fields what the handler binds
 * @param body whether it reads a JSON body
 */
record BoundFields(List<Field> fields, boolean body) {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Pattern SEGMENT = Pattern.compile("([^.\\[]*)(?:\\[(\\d+)])?");

	static BoundFields of(HandlerMethod handler) {
		List<Field> fields = new ArrayList<>();
		boolean body = false;
		for (Parameter parameter : handler.getMethod().getParameters()) {
			Class<?> type = parameter.getType();
			if (parameter.isAnnotationPresent(PathVariable.class) || MultipartFile.class.isAssignableFrom(type)
					|| parameter.getAnnotations().length > 0 && !parameter.isAnnotationPresent(RequestParam.class)
							&& !parameter.isAnnotationPresent(ModelAttribute.class)
							&& !parameter.isAnnotationPresent(RequestBody.class)
							&& !parameter.isAnnotationPresent(jakarta.validation.Valid.class)) {
				continue;
			}
			RequestParam param = parameter.getAnnotation(RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name()
						: !param.value().isEmpty() ? param.value() : parameter.getName();
				Kind kind = Kind.of(type, parameter.getParameterizedType());
				if (kind != null) {
					fields.add(new Field(name, kind, Location.PARAM, element(type, parameter.getParameterizedType()),
							Collection.class.isAssignableFrom(type)));
				}
			}
			else if (parameter.isAnnotationPresent(RequestBody.class)) {
				body = true;
				Class<?> row = element(type, parameter.getParameterizedType());
				components(row, (row != type) ? "[0]." : "", fields, Location.BODY, 0);
			}
			else if (type.isRecord()) {
				components(type, "", fields, Location.PARAM, 0);
			}
		}
		return new BoundFields(List.copyOf(fields), body);
	}

	List<Field> of(Location location) {
		return this.fields.stream().filter((f) -> f.location() == location).toList();
	}

	List<Kind> kinds() {
		return this.fields.stream().map(Field::kind).distinct().toList();
	}

	/**
	 * The JSON body: the base (the record as stored, or nothing) with the hostile values.
	 * A field the base lacks (the key, not only its value) takes a plausible value, where
	 * the object that holds it is there: rows the record has none of stay out.
	 */
	JsonNode json(JsonNode base, Map<Field, JsonNode> hostile) {
		JsonNode body = (base != null) ? base.deepCopy()
				: this.fields.stream().anyMatch((f) -> f.name().startsWith("[")) ? NODES.arrayNode()
						: NODES.objectNode();
		hostile.forEach((field, value) -> {
			if (field.location() == Location.BODY) {
				set(body, field.name(), value);
			}
		});
		for (Field field : of(Location.BODY)) {
			if (!hostile.containsKey(field) && (base == null || lacks(body, field.name()))) {
				set(body, field.name(), field.json(field.baseline()));
			}
		}
		return body;
	}

	private static boolean lacks(JsonNode root, String name) {
		JsonNode node = root;
		List<Object> steps = steps(name);
		for (Object step : steps.subList(0, steps.size() - 1)) {
			node = (step instanceof Integer index) ? node.get(index) : node.get((String) step);
			if (node == null || !node.isContainer()) {
				return false;
			}
		}
		Object last = steps.get(steps.size() - 1);
		return (last instanceof Integer index) ? node.get(index) == null : !node.has((String) last);
	}

	/**
	 * What of a record's JSON the body's fields match best (the object, or the list of
	 * rows, with most of their names), as a body: the record's values as they are stored.
	 * Null when nothing matches.
	 */
	JsonNode closest(JsonNode record) {
		boolean rows = this.fields.stream().anyMatch((f) -> f.name().startsWith("["));
		Set<String> names = new LinkedHashSet<>();
		of(Location.BODY).forEach((f) -> names.add(steps(f.name()).stream()
			.filter(String.class::isInstance)
			.map(String.class::cast)
			.findFirst()
			.orElse("")));
		JsonNode best = null;
		int score = 0;
		List<JsonNode> nodes = new ArrayList<>(List.of(record));
		for (int i = 0; i < nodes.size(); i++) {
			JsonNode node = nodes.get(i);
			node.forEach(nodes::add);
			JsonNode row = rows ? (node.isArray() && !node.isEmpty() ? node.get(0) : null) : node;
			if (row == null || !row.isObject()) {
				continue;
			}
			int matched = (int) row.propertyNames().stream().filter(names::contains).count();
			if (matched > score) {
				best = node;
				score = matched;
			}
		}
		if (best == null) {
			return null;
		}
		JsonNode body = best.deepCopy();
		if (rows) {
			body.forEach((row) -> ((ObjectNode) row).retain(names));
			return body;
		}
		((ObjectNode) body).retain(names);
		// Lists the record shows beside the part that matched (a group's labels).
		for (String name : names) {
			JsonNode elsewhere = record.findValue(name);
			if (body.path(name).isEmpty() && elsewhere != null && elsewhere.isArray() && !elsewhere.isEmpty()
					&& elsewhere.get(0).isObject()) {
				((ObjectNode) body).set(name, elsewhere.deepCopy());
			}
		}
		return body;
	}

	/** Sets a field's node, making the objects and rows on the way. */
	static void set(JsonNode root, String name, JsonNode value) {
		List<Object> steps = steps(name);
		JsonNode node = root;
		for (int i = 0; i < steps.size(); i++) {
			Object step = steps.get(i);
			boolean last = i == steps.size() - 1;
			JsonNode next = last ? value
					: (steps.get(i + 1) instanceof Integer) ? NODES.arrayNode() : NODES.objectNode();
			JsonNode existing = (step instanceof Integer index) ? node.get(index) : node.get((String) step);
			if (!last && existing != null && existing.isContainer()) {
				node = existing;
				continue;
			}
			if (step instanceof Integer index) {
				ArrayNode array = (ArrayNode) node;
				while (array.size() <= index) {
					array.addNull();
				}
				array.set(index, next);
			}
			else {
				((ObjectNode) node).set((String) step, next);
			}
			node = next;
		}
	}

	private static List<Object> steps(String name) {
		List<Object> steps = new ArrayList<>();
		for (String part : name.split("\\.")) {
			Matcher matcher = SEGMENT.matcher(part);
			if (matcher.matches()) {
				if (!matcher.group(1).isEmpty()) {
					steps.add(matcher.group(1));
				}
				if (matcher.group(2) != null) {
					steps.add(Integer.valueOf(matcher.group(2)));
				}
			}
		}
		return steps;
	}

	private static void components(Class<?> type, String prefix, List<Field> fields, Location location, int depth) {
		if (!type.isRecord() || depth > 2) {
			return;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			Class<?> raw = component.getType();
			Kind kind = Kind.of(raw, component.getGenericType());
			Class<?> element = element(raw, component.getGenericType());
			if (kind != null) {
				fields.add(new Field(prefix + component.getName(), kind, location, element,
						Collection.class.isAssignableFrom(raw)));
			}
			else if (element.isRecord()) {
				String row = (element != raw) ? "[0]" : "";
				components(element, prefix + component.getName() + row + ".", fields, location, depth + 1);
			}
		}
	}

	/** The type of a collection's elements, or the type itself. */
	private static Class<?> element(Class<?> type, Type generic) {
		if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType parameterized
				&& parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element;
		}
		return type;
	}

	enum Location {

		PARAM, BODY

	}

	enum Kind {

		TEXT, NUMBER, DATE, CHOICE, BOOLEAN;

		static Kind of(Class<?> type, Type generic) {
			Class<?> element = element(type, generic);
			if (element != type) {
				Kind kind = of(element, element);
				return (kind == TEXT || kind == CHOICE || kind == NUMBER) ? kind : null;
			}
			Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
			if (boxed == String.class) {
				return TEXT;
			}
			if (Number.class.isAssignableFrom(boxed)) {
				return NUMBER;
			}
			if (Temporal.class.isAssignableFrom(boxed)) {
				return DATE;
			}
			if (boxed.isEnum()) {
				return CHOICE;
			}
			if (boxed == Boolean.class) {
				return BOOLEAN;
			}
			return null;
		}

	}

	/**
	 * A bound value.
	 *
	 * @param type the type of the value (of each element, when {@code many})
	 * @param many a collection of such values
	 */
	record Field(String name, Kind kind, Location location, Class<?> type, boolean many) {

		List<String> corpus() {
			return switch (this.kind) {
				case TEXT -> HostileCorpus.TEXT;
				case NUMBER -> HostileCorpus.NUMBER;
				case DATE -> HostileCorpus.DATE;
				case CHOICE -> HostileCorpus.CHOICE;
				case BOOLEAN -> HostileCorpus.BOOLEAN;
			};
		}

		String baseline() {
			return switch (this.kind) {
				case TEXT -> "Prueba";
				case NUMBER -> "1";
				case DATE -> "2025-01-15";
				case CHOICE -> (this.type.isEnum()) ? ((Enum<?>) this.type.getEnumConstants()[0]).name() : "x";
				case BOOLEAN -> "true";
			};
		}

		/**
		 * The value as a JSON body carries it: numbers and booleans bare when they are,
		 * in a list when the field holds several.
		 */
		JsonNode json(String value) {
			JsonNode node = NODES.stringNode(value);
			if (this.kind == Kind.NUMBER && value.matches("-?[0-9.eE+]+")) {
				node = NODES.numberNode(new BigDecimal(value));
			}
			if (this.kind == Kind.BOOLEAN && (value.equals("true") || value.equals("false"))) {
				node = NODES.booleanNode(Boolean.parseBoolean(value));
			}
			return this.many ? NODES.arrayNode().add(node) : node;
		}

	}

}
