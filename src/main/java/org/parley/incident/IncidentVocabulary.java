package org.parley.incident;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.parley.audit.AuditTitles;
import org.parley.audit.AuditVocabulary;
import org.parley.audit.AuditWords;
import org.parley.audit.AuditedType;
import org.parley.audit.ValueFormat;
import org.parley.shared.web.Countries;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The words of security incidents in the audit log: an incident named by its type and
 * date, the people affected counted as the form counts them.
 */
@Component
class IncidentVocabulary implements AuditVocabulary {

	private final NamedParameterJdbcTemplate jdbc;

	private final MessageSource messages;

	private final Countries countries;

	IncidentVocabulary(DataSource dataSource, MessageSource messages, Countries countries) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.messages = messages;
		this.countries = countries;
	}

	@Override
	public List<AuditedType> types() {
		return List.of(AuditedType.of(Incident.class, "history.type.Incident")
			.labels("incident.field.", "audit.field.")
			.choices("incident.")
			.reference("teamId", "Team")
			.reference("caseId", "NegotiationCase")
			.reference("agreementId", "Agreement")
			.reference("checkId", "ComplianceCheck")
			.reference("perpetratorGroupId", "ArmedGroup")
			.format("commitmentKey", ValueFormat.of((key, words) -> words.title("Commitment", key)))
			.format("country", ValueFormat.of((code, words) -> this.countries.name(code)))
			.format("classification", ValueFormat.choice("classification."))
			.format("namedReviewers", ValueFormat.reference("UserAccount").list())
			.format("people", ValueFormat.of(IncidentVocabulary::people)));
	}

	@Override
	public Map<String, String> titles(String entityType, Set<String> ids, Locale locale) {
		if (!"Incident".equals(entityType)) {
			return Map.of();
		}
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		Map<String, String> titles = new HashMap<>();
		AuditTitles
			.of(this.jdbc, "SELECT id, type || '|' || occurred_on AS title FROM security_incident WHERE id IN (:ids)",
					ids)
			.forEach((id, text) -> {
				int bar = text.indexOf('|');
				String type = this.messages.getMessage("incident.IncidentType." + text.substring(0, bar), null,
						text.substring(0, bar), locale);
				titles.put(id, this.messages.getMessage("audit.title.Incident",
						new Object[] { type, format.format(LocalDate.parse(text.substring(bar + 1))) }, locale));
			});
		return titles;
	}

	/** "staffThreatened=2, patientsInjured=1" as the form counts them. */
	private static String people(String counts, AuditWords words) {
		List<String> read = new ArrayList<>();
		for (String count : counts.split(", ")) {
			int equals = count.indexOf('=');
			if (equals < 0) {
				return counts;
			}
			read.add(words.message("audit.item.count", words.message("incident.people." + count.substring(0, equals)),
					words.number(count.substring(equals + 1))));
		}
		return String.join("; ", read);
	}

}
