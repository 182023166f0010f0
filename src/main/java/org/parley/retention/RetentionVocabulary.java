package org.parley.retention;

import java.util.List;

import org.parley.audit.AuditVocabulary;
import org.parley.audit.AuditedType;

import org.springframework.stereotype.Component;

/**
 * The words of retention's entries in the audit log: a period changed, a legal hold set
 * or lifted, a purge proposed or done. They name a case by its number, never what it
 * held.
 */
@Component
class RetentionVocabulary implements AuditVocabulary {

	@Override
	public List<AuditedType> types() {
		return List.of(
				AuditedType.named("RetentionPeriod", "audit.type.RetentionPeriod")
					.labels("audit.field.RetentionPeriod."),
				AuditedType.named("CaseRetention", "audit.type.CaseRetention").labels("audit.field.CaseRetention."));
	}

}
