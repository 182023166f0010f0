package org.parley.reference;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.parley.audit.AuditTitles;
import org.parley.audit.AuditVocabulary;
import org.parley.audit.AuditedType;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The words of reference values in the audit log: a value named by its label in the
 * reader's language.
 */
@Component
class ReferenceVocabulary implements AuditVocabulary {

	private final NamedParameterJdbcTemplate jdbc;

	ReferenceVocabulary(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	@Override
	public List<AuditedType> types() {
		return List.of(AuditedType.of(ReferenceValue.class, "audit.type.ReferenceValue")
			.labels("audit.field.ReferenceValue.", "reference.", "audit.field.")
			.choices(ReferenceList.class, "reference.list.")
			.title("labelEn"));
	}

	@Override
	public Map<String, String> titles(String entityType, Set<String> ids, Locale locale) {
		if (!"ReferenceValue".equals(entityType)) {
			return Map.of();
		}
		String label = switch (locale.getLanguage()) {
			case "es" -> "label_es";
			case "fr" -> "label_fr";
			default -> "label_en";
		};
		return AuditTitles.of(this.jdbc, "SELECT id, " + label + " AS title FROM reference_value WHERE id IN (:ids)",
				ids);
	}

}
