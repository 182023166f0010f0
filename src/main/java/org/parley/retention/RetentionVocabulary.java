package org.parley.retention;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parley.audit.AuditVocabulary;
import org.parley.audit.AuditedType;
import org.parley.audit.ValueFormat;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of retention's entries in the audit log: a period changed, a legal hold set
 * or lifted, a purge proposed or done. They name a case by its number, never what it
 * held.
 */
@Component
class RetentionVocabulary implements AuditVocabulary {

	private final MessageSource messages;

	RetentionVocabulary(MessageSource messages) {
		this.messages = messages;
	}

	/** A period is named by its record type, in the reader's language. */
	@Override
	public Map<String, String> titles(String entityType, Set<String> ids, Locale locale) {
		if (!"RetentionPeriod".equals(entityType)) {
			return Map.of();
		}
		Map<String, String> titles = new HashMap<>();
		for (String id : ids) {
			titles.put(id, this.messages.getMessage("retention.RecordType." + id, null, id, locale));
		}
		return titles;
	}

	@Override
	public List<AuditedType> types() {
		return List.of(
				AuditedType.named("RetentionPeriod", "audit.type.RetentionPeriod")
					.labels("audit.field.RetentionPeriod.")
					.format("months", ValueFormat.number()),
				AuditedType.named("CaseRetention", "audit.type.CaseRetention")
					.labels("audit.field.CaseRetention.")
					.format("legalHold", ValueFormat.yesNo())
					.format("purgeProposed", ValueFormat.yesNo())
					.format("purged", ValueFormat.yesNo())
					.format("valuesDestroyed", ValueFormat.number())
					.format("retentionMonths", ValueFormat.number()));
	}

}
