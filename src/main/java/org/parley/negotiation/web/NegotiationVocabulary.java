package org.parley.negotiation.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.parley.audit.AuditAction;
import org.parley.audit.AuditTitles;
import org.parley.audit.AuditVocabulary;
import org.parley.audit.AuditWords;
import org.parley.audit.AuditedType;
import org.parley.audit.FieldChange;
import org.parley.audit.ValueFormat;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.casefile.CaseTransition;
import org.parley.negotiation.casefile.EngagementDecision;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.questions.GuidingQuestion;
import org.parley.negotiation.questions.GuidingQuestionSet;
import org.parley.negotiation.step.analysis.ConflictAnalysis;
import org.parley.negotiation.step.engagement.EngagementPlan;
import org.parley.negotiation.step.group.GroupAssessment;
import org.parley.negotiation.step.measures.MeasureOfEffectiveness;
import org.parley.negotiation.step.measures.MoeMeasurement;
import org.parley.negotiation.step.objectives.ObjectivesSheet;
import org.parley.negotiation.step.rounds.NegotiationRound;
import org.parley.shared.web.Countries;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The words of the case records in the audit log: labels as the case's forms and steps
 * show them, and each record named by what it is about (a case by its title, a measure by
 * its indicator, a round by its date).
 */
@Component
class NegotiationVocabulary implements AuditVocabulary {

	private static final Pattern ACTOR = Pattern.compile("(?s)([A-Z_]+) (.*?)(?:: (.*))?");

	private static final Pattern ISLAND = Pattern.compile("(?s)([A-Z_]+): (.*)");

	private static final Pattern OBJECTIVE = Pattern.compile("(?s)(.*) \\[([A-Z_]+|null)\\](?: / (.*))?");

	private static final Pattern RED_LINE = Pattern.compile("(?s)(?:\\[([a-z0-9-]+)\\] )?(.*)");

	private static final Pattern ASSESSMENT = Pattern
		.compile("(?s)([A-Z_]+) ([A-Z_]+|null) ([A-Z_]+|null) (true|false): (.*)");

	private static final Pattern INFLUENCER = Pattern.compile("(?s)(.*) \\((.*), ([A-Z_]+|null), ([A-Z_]+|null)\\)");

	private static final Pattern MEMBER = Pattern.compile("(?s)[^,]+(?: \\(.*\\))?");

	private final NamedParameterJdbcTemplate jdbc;

	private final MessageSource messages;

	private final Countries countries;

