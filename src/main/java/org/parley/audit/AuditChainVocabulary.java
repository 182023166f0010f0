package org.parley.audit;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The audit module's own words: the entry that records an anchoring of the chain
 * (decision 0019), and the export of the whole chain in the read records.
 */
@Component
class AuditChainVocabulary implements AuditVocabulary {

	/** The record type of anchorings and chain exports: the chain, named by its id. */
	static final String TYPE = "AuditChain";

	@Override
	public List<AuditedType> types() {
		return List.of(AuditedType.named(TYPE, "audit.type.AuditChain")
			.labels("audit.field.AuditChain.")
			.format("entries", ValueFormat.number()));
	}

}
