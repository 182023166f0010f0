package org.parley.agreement.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.parley.agreement.dispute.AgreementDispute;
import org.parley.agreement.dispute.DisputeContact;
import org.parley.agreement.monitoring.ComplianceCheck;
import org.parley.agreement.monitoring.GroupReview;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditTitles;
import org.parley.audit.AuditVocabulary;
import org.parley.audit.AuditWords;
import org.parley.audit.AuditedType;
import org.parley.audit.FieldChange;
import org.parley.audit.ValueFormat;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The words of agreements, their versions, attachments, scores, compliance checks and
 * reviews of groups in the audit log: labels as the agreement pages show them, a
 * commitment by its text (never its key), an agreement by its title.
 */
@Component
class AgreementVocabulary implements AuditVocabulary {

	/** A commitment's key, read as its text. */
	static final ValueFormat COMMITMENT = ValueFormat.of((key, words) -> words.title("Commitment", key));

	private static final Pattern PARTY = Pattern.compile("(?s)([A-Z_]+) (.*)");

	private static final Pattern PROMISE = Pattern.compile(
			"(?s)(.*?): (.*) \\[([A-Z_]+|null), ([A-Z_]+|null)(?: ([0-9]+))?(?: ([0-9]{4}-[0-9]{2}-[0-9]{2}))?\\] verified by (.*)");

	private static final Pattern COMMENT = Pattern.compile("(?s)([0-9a-f-]{36}|null): (.*)");

	private final NamedParameterJdbcTemplate jdbc;

	private final MessageSource messages;

