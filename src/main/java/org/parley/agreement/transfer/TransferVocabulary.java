package org.parley.agreement.transfer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.parley.audit.AuditAction;
import org.parley.audit.AuditTitles;
import org.parley.audit.AuditVocabulary;
import org.parley.audit.AuditWords;
import org.parley.audit.AuditedType;
import org.parley.audit.FieldChange;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The words of transfers in the audit log and the case's history: "transfer recorded",
 * "approved", "refused" in a sentence, a transfer by its kind and day, its fields as the
 * page labels them.
 */
@Component
class TransferVocabulary implements AuditVocabulary {

	private final NamedParameterJdbcTemplate jdbc;

	private final MessageSource messages;

	TransferVocabulary(DataSource dataSource, MessageSource messages) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.messages = messages;
	}

	@Override
	public List<AuditedType> types() {
		return List.of(AuditedType.of(CaseTransfer.class, "history.type.CaseTransfer")
			.labels("transfer.field.", "audit.field.")
			.choices("agreement.")
			.reference("caseId", "NegotiationCase")
			.reference("teamId", "Team")
			.reference("groupId", "ArmedGroup")
			.reference("interlocutorId", "Interlocutor")
			.reference("roundId", "NegotiationRound")
			.format("commitmentKey", org.parley.audit.ValueFormat.of((key, words) -> words.title("Commitment", key)))
			.people("reviewedBy", "recordedBy")
			.sentence(TransferVocabulary::sentence));
	}

	private static String sentence(AuditAction action, Map<String, FieldChange> changes, AuditWords words) {
		if (action == AuditAction.CREATE) {
			return words.message("audit.sentence.transfer.recorded");
		}
		FieldChange status = changes.get("status");
		if (status != null && status.newValue() != null) {
			return words.message("audit.sentence.transfer." + status.newValue());
		}
		return null;
	}

	@Override
	public Map<String, String> titles(String entityType, Set<String> ids, Locale locale) {
		if (!"CaseTransfer".equals(entityType)) {
			return Map.of();
		}
		Map<String, String> titles = new HashMap<>();
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		AuditTitles
			.of(this.jdbc, "SELECT id, kind || '|' || given_on AS title FROM case_transfer WHERE id IN (:ids)", ids)
			.forEach((id, text) -> titles.put(id,
					this.messages.getMessage("audit.title.CaseTransfer",
							new Object[] { this.messages.getMessage(
									"agreement.TransferKind." + text.substring(0, text.indexOf('|')), null, locale),
									format.format(LocalDate.parse(text.substring(text.indexOf('|') + 1))) },
							locale)));
		return titles;
	}

}
