package org.parley.dossier.content;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * Puts records into the reader's words for the PDF: each field labelled as its form
 * labels it, each choice by its translated label, numbers and dates as people of the
 * reader's language write them, moments in the teams' time zone. Records are walked
 * through their components, so a field added to a step shows up in the dossier; a field
 * without a label shows under its name made readable, and is listed in
 * {@link #unlabelled()} (a test keeps that list empty for the demo cases).
 */
final class Words {

	/**
	 * Where the labels of each record's fields are (the key prefixes), by the record's
	 * simple name.
	 */
	private static final Map<String, List<String>> PREFIXES = Map.ofEntries(
			Map.entry("ConflictAnalysisForm", List.of("negotiation.analysis.")),
			Map.entry("CaseActor", List.of("negotiation.analysis.actor.")),
			Map.entry("AssessmentView", List.of("negotiation.assessment.")),
			Map.entry("AssessmentForm", List.of("negotiation.assessment.")),
			Map.entry("Influencer", List.of("negotiation.influencer.")),
			Map.entry("ObjectivesForm", List.of("negotiation.objectives.", "negotiation.objective.")),
			Map.entry("Objective", List.of("negotiation.objective.")),
			Map.entry("RedLine", List.of("negotiation.red-line.")), Map.entry("MoeView", List.of("negotiation.moe.")),
			Map.entry("MoeForm", List.of("negotiation.moe.")), Map.entry("RoundView", List.of("negotiation.round.")),
			Map.entry("RoundForm", List.of("negotiation.round.")),
			Map.entry("MeasurementView", List.of("negotiation.measurement.")),
			Map.entry("MeasurementForm", List.of("negotiation.measurement.")),
			Map.entry("EngagementForm", List.of("negotiation.engagement.")),
			Map.entry("TeamMember", List.of("negotiation.member.")),
			Map.entry("ClosureView", List.of("negotiation.closure.")),
			Map.entry("ClosureForm", List.of("negotiation.closure.")),
			Map.entry("DecisionView", List.of("negotiation.decision.field.", "negotiation.decision.")),
			Map.entry("MandateRedLine", List.of("negotiation.decision.red-line.")),
			Map.entry("LegalAssessmentView", List.of("negotiation.decision.assessment.")),
			Map.entry("AgreementDraft", List.of("agreement.field.")),
			Map.entry("VersionView", List.of("agreement.field.", "agreement.version.")),
			Map.entry("AgreementDetails", List.of("agreement.field.")),
			Map.entry("Commitment", List.of("agreement.commitment.")), Map.entry("Party", List.of("agreement.party.")),
			Map.entry("CheckView", List.of("agreement.check.")),
			Map.entry("ReviewView", List.of("agreement.monitoring.")),
			Map.entry("ScoreView", List.of("agreement.score.")),
			Map.entry("DisputeView", List.of("agreement.dispute.field.")),
			Map.entry("TransferView", List.of("transfer.field.")),
			Map.entry("Contact", List.of("agreement.dispute.contact.")),
			Map.entry("IncidentView", List.of("incident.field.", "incident")),
			Map.entry("AffectedPeople", List.of("incident.people.", "incident.field.")),
			Map.entry("Perpetrator", List.of("incident.perpetrator.")));

	/** Fields a person reading the dossier has no use for: ids, versions, flags. */
	private static final Set<String> SKIPPED = Set.of("id", "version", "caseId", "teamId", "agreementId", "moeId",
			"questionId", "checkId", "due", "overdue", "moves", "key", "commitmentKey", "groupId", "stamp",
			"inForceVersion", "caseVersion", "designationId", "interlocutorId", "roundId", "caseTitle");

	/**
	 * The flags of records whose strictly confidential values the reader may not read.
	 */
	private static final Set<String> REDACTION_FLAGS = Set.of("redacted", "risksRedacted", "answersRedacted");

	private final MessageSource messages;

	private final Locale locale;

	private final ZoneId zone;

	private final Map<String, Function<Object, String>> special;

	private final Set<String> unlabelled = new LinkedHashSet<>();

	private final DateTimeFormatter dates;

	private final DateTimeFormatter moments;

	/**
	 * @param special how to put some fields in words, by field name (the codenames of
	 * intermediaries)
	 */
	Words(MessageSource messages, Locale locale, ZoneId zone, Map<String, Function<Object, String>> special) {
		this.messages = messages;
		this.locale = locale;
		this.zone = zone;
		this.special = special;
		this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		this.moments = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", locale).withZone(zone);
	}

	Locale locale() {
		return this.locale;
	}

	ZoneId zone() {
		return this.zone;
	}

	/** Field labels that were missing from the bundles. */
	Set<String> unlabelled() {
		return this.unlabelled;
	}

	/** A message of the bundles in the reader's language. */
	String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	/** The first of the keys found in the bundles, or null. */
	String first(List<String> keys) {
		for (String key : keys) {
			try {
				return this.messages.getMessage(key, null, this.locale);
			}
			catch (NoSuchMessageException ex) {
				// try the next one
			}
		}
		return null;
	}

	/** The label of a record's field, as its form shows it. */
	String label(Class<?> owner, String field) {
		List<String> keys = new ArrayList<>();
		keys.add("dossier.label." + owner.getSimpleName() + "." + field);
		PREFIXES.getOrDefault(owner.getSimpleName(), List.of()).forEach((p) -> keys.add(p + field));
		keys.add("dossier.label." + field);
		String label = first(keys);
		if (label == null) {
			this.unlabelled.add(owner.getSimpleName() + "." + field);
			return readable(field);
		}
		return label;
	}

	/** A value in words: choices translated, numbers and dates localised. */
	String value(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof String text) {
			return text;
		}
		if (value instanceof Enum<?> choice) {
			return choice(choice);
		}
		if (value instanceof Boolean yes) {
			return msg(yes ? "dossier.yes" : "dossier.no");
		}
		if (value instanceof BigDecimal number) {
			NumberFormat format = NumberFormat.getNumberInstance(this.locale);
			format.setMaximumFractionDigits(4);
			return format.format(number);
		}
		if (value instanceof Number number) {
			return NumberFormat.getIntegerInstance(this.locale).format(number);
		}
		if (value instanceof LocalDate day) {
			return date(day);
		}
		if (value instanceof Instant moment) {
			return moment(moment);
		}
		if (value instanceof Collection<?> items) {
			List<String> words = new ArrayList<>();
			items.forEach((item) -> words.add(value(item)));
			return String.join(", ", words);
		}
		if (value.getClass().isRecord()) {
			List<String> parts = new ArrayList<>();
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				String part = value(read(component, value));
				if (!part.isBlank() && !SKIPPED.contains(component.getName())) {
					parts.add(part);
				}
			}
			return String.join(" · ", parts);
		}
		return value.toString();
	}

	String date(TemporalAccessor day) {
		return (day != null) ? this.dates.format(day) : "";
	}

	String moment(Instant moment) {
		return (moment != null) ? this.moments.format(moment) : "";
	}

	/** A choice by its label: {@code <module>.<Type>.<NAME>}, as the forms show it. */
	String choice(Enum<?> choice) {
		Class<?> type = choice.getDeclaringClass();
		String module = type.getPackageName().replaceFirst("^org\\.parley\\.([a-z]+).*$", "$1");
		List<String> keys = new ArrayList<>();
		keys.add("dossier.choice." + type.getSimpleName() + "." + choice.name());
		try {
			keys.add((String) type.getMethod("messageKey").invoke(choice));
		}
		catch (ReflectiveOperationException | ClassCastException ex) {
			// no key of its own: by the naming rule
		}
		keys.add(module + "." + type.getSimpleName() + "." + choice.name());
		if (type.getEnclosingClass() != null) {
			String outer = type.getEnclosingClass().getSimpleName().replace("Status", "");
			keys.add(module + "." + outer + type.getSimpleName() + "." + choice.name());
		}
		String label = first(keys);
		if (label == null) {
			this.unlabelled.add(type.getSimpleName() + "." + choice.name());
			return readable(choice.name().toLowerCase(Locale.ROOT));
		}
		return label;
	}

	/**
	 * The fields of a record as blocks: scalar fields as labelled values, lists of
	 * records as tables (or groups, when their rows hold records), records as groups. A
	 * field named {@code content} is the record's own content and is shown inline; blank
	 * fields are left out.
	 */
	List<Block> describe(Object record) {
		List<Block> blocks = new ArrayList<>();
		if (record == null || !record.getClass().isRecord()) {
			return blocks;
		}
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			String name = component.getName();
			if (SKIPPED.contains(name)) {
				continue;
			}
			Object value = read(component, record);
			if (REDACTION_FLAGS.contains(name)) {
				// Strictly confidential values the reader may not read (decision 0022).
				if (Boolean.TRUE.equals(value)) {
					blocks.add(new Block.Field(msg("classification.field"), msg("classification.redacted.value")));
				}
				continue;
			}
			if (value == null || (value instanceof String s && s.isBlank())
					|| (value instanceof Collection<?> c && c.isEmpty())) {
				continue;
			}
			if ("content".equals(name) || "conflictAnalysis".equals(name) || "engagement".equals(name)
					|| "objectives".equals(name) || "closure".equals(name)) {
				if (value.getClass().isRecord()) {
					blocks.addAll(describe(value));
					continue;
				}
			}
			String label = label(record.getClass(), name);
			if (this.special.containsKey(name)) {
				blocks.add(new Block.Field(label, this.special.get(name).apply(value)));
			}
			else if (value instanceof Collection<?> items && items.iterator().next() != null
					&& items.iterator().next().getClass().isRecord()) {
				blocks.add(list(label, items));
			}
			else if (value.getClass().isRecord()) {
				blocks.add(new Block.Group(label, describe(value)));
			}
			else {
				blocks.add(new Block.Field(label, value(value)));
			}
		}
		return blocks;
	}

	/**
	 * A list of records: a table when each row is flat (a record in a row is its inline
	 * content), else a group per row.
	 */
	Block list(String title, Collection<?> items) {
		Object sample = items.iterator().next();
		List<RecordComponent> columns = columns(sample.getClass());
		boolean flat = columns.stream()
			.noneMatch((c) -> (Collection.class.isAssignableFrom(c.getType()) && !flatList(c))
					|| (c.getType().isRecord()) || isLongText(c.getName()));
		if (flat && columns.size() <= 8) {
			List<String> headers = columns.stream().map((c) -> label(owner(c), c.getName())).toList();
			List<List<String>> rows = new ArrayList<>();
			for (Object item : items) {
				List<String> row = new ArrayList<>();
				for (RecordComponent c : columns) {
					row.add(cell(c, item));
				}
				rows.add(row);
			}
			return new Block.Table(title, headers, rows);
		}
		List<Block> groups = new ArrayList<>();
		int n = 0;
		for (Object item : items) {
			n++;
			groups.add(new Block.Group(title + " " + n, describe(item)));
		}
		return new Block.Group(title, groups);
	}

	private String cell(RecordComponent column, Object item) {
		Object holder = item;
		for (RecordComponent c : item.getClass().getRecordComponents()) {
			if ("content".equals(c.getName()) && c.getType().isRecord()) {
				Object content = read(c, item);
				if (column.getDeclaringRecord().equals(c.getType())) {
					holder = content;
				}
			}
		}
		if (holder == null) {
			return "";
		}
		Object value = read(column, holder);
		return this.special.containsKey(column.getName()) ? this.special.get(column.getName()).apply(value)
				: value(value);
	}

	/** A record's visible columns, those of its {@code content} inline. */
	private static List<RecordComponent> columns(Class<?> type) {
		List<RecordComponent> columns = new ArrayList<>();
		for (RecordComponent c : type.getRecordComponents()) {
			if (SKIPPED.contains(c.getName())) {
				continue;
			}
			if ("content".equals(c.getName()) && c.getType().isRecord()) {
				columns.addAll(columns(c.getType()));
			}
			else {
				columns.add(c);
			}
		}
		return columns;
	}

	private static Class<?> owner(RecordComponent component) {
		return component.getDeclaringRecord();
	}

	private static boolean flatList(RecordComponent component) {
		return component.getGenericType() instanceof java.lang.reflect.ParameterizedType p
				&& p.getActualTypeArguments()[0] instanceof Class<?> item && !item.isRecord();
	}

	private static boolean isLongText(String name) {
		return Set
			.of("asked", "offered", "arguments", "agreed", "disagreed", "outcome", "narrative", "reasoning",
					"relations", "notes", "motives", "positions", "reason", "evidence", "summary", "fullText")
			.contains(name);
	}

	private static Object read(RecordComponent component, Object record) {
		try {
			java.lang.reflect.Method accessor = component.getAccessor();
			accessor.setAccessible(true);
			return accessor.invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component, ex);
		}
	}

	/** {@code territorialControl} → {@code territorial control}. */
	static String readable(String name) {
		String spaced = name.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
		return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
