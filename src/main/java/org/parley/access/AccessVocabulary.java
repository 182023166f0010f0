package org.parley.access;

import java.time.LocalDate;
import java.time.YearMonth;
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
import org.parley.audit.ValueFormat;
import org.parley.shared.web.Countries;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The words of access constraints and severities in the audit log: a constraint named by
 * its sub-type, place and start, a severity by its place and month, the severity read as
 * its label ("2 – high").
 */
@Component
class AccessVocabulary implements AuditVocabulary {

	private final NamedParameterJdbcTemplate jdbc;

	private final MessageSource messages;

	private final Countries countries;

	AccessVocabulary(DataSource dataSource, MessageSource messages, Countries countries) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.messages = messages;
		this.countries = countries;
	}

	@Override
	public List<AuditedType> types() {
		ValueFormat country = ValueFormat.of((code, words) -> this.countries.name(code));
		return List.of(
				AuditedType.of(AccessConstraint.class, "history.type.AccessConstraint")
					.labels("access.field.", "audit.field.")
					.label("recordedAt", "access.field.constraintRecordedAt")
					.choices("access.")
					.reference("teamId", "Team")
					.format("country", country)
					.format("caseIds", ValueFormat.reference("NegotiationCase").list())
					.format("incidentIds", ValueFormat.reference("Incident").list())
					.format("groupIds", ValueFormat.reference("ArmedGroup").list()),
				AuditedType.of(AccessSeverity.class, "history.type.AccessSeverity")
					.labels("access.field.", "audit.field.")
					.reference("teamId", "Team")
					.format("country", country)
					.format("month", ValueFormat.of((day, words) -> month(day, words.locale())))
					.format("severity", ValueFormat.choice("access.severity.")));
	}

	@Override
	public Map<String, String> titles(String entityType, Set<String> ids, Locale locale) {
		Map<String, String> titles = new HashMap<>();
		if ("AccessConstraint".equals(entityType)) {
			DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
			AuditTitles
				.of(this.jdbc,
						"SELECT id, concat_ws('|', subtype, started_on, region, locality) AS title "
								+ "FROM access_constraint WHERE id IN (:ids)",
						ids)
				.forEach((id, text) -> {
					String[] parts = text.split("\\|", -1);
					String subtype = this.messages.getMessage("access.AccessSubtype." + parts[0], null, parts[0],
							locale);
					titles.put(id, this.messages.getMessage("audit.title.AccessConstraint",
							new Object[] { subtype, place(parts), format.format(LocalDate.parse(parts[1])) }, locale));
				});
		}
		if ("AccessSeverity".equals(entityType)) {
			AuditTitles
				.of(this.jdbc,
						"SELECT id, concat_ws('|', month, month, region, locality) AS title "
								+ "FROM access_severity WHERE id IN (:ids)",
						ids)
				.forEach((id, text) -> {
					String[] parts = text.split("\\|", -1);
					titles.put(id, this.messages.getMessage("audit.title.AccessSeverity",
							new Object[] { place(parts), month(parts[1], locale) }, locale));
				});
		}
		return titles;
	}

	/** "Guerrero – Sierra Alta" from the title's region and locality. */
	private static String place(String[] parts) {
		return new Area("XX", parts[2], (parts.length > 3) ? parts[3] : null).place();
	}

	/** "November 2026" for the month's first day. */
	private static String month(String day, Locale locale) {
		return YearMonth.from(LocalDate.parse(day)).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
	}

}
