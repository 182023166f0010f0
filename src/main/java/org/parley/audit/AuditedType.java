package org.parley.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * The words for one audited record type: its name, the label of each field (as the
 * module's forms show it), how each field's values read, which fields mean nothing to a
 * reader (ids, versions, hashes), and what names a record when it no longer exists. How a
 * field reads is taken from its Java type where that says enough (an enum is a choice, a
 * {@link LocalDate} a date, a {@link BigDecimal} a number, a field ending in {@code By} a
 * person); ids of other records are declared with {@link #reference}.
 */
public final class AuditedType {

	private final String name;

	private final String labelKey;

	private final Class<?> entityClass;

	private final List<String> labelPrefixes = new ArrayList<>();

	private final Map<String, String> labelKeys = new HashMap<>();

	private final Map<Pattern, String> labelPatterns = new LinkedHashMap<>();

	private final Set<String> hidden = new LinkedHashSet<>();

	private final Set<String> references = new LinkedHashSet<>();

	private final Map<String, ValueFormat> formats = new HashMap<>();

	private final Map<Class<?>, String> choicePrefixes = new HashMap<>();

	private String choicePrefix;

	private final List<String> titleFields = new ArrayList<>();

	private Sentence sentence = (action, changes, words) -> null;

	private AuditedType(String name, String labelKey, Class<?> entityClass) {
		this.name = name;
		this.labelKey = labelKey;
		this.entityClass = entityClass;
	}

	/**
	 * An entity as the audit listener records it (by its simple class name).
	 * @param labelKey the message key of the type's name ("Negotiation round")
	 */
	public static AuditedType of(Class<?> entityClass, String labelKey) {
		return new AuditedType(entityClass.getSimpleName(), labelKey, entityClass);
	}

	/** A record type that is written to the log by hand, not an entity. */
	public static AuditedType named(String name, String labelKey) {
		return new AuditedType(name, labelKey, null);
	}

	/** Where to look for field labels: {@code prefix + field}, first found wins. */
	public AuditedType labels(String... prefixes) {
		this.labelPrefixes.addAll(List.of(prefixes));
		return this;
	}

	public AuditedType label(String field, String key) {
		this.labelKeys.put(field, key);
		return this;
	}

	/**
	 * Fields whose names follow a pattern ({@code answer 1.2}): the label is the message
	 * {@code key} with the pattern's groups as arguments.
	 */
	public AuditedType label(Pattern field, String key) {
		this.labelPatterns.put(field, key);
		return this;
	}

	/** Fields that mean nothing to a reader: left out of the history. */
	public AuditedType hide(String... fields) {
		this.hidden.addAll(List.of(fields));
		return this;
	}

	/**
	 * The module's prefix of enum labels: an enum {@code Stance} of the armed group
	 * module reads as {@code armedgroup.Stance.<CONSTANT>} with the prefix
	 * {@code armedgroup.}.
	 */
	public AuditedType choices(String modulePrefix) {
		this.choicePrefix = modulePrefix;
		return this;
	}

	/** The prefix of one enum's labels, where it does not follow the module's rule. */
	public AuditedType choices(Class<? extends Enum<?>> type, String prefix) {
		this.choicePrefixes.put(type, prefix);
		return this;
	}

	/** A field holding the id of a record (or a list of them), read as its title. */
	public AuditedType reference(String field, String entityType) {
		this.references.add(field);
		return format(field,
				isCollection(field) ? ValueFormat.reference(entityType).list(IDS) : ValueFormat.reference(entityType));
	}

	/** Fields holding usernames, read as people's names. */
	public AuditedType people(String... fields) {
		for (String field : fields) {
			format(field, ValueFormat.person());
		}
		return this;
	}

	public AuditedType format(String field, ValueFormat format) {
		this.formats.put(field, format);
		return this;
	}

	/**
	 * Fields that name the record (a title, a name), in order: a record that no longer
	 * exists is named by the last value its entries recorded.
	 */
	public AuditedType title(String... fields) {
		this.titleFields.addAll(List.of(fields));
		return this;
	}

	/** The sentence of an entry when the plain "created / changed …" says too little. */
	public AuditedType sentence(Sentence sentence) {
		this.sentence = sentence;
		return this;
	}

	public String name() {
		return this.name;
	}

	public String labelKey() {
		return this.labelKey;
	}

	public Optional<Class<?>> entityClass() {
		return Optional.ofNullable(this.entityClass);
	}

	List<String> titleFields() {
		return this.titleFields;
	}

	Sentence sentence() {
		return this.sentence;
	}

	/**
	 * Whether a field is left out: declared meaningless, or an id, a version or
	 * bookkeeping (an older entry may still hold it).
	 */
	public boolean isHidden(String field) {
		if (this.hidden.contains(field)) {
			return true;
		}
		Field javaField = field(field);
		return javaField != null && (javaField.isAnnotationPresent(Version.class)
				|| javaField.isAnnotationPresent(Id.class) || javaField.isAnnotationPresent(AuditIgnored.class));
	}

	/**
	 * The message key and arguments of a field's label, or empty if none is declared (the
	 * describer then looks the key up under each prefix).
	 */
	public List<String> labelCandidates(String field) {
		List<String> keys = new ArrayList<>();
		String explicit = this.labelKeys.get(field);
		if (explicit != null) {
			keys.add(explicit);
		}
		if (this.references.contains(field)) {
			// a form's label of an id ("Agreement (number)") says too little once the
			// record is named by its title
			keys.add("audit.field." + field);
		}
		for (String prefix : this.labelPrefixes) {
			keys.add(prefix + field);
		}
		return keys;
	}

	/** A label for fields that follow a declared pattern, with its arguments. */
	Optional<Map.Entry<String, Object[]>> patternLabel(String field) {
		for (Map.Entry<Pattern, String> pattern : this.labelPatterns.entrySet()) {
			Matcher matcher = pattern.getKey().matcher(field);
			if (matcher.matches()) {
				Object[] args = new Object[matcher.groupCount()];
				for (int i = 0; i < args.length; i++) {
					args[i] = matcher.group(i + 1);
				}
				return Optional.of(Map.entry(pattern.getValue(), args));
			}
		}
		return Optional.empty();
	}

	/** How the values of a field read: declared, or taken from its Java type. */
	public ValueFormat formatOf(String field) {
		ValueFormat declared = this.formats.get(field);
		if (declared != null) {
			return declared;
		}
		Field javaField = field(field);
		if (javaField == null) {
			return ValueFormat.text();
		}
		Class<?> type = javaField.getType();
		if (Collection.class.isAssignableFrom(type)) {
			Class<?> element = elementType(javaField.getGenericType());
			ValueFormat each = (element != null) ? scalar(field, element) : ValueFormat.text();
			return (element != null && element.isEnum()) ? each.list(CODES) : each.list();
		}
		return scalar(field, type);
	}

	/**
	 * Whether the format of a field was declared or its Java type says enough. A list of
	 * records or an embedded record needs a declared format; so does the id of another
	 * record.
	 */
	public boolean hasKnownFormat(String field) {
		if (this.formats.containsKey(field)) {
			return true;
		}
		Field javaField = field(field);
		if (javaField == null) {
			return true;
		}
		Class<?> type = javaField.getType();
		if (Collection.class.isAssignableFrom(type)) {
			type = elementType(javaField.getGenericType());
			if (type == null) {
				return false;
			}
		}
		if ((type == Long.class || type == long.class) && field.endsWith("Id")) {
			return false;
		}
		return type == String.class || org.parley.shared.RedactedValue.class.isAssignableFrom(type) || type.isEnum()
				|| type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Boolean.class || isMoment(type)
				|| type == LocalDate.class;
	}

	/** The fields the audit listener records for this type, ids and versions excepted. */
	public List<String> auditedFields() {
		List<String> fields = new ArrayList<>();
		for (Class<?> c = this.entityClass; c != null && c != Object.class; c = c.getSuperclass()) {
			for (Field field : c.getDeclaredFields()) {
				int modifiers = field.getModifiers();
				if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
						|| field.isAnnotationPresent(Transient.class) || field.isAnnotationPresent(AuditIgnored.class)
						|| field.isAnnotationPresent(Version.class) || field.isAnnotationPresent(Id.class)
						|| field.isSynthetic()) {
					continue;
				}
				fields.add(field.getName());
			}
		}
		return fields;
	}

	private ValueFormat scalar(String field, Class<?> type) {
		if (type.isEnum()) {
			String prefix = this.choicePrefixes.get(type);
			if (prefix == null) {
				prefix = ((this.choicePrefix != null) ? this.choicePrefix : "") + type.getSimpleName() + ".";
			}
			return ValueFormat.choice(prefix);
		}
		if (type == String.class) {
			return field.endsWith("By") ? ValueFormat.person() : ValueFormat.text();
		}
		if (type == Boolean.class || type == boolean.class) {
			return ValueFormat.yesNo();
		}
		if (type == LocalDate.class) {
			return ValueFormat.date();
		}
		if (isMoment(type)) {
			return ValueFormat.moment();
		}
		if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
			return ValueFormat.number();
		}
		return ValueFormat.text();
	}

	private static boolean isMoment(Class<?> type) {
		return type == Instant.class || type == OffsetDateTime.class || type == LocalDateTime.class;
	}

	private boolean isCollection(String field) {
		Field javaField = field(field);
		return javaField != null && Collection.class.isAssignableFrom(javaField.getType());
	}

	private Field field(String name) {
		for (Class<?> c = this.entityClass; c != null && c != Object.class; c = c.getSuperclass()) {
			try {
				return c.getDeclaredField(name);
			}
			catch (NoSuchFieldException ex) {
				// look in the superclass
			}
		}
		return null;
	}

	private static Class<?> elementType(Type generic) {
		if (generic instanceof ParameterizedType parameterized
				&& parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element;
		}
		return null;
	}

	private static final Pattern CODES = Pattern.compile("[A-Z0-9_]+");

	private static final Pattern IDS = Pattern.compile("([A-Za-z]+#)?[0-9]+");

	/**
	 * The sentence of an entry of this type, or null for the plain one.
	 */
	@FunctionalInterface
	public interface Sentence {

		String of(AuditAction action, Map<String, FieldChange> changes, AuditWords words);

	}

}