	AgreementVocabulary(DataSource dataSource, MessageSource messages) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.messages = messages;
	}

	@Override
	public List<AuditedType> types() {
		return List.of(
				owned(AuditedType.of(Agreement.class, "history.type.Agreement"))
					.labels("agreement.field.", "audit.field.Agreement.", "audit.field.")
					.sentence(AgreementVocabulary::agreementSentence),
				owned(AuditedType.of(AgreementVersion.class, "history.type.AgreementVersion"))
					.labels("agreement.field.", "audit.field.AgreementVersion.", "audit.field.")
					.format("parties", ValueFormat.of(AgreementVocabulary::party).list(PARTY))
					.format("commitments", ValueFormat.of(AgreementVocabulary::promise).list(PROMISE))
					.format("comments", ValueFormat.of(AgreementVocabulary::comment).list(COMMENT))
					.title("title")
					.sentence(AgreementVocabulary::versionSentence),
				owned(AuditedType.of(AgreementAttachment.class, "history.type.AgreementAttachment"))
					.labels("agreement.attachment.", "audit.field.")
					.reference("versionId", "AgreementVersion")
					.reference("documentId", "StoredDocument"),
				owned(AuditedType.of(CheckAttachment.class, "audit.type.CheckAttachment"))
					.labels("agreement.attachment.", "audit.field.")
					.reference("checkId", "ComplianceCheck")
					.reference("documentId", "StoredDocument"),
				owned(AuditedType.of(ImplementationScore.class, "history.type.ImplementationScore"))
					.labels("agreement.score.", "audit.field.ImplementationScore.", "audit.field.")
					.format("commitmentKey", COMMITMENT)
					.format("period", ValueFormat.of(AgreementVocabulary::month)),
				owned(AuditedType.of(ComplianceCheck.class, "history.type.ComplianceCheck"))
					.labels("agreement.check.", "agreement.commitment.", "audit.field.ComplianceCheck.", "audit.field.")
					.reference("caseId", "NegotiationCase")
					.format("commitmentKey", COMMITMENT)
					.title("what"),
				owned(AuditedType.of(GroupReview.class, "history.type.GroupReview"))
					.labels("agreement.monitoring.", "audit.field.GroupReview.", "audit.field.")
					.choices("armedgroup.")
					.reference("caseId", "NegotiationCase")
					.reference("groupId", "ArmedGroup"),
				owned(AuditedType.of(AgreementDispute.class, "history.type.AgreementDispute"))
					.labels("agreement.dispute.field.", "audit.field.")
					.reference("checkId", "ComplianceCheck")
					.format("commitmentKey", COMMITMENT),
				AuditedType.of(DisputeContact.class, "history.type.DisputeContact")
					.labels("agreement.dispute.contact.", "audit.field.")
					.choices("agreement.")
					.reference("disputeId", "AgreementDispute")
					.reference("caseId", "NegotiationCase")
					.reference("teamId", "Team"));
	}

	private static AuditedType owned(AuditedType type) {
		return type.choices("agreement.")
			.reference("agreementId", "Agreement")
			.reference("caseId", "NegotiationCase")
			.reference("teamId", "Team");
	}

	@Override
	public Map<String, String> titles(String entityType, Set<String> ids, Locale locale) {
		return switch (entityType) {
			case "Agreement" -> AuditTitles.of(this.jdbc, """
					SELECT a.id, v.title FROM agreement a
					JOIN agreement_version v ON v.agreement_id = a.id
					 AND v.version_no = (SELECT max(w.version_no) FROM agreement_version w WHERE w.agreement_id = a.id)
					WHERE a.id IN (:ids)""", ids);
			case "AgreementVersion" -> {
				Map<String, String> titles = new HashMap<>();
				AuditTitles.of(this.jdbc,
						"SELECT id, version_no || '|' || title AS title FROM agreement_version WHERE id IN (:ids)", ids)
					.forEach((id, text) -> titles.put(id,
							this.messages.getMessage("audit.title.AgreementVersion", new Object[] {
									text.substring(text.indexOf('|') + 1), text.substring(0, text.indexOf('|')) },
									locale)));
				yield titles;
			}
			case "ComplianceCheck" -> {
				Map<String, String> titles = new HashMap<>();
				DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
				AuditTitles
					.of(this.jdbc, "SELECT id, due_on || '|' || what AS title FROM compliance_check WHERE id IN (:ids)",
							ids)
					.forEach((id, text) -> titles.put(id,
							this.messages.getMessage("audit.title.ComplianceCheck",
									new Object[] { text.substring(text.indexOf('|') + 1),
											format.format(LocalDate.parse(text.substring(0, text.indexOf('|')))) },
									locale)));
				yield titles;
			}
			case "AgreementDispute" -> {
				Map<String, String> titles = new HashMap<>();
				DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
				AuditTitles
					.of(this.jdbc, "SELECT id, raised_on::text AS title FROM agreement_dispute WHERE id IN (:ids)", ids)
					.forEach((id, raised) -> titles.put(id, this.messages.getMessage("audit.title.AgreementDispute",
							new Object[] { format.format(LocalDate.parse(raised)) }, locale)));
				yield titles;
			}
			case "GroupReview" -> {
				Map<String, String> titles = new HashMap<>();
				DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
				AuditTitles.of(this.jdbc, "SELECT id, due_on::text AS title FROM group_review WHERE id IN (:ids)", ids)
					.forEach((id, due) -> titles.put(id, this.messages.getMessage("audit.title.GroupReview",
							new Object[] { format.format(LocalDate.parse(due)) }, locale)));
				yield titles;
			}
			case "Commitment" -> {
				Map<String, String> titles = new HashMap<>();
				if (!ids.isEmpty()) {
					this.jdbc.query("""
							SELECT DISTINCT ON (commitment_key) commitment_key, what FROM agreement_commitment
							WHERE commitment_key IN (:keys) ORDER BY commitment_key, agreement_version_id DESC""",
							new MapSqlParameterSource("keys", ids),
							(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> titles
								.put(rs.getString("commitment_key"), rs.getString("what")));
				}
				yield titles;
			}
			default -> Map.of();
		};
	}

	private static String agreementSentence(AuditAction action, Map<String, FieldChange> changes, AuditWords words) {
		FieldChange status = changes.get("status");
		if (action == AuditAction.STATE_CHANGE && status != null && status.newValue() != null) {
			return words.message("audit.sentence.agreement.status",
					words.choice("agreement.AgreementStatus.", status.newValue()));
		}
		return null;
	}

	private static String versionSentence(AuditAction action, Map<String, FieldChange> changes, AuditWords words) {
		FieldChange status = changes.get("status");
		if (action != AuditAction.CREATE && status != null && status.newValue() != null) {
			return words.message("audit.sentence.version.status",
					words.choice("agreement.VersionStatus.", status.newValue()));
		}
		return null;
	}

	private static String party(String item, AuditWords words) {
		Matcher m = PARTY.matcher(item);
		return m.matches()
				? words.message("audit.item.party", m.group(2), words.choice("agreement.PartyKind.", m.group(1)))
				: item;
	}

	private static String promise(String item, AuditWords words) {
		Matcher m = PROMISE.matcher(item);
		if (!m.matches()) {
			return item;
		}
		String category = words.choice("agreement.CommitmentCategory.", m.group(3));
		String recurrence = words.choice("agreement.Recurrence.", m.group(4));
		String when = (m.group(6) != null) ? words.date(m.group(6)) : recurrence;
		return words.message("audit.item.commitment", m.group(1), m.group(2), category, when, m.group(7));
	}

	private static String comment(String item, AuditWords words) {
		Matcher m = COMMENT.matcher(item);
		if (!m.matches()) {
			return item;
		}
		if ("null".equals(m.group(1))) {
			return m.group(2);
		}
		return words.message("audit.item.labelled", words.title("Commitment", m.group(1)), m.group(2));
	}

	private static String month(String date, AuditWords words) {
		try {
			return DateTimeFormatter.ofPattern("LLLL yyyy", words.locale()).format(LocalDate.parse(date));
		}
		catch (RuntimeException ex) {
			return words.date(date);
		}
	}

}
