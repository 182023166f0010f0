package org.parley.negotiation.web;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditEntryView;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wording of a strictly confidential case's history asks the level of whatever entry
 * the audit log shows, including entries of no record (the first start, a system job).
 */
@IntegrationTest
class CaseAuditWordingTest {

	@Autowired
	CaseAuditWording wording;

	@Test
	void anEntryOfNoRecordIsNotStrictlyConfidential() {
		assertThat(this.wording.strictlyConfidential(entry(null, null, 12L))).isFalse();
		assertThat(this.wording.strictlyConfidential(entry("NegotiationRound", null, null))).isFalse();
		assertThat(this.wording.strictlyConfidential(entry("NegotiationCase", "x", 987654321L))).isFalse();
	}

	private static AuditEntryView entry(String type, String id, Long caseId) {
		return new AuditEntryView(1, Instant.parse("2026-09-08T14:30:00Z"), "system", AuditAction.CREATE, type, id,
				null, Map.of(), null, "h", "p", caseId, null, null);
	}

}
