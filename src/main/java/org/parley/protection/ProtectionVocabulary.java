package org.parley.protection;

import java.util.List;

import org.parley.audit.AuditVocabulary;
import org.parley.audit.AuditedType;

import org.springframework.stereotype.Component;

/**
 * The words of the keys' entries in the audit log: a data key given a new key (a rotation
 * begun), its old keys deleted (a rotation done), wrapped by another master key. Ids of
 * keys only, never a key.
 */
@Component
class ProtectionVocabulary implements AuditVocabulary {

	@Override
	public List<AuditedType> types() {
		return List.of(AuditedType.named("DataKey", "audit.type.DataKey").labels("audit.field.DataKey."));
	}

}
