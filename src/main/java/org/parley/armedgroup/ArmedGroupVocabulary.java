package org.parley.armedgroup;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.parley.audit.AuditTitles;
import org.parley.audit.AuditVocabulary;
import org.parley.audit.AuditWords;
import org.parley.audit.AuditedType;
import org.parley.audit.ValueFormat;
import org.parley.reference.ReferenceList;
import org.parley.reference.ReferenceLists;
import org.parley.shared.web.Countries;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The words of the registry in the audit log: groups by their names, interlocutors by
 * their code names (never their real names), reference codes by their labels.
 */
@Component
class ArmedGroupVocabulary implements AuditVocabulary {

	private static final Pattern CODE = Pattern.compile("[a-z0-9_-]+");

	private static final Pattern LABEL = Pattern.compile("(?s)(.*?): (.*)");

	private static final Pattern PRESENCE = Pattern
		.compile("(?s)([A-Z]{2})(?: / (.*?))?(?: / (.*?))?: ([A-Z_]+|null)(?: since ([0-9]{4}-[0-9]{2}-[0-9]{2}))?");

	private static final Pattern PROMISE = Pattern.compile(
			"(?s)([0-9]{4}-[0-9]{2}-[0-9]{2}|null) ([A-Z_]+|null) \\((.*?)\\)(?: with (.*?))?, source: (.*?)(?:, document #[0-9]+)?");

	private static final Pattern RELATION = Pattern
		.compile("(?s)([A-Z_]+|null) ArmedGroup#([0-9]+|null) \\((.*?) – (.*?)\\), source: (.*)");

	private final NamedParameterJdbcTemplate jdbc;

	private final ReferenceLists references;

	private final Countries countries;

	ArmedGroupVocabulary(DataSource dataSource, ReferenceLists references, Countries countries) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.references = references;
		this.countries = countries;
	}

	@Override
	public List<AuditedType> types() {
		return List.of(
				AuditedType.of(ArmedGroup.class, "audit.type.ArmedGroup")
					.labels("armedgroup.field.", "audit.field.")
					.choices("armedgroup.")
					.format("categories", coded(ReferenceList.GROUP_CATEGORY))
					.format("tactics", coded(ReferenceList.TACTIC))
					.format("revenueSources", coded(ReferenceList.REVENUE_SOURCE))
					.format("labels", ValueFormat.of(ArmedGroupVocabulary::label).list(LABEL))
					.format("presence", ValueFormat.of(this::presence).list(PRESENCE))
					.format("commitments", ValueFormat.of(this::promise).list(PROMISE))
					.format("relations", ValueFormat.of(ArmedGroupVocabulary::relation).list(RELATION))
					.title("name"),
				AuditedType.of(Designation.class, "audit.type.Designation")
					.labels("armedgroup.designation.field.", "audit.field.")
					.choices("armedgroup.")
					.reference("groupId", "ArmedGroup")
					.title("listingName"),
				AuditedType.of(Interlocutor.class, "audit.type.Interlocutor")
					.labels("interlocutor.field.", "audit.field.")
					.choices("armedgroup.")
					.reference("teamId", "Team")
					.reference("armedGroupId", "ArmedGroup")
					.format("classification", ValueFormat.choice("classification."))
					.format("namedReviewers", ValueFormat.reference("UserAccount").list())
					.format("intermediaryType",
							ValueFormat.of((code, words) -> label(ReferenceList.INTERMEDIARY_TYPE, code, words)))
					.title("codeName"));
	}

	@Override
	public Map<String, String> titles(String entityType, Set<String> ids, Locale locale) {
		return switch (entityType) {
			case "ArmedGroup" ->
				AuditTitles.of(this.jdbc, "SELECT id, name AS title FROM armed_group WHERE id IN (:ids)", ids);
			case "Designation" -> AuditTitles.of(this.jdbc,
					"SELECT id, listing_name AS title FROM armed_group_designation WHERE id IN (:ids)", ids);
			case "Interlocutor" ->
				AuditTitles.of(this.jdbc, "SELECT id, code_name AS title FROM interlocutor WHERE id IN (:ids)", ids);
			default -> Map.of();
		};
	}

	private ValueFormat coded(ReferenceList list) {
		return ValueFormat.of((code, words) -> label(list, code, words)).list(CODE);
	}

	private String label(ReferenceList list, String code, AuditWords words) {
		return this.references.labels(list, words.locale()).getOrDefault(code, code);
	}

	private static String label(String item, AuditWords words) {
		Matcher m = LABEL.matcher(item);
		return m.matches() ? words.message("audit.item.labelled", m.group(1), m.group(2)) : item;
	}

	private String presence(String item, AuditWords words) {
		Matcher m = PRESENCE.matcher(item);
		if (!m.matches()) {
			return item;
		}
		StringBuilder place = new StringBuilder(this.countries.name(m.group(1)));
		for (int group = 2; group <= 3; group++) {
			if (m.group(group) != null) {
				place.append(" / ").append(m.group(group));
			}
		}
		String control = words.choice("armedgroup.ControlLevel.", m.group(4));
		return (m.group(5) != null) ? words.message("audit.item.presence.since", place, control, words.date(m.group(5)))
				: words.message("audit.item.labelled", place, control);
	}

	private String promise(String item, AuditWords words) {
		Matcher m = PROMISE.matcher(item);
		if (!m.matches()) {
			return item;
		}
		String theme = label(ReferenceList.COMMITMENT_THEME, m.group(3), words);
		return words.message("audit.item.group-commitment", words.date(m.group(1)),
				words.choice("armedgroup.CommitmentKind.", m.group(2)), theme, (m.group(4) != null) ? m.group(4) : "",
				m.group(5));
	}

	private static String relation(String item, AuditWords words) {
		Matcher m = RELATION.matcher(item);
		if (!m.matches()) {
			return item;
		}
		return words.message("audit.item.relation", words.choice("armedgroup.RelationKind.", m.group(1)),
				words.title("ArmedGroup", m.group(2)), m.group(3).isEmpty() ? "" : words.date(m.group(3)),
				m.group(4).isEmpty() ? "" : words.date(m.group(4)), m.group(5));
	}

}
