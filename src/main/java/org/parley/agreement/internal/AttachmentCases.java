package org.parley.agreement.internal;

import java.util.Optional;

import org.parley.document.DocumentCases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case of a file attached to an agreement or to one of its compliance checks.
 */
@Component
class AttachmentCases implements DocumentCases {

	private final JdbcClient jdbc;

	AttachmentCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Long> caseOf(long documentId) {
		return this.jdbc.sql("""
				SELECT a.case_id FROM agreement a
				WHERE a.id IN (SELECT agreement_id FROM agreement_attachment WHERE document_id = :document
				               UNION SELECT agreement_id FROM compliance_check_attachment WHERE document_id = :document)
				LIMIT 1""").param("document", documentId).query(Long.class).optional();
	}

}
