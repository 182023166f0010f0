package org.parley.audit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every entry about a case's records is filed under the case, in the case's own chain
 * (decision 0018): the demo, loaded through the ordinary services, shows it for each kind
 * of record a case holds.
 */
@IntegrationTest
class CaseChainTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditQueries queries;

	@Autowired
	AuditChainVerifier verifier;

	@Test
	void everyEntryAboutARecordOfACaseIsFiledUnderItsCase() {
		List<String> types = List.of("NegotiationCase", "ConflictAnalysis", "GroupAssessment", "NegotiationRound",
				"EngagementDecision", "CaseTransition", "Agreement", "AgreementVersion", "ComplianceCheck",
				"MoeMeasurement");
		for (String type : types) {
			assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE entity_type = ?", Long.class,
					type))
				.as("the demo writes %s entries", type)
				.isPositive();
			assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM audit_entry WHERE entity_type = ? AND case_id IS NULL", Long.class, type))
				.as("%s entries without their case", type)
				.isZero();
		}
	}

	/**
	 * An incident's latest entry is filed under the case it belongs to now (an incident
	 * moved to another case keeps its earlier entries under the case they were written
	 * in, as other tests' edits may do).
	 */
	@Test
	void anIncidentOfACaseIsFiledUnderItsCase() {
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM (SELECT DISTINCT ON (e.entity_id) e.case_id, i.case_id AS incident_case
				                      FROM audit_entry e JOIN security_incident i ON e.entity_type = 'Incident'
				                           AND e.entity_id = i.id::text
				                      WHERE i.case_id IS NOT NULL ORDER BY e.entity_id, e.seq DESC) latest
				WHERE latest.case_id IS DISTINCT FROM latest.incident_case""", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE entity_type = 'Incident' AND case_id IS NOT NULL", Long.class))
			.isPositive();
	}

	@Test
	void anAgreementsVersionsAreFiledUnderTheAgreementsCase() {
		List<Long[]> pairs = this.jdbc.query("""
				SELECT a.case_id AS case_id, e.case_id AS filed_under
				FROM audit_entry e JOIN agreement_version v ON e.entity_type = 'AgreementVersion'
				     AND e.entity_id = v.id::text
				JOIN agreement a ON a.id = v.agreement_id""",
				(rs, row) -> new Long[] { rs.getLong("case_id"), rs.getLong("filed_under") });

		assertThat(pairs).isNotEmpty().allSatisfy((pair) -> assertThat(pair[1]).isEqualTo(pair[0]));
	}

	@Test
	void aCasesEntriesReadBackInTheirChainOrderAndRecomputeToTheirHashes() {
		long caseId = this.jdbc.queryForObject("SELECT min(id) FROM negotiation_case", Long.class);
		List<AuditEntryView> entries = new java.util.ArrayList<>();

		this.queries.caseEntries(caseId, entries::add);

		assertThat(entries).hasSizeGreaterThan(5);
		String previous = AuditHashes.GENESIS;
		for (int i = 0; i < entries.size(); i++) {
			AuditEntryView entry = entries.get(i);
			assertThat(entry.caseSeq()).isEqualTo(i + 1);
			assertThat(entry.casePrevHash()).isEqualTo(previous);
			assertThat(AuditHashes.hash(entry)).as("entry %d recomputes", entry.seq()).isEqualTo(entry.hash());
			previous = entry.hash();
		}
		assertThat(this.verifier.verify().intact()).isTrue();
	}

}
