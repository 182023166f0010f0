package org.parley.audit;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parley.shared.CurrentUser;
import org.parley.shared.TeamCalendar;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Audit entries and read records in the reader's words: record types, field labels and
 * choices as the modules' forms show them (each module's {@link AuditVocabulary}),
 * numbers as people write them, dates in the reader's language, moments in the teams'
 * time zone, records by their titles and people by their names. Redacted values stay
 * redacted; the values of a record the reader may not read ({@link AuditNeedToKnow}) are
 * hidden. Used by the history pages, the audit log and the dossier.
 */
@Service
public class AuditDescriptions {

	private final List<AuditVocabulary> vocabularies;

	private final List<AuditNeedToKnow> needToKnow;

	private final MessageSource messages;

	private final TeamCalendar calendar;

	private volatile Map<String, AuditedType> types;

	AuditDescriptions(List<AuditVocabulary> vocabularies, List<AuditNeedToKnow> needToKnow, MessageSource messages,
			TeamCalendar calendar) {
		this.vocabularies = vocabularies;
		this.needToKnow = needToKnow;
		this.messages = messages;
		this.calendar = calendar;
	}

	/**
	 * The entries in the reader's words, in the order given.
	 * @param reader who reads: decides which values stay hidden
	 */
	public List<DescribedEntry> describe(List<AuditEntryView> entries, Locale locale, CurrentUser reader) {
		DescriptionWords words = words(locale);
		List<AuditEntryView> visible = entries.stream().map((e) -> mayRead(e, reader) ? e : null).toList();
		words.prefetch(entries, visible);
		List<DescribedEntry> described = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			described.add(describe(entries.get(i), visible.get(i) == null, words));
		}
		return described;
	}

	/** What was read, in the reader's words. */
	public List<DescribedEntry> describeReads(List<ReadRecordView> reads, Locale locale) {
		DescriptionWords words = words(locale);
		Map<String, Set<String>> records = new HashMap<>();
		Set<String> people = new HashSet<>();
		for (ReadRecordView read : reads) {
			people.add(read.actor());
			if (read.entityType() != null && read.entityId() != null) {
				records.computeIfAbsent(read.entityType(), (t) -> new HashSet<>()).add(read.entityId());
			}
		}
		words.fetch(records, people);
		List<DescribedEntry> described = new ArrayList<>(reads.size());
		for (ReadRecordView read : reads) {
			ZonedDateTime when = read.occurredAt().atZone(this.calendar.zone());
			String title = (read.entityType() != null && read.entityId() != null)
					? words.knownTitle(read.entityType(), read.entityId()) : null;
			described.add(new DescribedEntry(null, read.occurredAt(), when, words.moment(when), read.actor(),
					words.person(read.actor()), read.action().name(),
					words.message("audit.read." + read.action().name()), read.entityType(), read.entityId(),
					kind(read.entityType(), locale), title, null, null, List.of(), false, read.caseId()));
		}
		return described;
	}

	/** A record by its title in the reader's language, or null if it has none. */
	public String title(String entityType, String id, Locale locale) {
		return words(locale).knownTitle(entityType, id);
	}

	/** A record type in words, or null for none. */
	public String kind(String entityType, Locale locale) {
		if (entityType == null) {
			return null;
		}
		AuditedType type = types().get(entityType);
		return (type != null) ? this.messages.getMessage(type.labelKey(), null, humanise(entityType), locale)
				: humanise(entityType);
	}

	/**
	 * Record types in words, sorted by their names in the reader's language: the choices
	 * of a "kind of record" filter.
	 * @param entityTypes the types to offer, or null for every type the modules declare
	 */
	public List<Kind> kinds(Collection<String> entityTypes, Locale locale) {
		Collection<String> offered = (entityTypes != null) ? entityTypes : types().keySet();
		return offered.stream()
			.map((t) -> new Kind(t, kind(t, locale)))
			.sorted(Comparator.comparing(Kind::label, java.text.Collator.getInstance(locale)))
			.toList();
	}

	/** People by their names (usernames unknown to the accounts stay as they are). */
	public Map<String, String> people(Set<String> usernames, Locale locale) {
		DescriptionWords words = words(locale);
		words.fetch(Map.of(), usernames);
		Map<String, String> named = new LinkedHashMap<>();
		usernames.stream().sorted().forEach((u) -> named.put(u, words.person(u)));
		return named;
	}

	/** Every declared type, by name: for coverage checks. */
	public Map<String, AuditedType> types() {
		Map<String, AuditedType> known = this.types;
		if (known == null) {
			known = new LinkedHashMap<>();
			for (AuditVocabulary vocabulary : this.vocabularies) {
				for (AuditedType type : vocabulary.types()) {
					known.put(type.name(), type);
				}
			}
			this.types = known;
		}
		return known;
	}

	/**
	 * The label of a field in the reader's language, or null when no module declares one.
	 */
	public String fieldLabel(String entityType, String field, Locale locale) {
		AuditedType type = types().get(entityType);
		if (type == null) {
			return null;
		}
		var pattern = type.patternLabel(field);
		if (pattern.isPresent()) {
			return this.messages.getMessage(pattern.get().getKey(), pattern.get().getValue(), null, locale);
		}
		for (String key : type.labelCandidates(field)) {
			String label = this.messages.getMessage(key, null, null, locale);
			if (label != null) {
				return label;
			}
		}
		return null;
	}

	/**
	 * One recorded value of a field as the history reads it (a choice by its label, a
	 * number as people write it, a record by its title).
	 */
	public String describeValue(String entityType, String field, String value, Locale locale) {
		AuditedType type = types().get(entityType);
		return words(locale).value(value, (type != null) ? type.formatOf(field) : ValueFormat.text());
	}

	/**
	 * The message keys a value's reading looked for and did not find: for coverage tests.
	 */
	Set<String> missingWords(String entityType, String field, String value, Locale locale) {
		DescriptionWords words = words(locale);
		describeValue(entityType, field, value, locale);
		AuditedType type = types().get(entityType);
		words.value(value, (type != null) ? type.formatOf(field) : ValueFormat.text());
		return words.missing;
	}

	private DescriptionWords words(Locale locale) {
		return new DescriptionWords(this, this.vocabularies, this.messages, this.calendar, locale);
	}

	private boolean mayRead(AuditEntryView entry, CurrentUser reader) {
		return reader == null || this.needToKnow.stream()
			.allMatch((n) -> n.mayReadValues(entry.entityType(), entry.teamId(), reader));
	}

	private DescribedEntry describe(AuditEntryView entry, boolean masked, DescriptionWords words) {
		boolean strict = this.needToKnow.stream().anyMatch((n) -> n.strictlyConfidential(entry));
		Locale locale = words.locale();
		AuditedType type = (entry.entityType() != null) ? types().get(entry.entityType()) : null;
		ZonedDateTime when = entry.occurredAt().atZone(this.calendar.zone());
		List<DescribedChange> changes = new ArrayList<>();
		List<String> order = (type != null) ? type.auditedFields() : List.of();
		List<String> fields = new ArrayList<>(entry.changes().keySet());
		fields.sort(Comparator.comparingInt((String f) -> {
			int at = order.indexOf(f);
			return (at < 0) ? Integer.MAX_VALUE : at;
		}).thenComparing(Comparator.naturalOrder()));
		for (String field : fields) {
			if (type != null && type.isHidden(field)) {
				continue;
			}
			changes.add(change(type, entry.entityType(), field, entry.changes().get(field), masked, strict, words));
		}
		String sentence = null;
		if (type != null && !masked) {
			sentence = type.sentence().of(entry.action(), entry.changes(), words);
		}
		String record = masked ? null : words.recordTitle(entry, type);
		String reason = (entry.reason() == null) ? null : masked ? words.message("audit.value.hidden") : entry.reason();
		return new DescribedEntry(entry.seq(), entry.occurredAt(), when, words.moment(when), entry.actor(),
				words.person(entry.actor()), entry.action().name(), words.message("audit.action." + entry.action()),
				entry.entityType(), entry.entityId(), kind(entry.entityType(), locale), record, sentence, reason,
				changes, masked, entry.caseId());
	}

	private DescribedChange change(AuditedType type, String entityType, String field, FieldChange change,
			boolean masked, boolean strict, DescriptionWords words) {
		String label = fieldLabel(entityType, field, words.locale());
		if (label == null) {
			label = this.messages.getMessage("history.field." + field, null, humanise(field), words.locale());
		}
		if (masked) {
			String hidden = words.message("audit.value.hidden");
			return new DescribedChange(field, label, (change.oldValue() != null) ? hidden : null,
					(change.newValue() != null) ? hidden : null, List.of(), List.of());
		}
		if (FieldChange.REDACTED.equals(change.oldValue()) || FieldChange.REDACTED.equals(change.newValue())) {
			String redacted = words.message(strict ? "audit.value.redacted.strict" : "audit.value.redacted");
			return new DescribedChange(field, label, null, redacted, List.of(), List.of());
		}
		ValueFormat format = (type != null) ? type.formatOf(field) : ValueFormat.text();
		if (format.isList() && looksLikeList(change.oldValue()) && looksLikeList(change.newValue())) {
			List<String> before = AuditLists.split(change.oldValue(), format.item());
			List<String> after = AuditLists.split(change.newValue(), format.item());
			List<String> removed = AuditLists.minus(before, after);
			List<String> added = AuditLists.minus(after, before);
			if (!added.isEmpty() || !removed.isEmpty()) {
				return new DescribedChange(field, label, null, null, words.each(added, format),
						words.each(removed, format));
			}
		}
		return new DescribedChange(field, label, words.value(change.oldValue(), format),
				words.value(change.newValue(), format), List.of(), List.of());
	}

	private static boolean looksLikeList(String value) {
		return value == null || (value.startsWith("[") && value.endsWith("]"));
	}

	/** "createdAt" → "Created at": better than the code when a label is missing. */
	static String humanise(String code) {
		String spaced = code.replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	/** The number format of a language as the teams write it (Spanish as in Mexico). */
	static Locale numbersOf(Locale locale) {
		if ("es".equals(locale.getLanguage()) && locale.getCountry().isEmpty()) {
			return Locale.forLanguageTag("es-MX");
		}
		return locale;
	}

	/**
	 * A record type in words, for a drop-down.
	 */
	public record Kind(String entityType, String label) {

	}

	/** The words of one description, with the titles and names it needs fetched once. */

}
