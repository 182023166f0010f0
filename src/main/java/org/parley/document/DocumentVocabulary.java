package org.parley.document;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.parley.audit.AuditTitles;
import org.parley.audit.AuditVocabulary;
import org.parley.audit.AuditedType;
import org.parley.audit.ValueFormat;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The words of stored documents in the audit log: a document named by its file name and
 * checksum, so that a reader of the history can tell which file was attached.
 */
@Component
class DocumentVocabulary implements AuditVocabulary {

	private final NamedParameterJdbcTemplate jdbc;

	DocumentVocabulary(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	@Override
	public List<AuditedType> types() {
		return List.of(AuditedType.of(StoredDocument.class, "audit.type.StoredDocument")
			.labels("audit.field.StoredDocument.", "agreement.attachment.", "audit.field.")
			.reference("teamId", "Team")
			.people("uploadedBy")
			.format("sizeBytes",
					ValueFormat.of((bytes, words) -> words.message("audit.value.bytes", words.number(bytes))))
			.title("filename"));
	}

	@Override
	public Map<String, String> titles(String entityType, Set<String> ids, Locale locale) {
		if (!"StoredDocument".equals(entityType)) {
			return Map.of();
		}
		return AuditTitles.of(this.jdbc,
				"SELECT id, filename || ' (SHA-256 ' || sha256 || ')' AS title FROM stored_document WHERE id IN (:ids)",
				ids);
	}

}
