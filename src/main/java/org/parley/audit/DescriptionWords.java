package org.parley.audit;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parley.shared.TeamCalendar;

import org.springframework.context.MessageSource;

/**
 * The words of one description run, in one language: labels, choices, numbers, dates and
 * the titles of records and names of people, fetched once per page of entries.
 */
final class DescriptionWords implements AuditWords {

	private final AuditDescriptions descriptions;

	private final List<AuditVocabulary> vocabularies;

	private final MessageSource messages;

	private final TeamCalendar calendar;

	private final Locale locale;

	private final Map<String, Map<String, String>> titles = new HashMap<>();

	private final Map<String, String> people = new HashMap<>();

	final Set<String> missing = new HashSet<>();

	DescriptionWords(AuditDescriptions descriptions, List<AuditVocabulary> vocabularies, MessageSource messages,
			TeamCalendar calendar, Locale locale) {
		this.descriptions = descriptions;
		this.vocabularies = vocabularies;
		this.messages = messages;
		this.calendar = calendar;
		this.locale = locale;
	}

	void prefetch(List<AuditEntryView> entries, List<AuditEntryView> visible) {
		Map<String, Set<String>> records = new HashMap<>();
		Set<String> usernames = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			AuditEntryView entry = entries.get(i);
			usernames.add(entry.actor());
			if (visible.get(i) == null) {
				continue;
			}
			if (entry.entityType() != null && entry.entityId() != null) {
				records.computeIfAbsent(entry.entityType(), (t) -> new HashSet<>()).add(entry.entityId());
			}
		}
		fetch(records, usernames);
	}

	void fetch(Map<String, Set<String>> records, Set<String> usernames) {
		records.forEach((type, ids) -> {
			Map<String, String> known = this.titles.computeIfAbsent(type, (t) -> new HashMap<>());
			Set<String> missing = new HashSet<>(ids);
			missing.removeAll(known.keySet());
			if (!missing.isEmpty()) {
				for (AuditVocabulary vocabulary : this.vocabularies) {
					known.putAll(vocabulary.titles(type, missing, this.locale));
				}
			}
		});
		Set<String> missing = new HashSet<>(usernames);
		missing.removeAll(this.people.keySet());
		missing.remove(null);
		if (!missing.isEmpty()) {
			for (AuditVocabulary vocabulary : this.vocabularies) {
				this.people.putAll(vocabulary.people(missing));
			}
		}
	}

	String recordTitle(AuditEntryView entry, AuditedType type) {
		if (entry.entityType() == null || entry.entityId() == null) {
			return null;
		}
		String known = knownTitle(entry.entityType(), entry.entityId());
		if (known != null || type == null) {
			return known;
		}
		for (String field : type.titleFields()) {
			FieldChange change = entry.changes().get(field);
			if (change != null) {
				String value = (change.newValue() != null) ? change.newValue() : change.oldValue();
				if (value != null && !FieldChange.REDACTED.equals(value)) {
					return value(value, type.formatOf(field));
				}
			}
		}
		return null;
	}

	String knownTitle(String entityType, String id) {
		Map<String, String> ofType = this.titles.get(entityType);
		if (ofType == null || !ofType.containsKey(id)) {
			fetch(Map.of(entityType, Set.of(id)), Set.of());
			ofType = this.titles.get(entityType);
		}
		return ofType.get(id);
	}

	String value(String value, ValueFormat format) {
		if (value == null) {
			return null;
		}
		if (format.isList() && value.startsWith("[") && value.endsWith("]")) {
			List<String> items = AuditLists.split(value, format.item());
			return items.isEmpty() ? message("audit.value.none") : String.join("; ", each(items, format));
		}
		try {
			return format.render().apply(value, this);
		}
		catch (RuntimeException ex) {
			return value;
		}
	}

	List<String> each(List<String> items, ValueFormat format) {
		List<String> read = new ArrayList<>(items.size());
		for (String item : items) {
			try {
				read.add(format.render().apply(item, this));
			}
			catch (RuntimeException ex) {
				read.add(item);
			}
		}
		return read;
	}

	String moment(ZonedDateTime when) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(this.locale)
			.format(when) + " " + DateTimeFormatter.ofPattern("zzz", this.locale).format(when);
	}

	@Override
	public Locale locale() {
		return this.locale;
	}

	@Override
	public String message(String key, Object... args) {
		return this.messages.getMessage(key, args, AuditDescriptions.humanise(key.substring(key.lastIndexOf('.') + 1)),
				this.locale);
	}

	@Override
	public String choice(String prefix, String code) {
		if (code == null || code.isEmpty() || "null".equals(code)) {
			return null;
		}
		String label = this.messages.getMessage(prefix + code, null, null, this.locale);
		if (label == null) {
			this.missing.add(prefix + code);
			return AuditDescriptions.humanise(code);
		}
		return label;
	}

	@Override
	public String number(String text) {
		if (text == null || "null".equals(text)) {
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(text.trim());
			NumberFormat format = NumberFormat.getNumberInstance(AuditDescriptions.numbersOf(this.locale));
			format.setMaximumFractionDigits(Math.max(0, number.stripTrailingZeros().scale()));
			return format.format(number);
		}
		catch (NumberFormatException ex) {
			return text;
		}
	}

	@Override
	public String date(String text) {
		if (text == null || "null".equals(text)) {
			return null;
		}
		try {
			return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
				.withLocale(this.locale)
				.format(LocalDate.parse(text.trim()));
		}
		catch (DateTimeParseException ex) {
			return text;
		}
	}

	@Override
	public String moment(String text) {
		if (text == null || "null".equals(text)) {
			return null;
		}
		try {
			Instant instant = text.endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant();
			return moment(instant.atZone(this.calendar.zone()));
		}
		catch (DateTimeParseException ex) {
			return text;
		}
	}

	@Override
	public String yesNo(String text) {
		if (text == null || "null".equals(text)) {
			return null;
		}
		return message(Boolean.parseBoolean(text.trim()) ? "audit.value.yes" : "audit.value.no");
	}

	@Override
	public String person(String username) {
		if (username == null) {
			return null;
		}
		if (Actors.SYSTEM.equals(username)) {
			return message("audit.actor.system");
		}
		String name = this.people.get(username);
		if (name == null && !this.people.containsKey(username)) {
			fetch(Map.of(), Set.of(username));
			name = this.people.get(username);
		}
		return (name != null) ? name : username;
	}

	@Override
	public String title(String entityType, String id) {
		if (id == null || "null".equals(id)) {
			return null;
		}
		String title = knownTitle(entityType, id);
		return (title != null) ? title : message("audit.record.gone", this.descriptions.kind(entityType, this.locale));
	}

}

/** Lists as the audit listener records them: {@code [a, b]}, items sorted. */
