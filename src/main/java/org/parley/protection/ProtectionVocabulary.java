package org.parley.protection;

import java.util.List;

import org.parley.audit.AuditVocabulary;
import org.parley.audit.AuditedType;
import org.parley.audit.ValueFormat;

import org.springframework.stereotype.Component;

/**
 * The words of the keys' entries in the audit log: a data key given a new key (a rotation
 * begun), its old keys deleted (a rotation done), wrapped by another master key,
 * destroyed in an emergency; and the emergency destruction's request, confirmation or
 * cancellation. Ids of keys only, never a key.
 */
@Component
class ProtectionVocabulary implements AuditVocabulary {

	@Override
	public List<AuditedType> types() {
		return List.of(
				AuditedType.named("DataKey", "audit.type.DataKey")
					.labels("audit.field.DataKey.")
					.format("destroyedAt", ValueFormat.moment()),
				AuditedType.named("KeyDestruction", "audit.type.KeyDestruction")
					.labels("audit.field.KeyDestruction.")
					.format("state", ValueFormat.choice("protection.destruction.state."))
					.format("confirmBefore", ValueFormat.moment())
					.format("valuesDestroyed", ValueFormat.number()));
	}

}
