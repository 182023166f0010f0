package org.parley.disclosure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.parley.audit.AuditTitles;
import org.parley.audit.AuditVocabulary;
import org.parley.audit.AuditedType;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The words of disclosure requests in the audit log: fields labelled as the request's
 * pages label them, choices as its badges show them, a request named by who asked (the
 * kind, never the name) and when it was received, so that the title tells nothing to a
 * reader who may not read the values.
 */
@Component
class DisclosureVocabulary implements AuditVocabulary {

	private final NamedParameterJdbcTemplate jdbc;

	private final MessageSource messages;

	DisclosureVocabulary(DataSource dataSource, MessageSource messages) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.messages = messages;
	}

	@Override
	public List<AuditedType> types() {
		return List.of(AuditedType.of(DisclosureRequest.class, "history.type.DisclosureRequest")
			.labels("disclosure.field.", "audit.field.")
			.choices("disclosure.")
			.reference("teamId", "Team")
			.reference("caseIds", "NegotiationCase")
			.reference("groupIds", "ArmedGroup")
			.reference("interlocutorIds", "Interlocutor"));
	}

	@Override
	public Map<String, String> titles(String entityType, Set<String> ids, Locale locale) {
		if (!"DisclosureRequest".equals(entityType)) {
			return Map.of();
		}
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		Map<String, String> titles = new HashMap<>();
		AuditTitles.of(this.jdbc,
				"SELECT id, requester_kind || '|' || received_on AS title FROM disclosure_request WHERE id IN (:ids)",
				ids)
			.forEach((id, text) -> {
				int bar = text.indexOf('|');
				String kind = this.messages.getMessage("disclosure.RequesterKind." + text.substring(0, bar), null,
						text.substring(0, bar), locale);
				titles.put(id, this.messages.getMessage("audit.title.DisclosureRequest",
						new Object[] { kind, format.format(LocalDate.parse(text.substring(bar + 1))) }, locale));
			});
		return titles;
	}

}