	NegotiationVocabulary(DataSource dataSource, MessageSource messages, Countries countries) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.messages = messages;
		this.countries = countries;
	}

	@Override
	public List<AuditedType> types() {
		ValueFormat country = ValueFormat.of((code, words) -> this.countries.name(code));
		return List.of(
				sheet(NegotiationCase.class).labels("negotiation.case.field.", "audit.field.")
					.choices(MethodStep.class, "negotiation.step.")
					.reference("groupIds", "ArmedGroup")
					.people("leadNegotiator")
					.format("country", country)
					.format("classification", ValueFormat.choice("classification."))
					.format("namedReviewers", ValueFormat.reference("UserAccount").list())
					.label(Pattern.compile("answer ([0-9.]+)"), "history.answer")
					.label("moe", "audit.field.NegotiationCase.moe")
					.title("title")
					.sentence(NegotiationVocabulary::caseSentence),
				AuditedType.of(CaseTransition.class, "audit.type.CaseTransition")
					.labels("audit.field.CaseTransition.", "audit.field.")
					.choices("negotiation.")
					.choices(MethodStep.class, "negotiation.step.")
					.reference("caseId", "NegotiationCase")
					.reference("teamId", "Team")
					.people("actor")
					.hide("fromStep", "toStep", "kind", "actor", "occurredAt")
					.sentence(NegotiationVocabulary::transitionSentence),
				AuditedType.of(EngagementDecision.class, "history.type.EngagementDecision")
					.labels("negotiation.decision.field.", "audit.field.EngagementDecision.", "audit.field.")
					.choices("negotiation.")
					.reference("caseId", "NegotiationCase")
					.reference("teamId", "Team")
					.format("redLines", ValueFormat.of(NegotiationVocabulary::redLine).list(RED_LINE))
					.format("assessments", ValueFormat.of(NegotiationVocabulary::assessment).list(ASSESSMENT))
					.sentence(NegotiationVocabulary::decisionSentence),
				sheet(ConflictAnalysis.class).labels("negotiation.analysis.", "audit.field.")
					.format("actors", ValueFormat.of(NegotiationVocabulary::actor).list(ACTOR))
					.format("island", ValueFormat.of(NegotiationVocabulary::island).list(ISLAND)),
				sheet(ObjectivesSheet.class).labels("negotiation.objectives.", "audit.field.")
					.format("objectives", ValueFormat.of(NegotiationVocabulary::objective).list(OBJECTIVE))
					.format("redLines", ValueFormat.of(NegotiationVocabulary::redLine).list(RED_LINE)),
				sheet(EngagementPlan.class).labels("negotiation.engagement.", "audit.field.")
					.format("members", ValueFormat.text().list(MEMBER))
					.reference("intermediaryIds", "Interlocutor"),
				AuditedType.of(GroupAssessment.class, "history.type.GroupAssessment")
					.labels("negotiation.assessment.", "audit.field.")
					.choices("negotiation.")
					.reference("caseId", "NegotiationCase")
					.reference("teamId", "Team")
					.reference("groupId", "ArmedGroup")
					.format("influencers", ValueFormat.of(NegotiationVocabulary::influencer).list(INFLUENCER)),
				AuditedType.of(MeasureOfEffectiveness.class, "history.type.MeasureOfEffectiveness")
					.labels("negotiation.moe.", "audit.field.")
					.reference("caseId", "NegotiationCase")
					.reference("teamId", "Team")
					.title("indicator"),
				AuditedType.of(MoeMeasurement.class, "history.type.MoeMeasurement")
					.labels("negotiation.measurement.", "audit.field.")
					.reference("caseId", "NegotiationCase")
					.reference("teamId", "Team")
					.reference("moeId", "MeasureOfEffectiveness"),
				AuditedType.of(NegotiationRound.class, "history.type.NegotiationRound")
					.labels("negotiation.round.", "audit.field.")
					.choices("negotiation.")
					.format("classification", ValueFormat.choice("classification."))
					.reference("caseId", "NegotiationCase")
					.reference("teamId", "Team"),
				AuditedType.of(GuidingQuestionSet.class, "audit.type.GuidingQuestionSet")
					.labels("audit.field.GuidingQuestionSet.", "audit.field."),
				AuditedType.of(GuidingQuestion.class, "audit.type.GuidingQuestion")
					.labels("audit.field.GuidingQuestion.", "audit.field.")
					.choices(MethodStep.class, "negotiation.step.")
					.reference("setId", "GuidingQuestionSet")
					.hide("textEn", "textEs", "textFr")
					.title("textEn"));
	}

	/** The sheets of a case's steps, filed under the case's own id. */
	private static AuditedType sheet(Class<?> type) {
		String key = (type == NegotiationCase.class) ? "audit.type.NegotiationCase"
				: "history.type." + type.getSimpleName();
		return AuditedType.of(type, key)
			.choices("negotiation.")
			.reference("teamId", "Team")
			.reference("caseId", "NegotiationCase");
	}

	@Override
	public Map<String, String> titles(String entityType, Set<String> ids, Locale locale) {
		return switch (entityType) {
			case "NegotiationCase", "ConflictAnalysis", "ObjectivesSheet", "EngagementPlan" ->
				AuditTitles.of(this.jdbc, "SELECT id, title FROM negotiation_case WHERE id IN (:ids)", ids);
			case "MeasureOfEffectiveness" ->
				AuditTitles.of(this.jdbc, "SELECT id, indicator AS title FROM case_moe WHERE id IN (:ids)", ids);
			case "MoeMeasurement" -> dated(AuditTitles.of(this.jdbc, """
					SELECT m.id, o.indicator || '|' || m.measured_on AS title
					FROM moe_measurement m JOIN case_moe o ON o.id = m.moe_id WHERE m.id IN (:ids)""", ids),
					"audit.title.MoeMeasurement", locale);
			case "NegotiationRound" -> dated(
					AuditTitles.of(this.jdbc,
							"SELECT id, '|' || held_on AS title FROM negotiation_round WHERE id IN (:ids)", ids),
					"audit.title.NegotiationRound", locale);
			case "GroupAssessment" -> dated(AuditTitles.of(this.jdbc,
					"SELECT id, '|' || assessed_on AS title FROM case_group_assessment WHERE id IN (:ids)", ids),
					"audit.title.GroupAssessment", locale);
			case "EngagementDecision" -> dated(AuditTitles.of(this.jdbc, """
					SELECT id, '|' || (requested_at AT TIME ZONE 'UTC')::date AS title
					FROM engagement_decision WHERE id IN (:ids)""", ids), "audit.title.EngagementDecision", locale);
			case "GuidingQuestionSet" -> AuditTitles
				.of(this.jdbc, "SELECT id, version_no::text AS title FROM guiding_question_set WHERE id IN (:ids)", ids)
				.entrySet()
				.stream()
				.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, (e) -> this.messages
					.getMessage("audit.title.GuidingQuestionSet", new Object[] { e.getValue() }, locale)));
			case "GuidingQuestion" -> AuditTitles.of(this.jdbc,
					"SELECT id, " + questionText(locale) + " AS title FROM guiding_question WHERE id IN (:ids)", ids);
			default -> Map.of();
		};
	}

	/** The column of a guiding question's text in the reader's language. */
	private static String questionText(Locale locale) {
		return switch (locale.getLanguage()) {
			case "es" -> "text_es";
			case "fr" -> "text_fr";
			default -> "text_en";
		};
	}

	/** Titles read from "prefix|date" as a message with the prefix and the date. */
	private Map<String, String> dated(Map<String, String> raw, String key, Locale locale) {
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		Map<String, String> titles = new java.util.HashMap<>();
		raw.forEach((id, text) -> {
			int bar = text.lastIndexOf('|');
			String date = text.substring(bar + 1);
			String formatted = date.isEmpty() ? "" : format.format(LocalDate.parse(date));
			titles.put(id, this.messages.getMessage(key, new Object[] { formatted, text.substring(0, bar) }, locale));
		});
		return titles;
	}

	private static String caseSentence(AuditAction action, Map<String, FieldChange> changes, AuditWords words) {
		if (action != AuditAction.STATE_CHANGE) {
			return null;
		}
		FieldChange status = changes.get("status");
		if (status != null && status.newValue() != null) {
			return words.message("audit.sentence.case.status",
					words.choice("negotiation.CaseStatus.", status.newValue()));
		}
		FieldChange step = changes.get("currentStep");
		if (step != null && step.newValue() != null) {
			return words.message("audit.sentence.case.step", words.choice("negotiation.step.", step.newValue()));
		}
		return null;
	}

	private static String transitionSentence(AuditAction action, Map<String, FieldChange> changes, AuditWords words) {
		FieldChange kind = changes.get("kind");
		if (kind == null || kind.newValue() == null) {
			return null;
		}
		String from = words.choice("negotiation.step.", value(changes.get("fromStep")));
		String to = words.choice("negotiation.step.", value(changes.get("toStep")));
		return words.message("audit.sentence.transition." + kind.newValue(), from, to);
	}

	private static String decisionSentence(AuditAction action, Map<String, FieldChange> changes, AuditWords words) {
		FieldChange status = changes.get("status");
		if (action == AuditAction.CREATE) {
			return words.message("audit.sentence.decision.requested");
		}
		FieldChange approved = changes.get("approvedRedLines");
		if (approved != null && approved.newValue() != null && !FieldChange.REDACTED.equals(approved.newValue())) {
			String lines = String.join("; ", approved.newValue().split("\\R"));
			FieldChange considered = changes.get("consideredAssessments");
			return (considered != null && considered.newValue() != null)
					? words.message("audit.sentence.decision.approved-assessed", lines,
							String.join("; ", considered.newValue().split("\\R")))
					: words.message("audit.sentence.decision.approved-mandate", lines);
		}
		if (status != null && status.newValue() != null) {
			return words.message("audit.sentence.decision.status",
					words.choice("negotiation.DecisionStatus.", status.newValue()));
		}
		return null;
	}

	private static String value(FieldChange change) {
		return (change != null) ? change.newValue() : null;
	}

	private static String actor(String item, AuditWords words) {
		Matcher m = ACTOR.matcher(item);
		if (!m.matches()) {
			return item;
		}
		String kind = words.choice("negotiation.ActorKind.", m.group(1));
		return (m.group(3) != null) ? words.message("audit.item.actor", kind, m.group(2), m.group(3))
				: words.message("audit.item.actor.plain", kind, m.group(2));
	}

	private static String island(String item, AuditWords words) {
		Matcher m = ISLAND.matcher(item);
		return m.matches() ? words.message("audit.item.labelled",
				words.choice("negotiation.IslandQuadrant.", m.group(1)), m.group(2)) : item;
	}

	private static String objective(String item, AuditWords words) {
		Matcher m = OBJECTIVE.matcher(item);
		if (!m.matches()) {
			return item;
		}
		String priority = words.choice("negotiation.Priority.", m.group(2));
		return (m.group(3) != null) ? words.message("audit.item.objective.bottom", m.group(1), priority, m.group(3))
				: words.message("audit.item.objective", m.group(1), priority);
	}

	private static String redLine(String item, AuditWords words) {
		Matcher m = RED_LINE.matcher(item);
		return m.matches() ? m.group(2) : item;
	}

	private static String assessment(String item, AuditWords words) {
		Matcher m = ASSESSMENT.matcher(item);
		if (!m.matches()) {
			return item;
		}
		return words.message("audit.item.assessment", m.group(5),
				words.choice("armedgroup.DesignationAuthority.", m.group(1)),
				words.choice("negotiation.ResidualRisk.", m.group(2)),
				words.choice("negotiation.AssessmentConclusion.", m.group(3)), words.yesNo(m.group(4)));
	}

	private static String influencer(String item, AuditWords words) {
		Matcher m = INFLUENCER.matcher(item);
		if (!m.matches()) {
			return item;
		}
		return words.message("audit.item.influencer", m.group(1), "null".equals(m.group(2)) ? "" : m.group(2),
				words.choice("negotiation.Influence.", m.group(3)),
				words.choice("negotiation.Disposition.", m.group(4)));
	}

}
