package org.parley.agreement;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.agreement.internal.AgreementWorkflow;
import org.parley.shared.CurrentUser;
import org.parley.support.IntegrationTest;
import org.parley.support.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an HQ approval costs the database: the case is asked once whether the reviewer may
 * decide on it, the agreement is read once with its versions, and nothing is read again
 * before the approval is written.
 */
@IntegrationTest
class AgreementApprovalStatementsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	Agreements agreements;

	@Autowired
	AgreementWorkflow workflow;

	@Test
	void anHqApprovalReadsTheCaseOnceAndTheAgreementOnceBeforeItWrites() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long caseId = AgreementFixtures.aCaseAtTheAgreementStep(this.mvc, this.users, jdbc);
		CurrentUser mx = AgreementFixtures.user(this.users, "field.mx");
		CurrentUser hq = AgreementFixtures.user(this.users, "hq");
		long id = this.workflow.create(caseId,
				new AgreementDraft("Counted agreement", FormOfAgreement.VERBAL, null, null, null,
						LocalDate.of(2026, 9, 1), null, "Passage on Tuesdays", null, Stage.IMPLEMENTATION,
						SigningStatus.VERBAL_OR_UNCLEAR, DisputeSettlement.NONE,
						List.of(new Party(PartyKind.ORGANISATION, null, "Our organisation")),
						List.of(new Commitment(null, "The group", "Safe passage", CommitmentCategory.SAFE_PASSAGE, null,
								Recurrence.WEEKLY, 2, "Parish reports"))),
				mx);
		AgreementDetails.VersionView v = this.agreements.details(id, mx).latest();
		this.workflow.submit(id, v.id(), v.version(), mx);
		AgreementDetails.VersionView submitted = this.agreements.details(id, hq).latest();

		List<String> statements = StatementCounter
			.record(() -> this.workflow.approve(id, submitted.id(), submitted.version(), "Within the mandate", hq));

		// Before: the agreement, the case entity, the case's page view twice (with its
		// groups), the version, and the versions again: 7 SELECTs before the first write.
		assertThat(StatementCounter.selectsBeforeFirstWrite(statements)).as(String.join("\n", statements))
			.hasSize(2)
			.anyMatch((sql) -> sql.contains("from parley.agreement "))
			.anyMatch((sql) -> sql.contains("from negotiation_case where id"));
		assertThat(StatementCounter.selects(statements)).as(String.join("\n", statements))
			.filteredOn((sql) -> sql.contains("negotiation_case") || sql.contains("agreement"))
			.hasSize(2);
		assertThat(jdbc.queryForObject("SELECT status FROM agreement WHERE id = ?", String.class, id))
			.isEqualTo("IN_FORCE");
		AgreementFixtures.retire(jdbc, id);
	}

}
