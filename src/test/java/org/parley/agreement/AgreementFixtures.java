package org.parley.agreement;

import org.parley.negotiation.MethodStep;
import java.time.LocalDate;
import java.util.List;

import org.parley.agreement.internal.AgreementWorkflow;
import org.parley.negotiation.CaseFixtures;
import org.parley.shared.CurrentUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Agreements for tests: a case opened by field.mx (see {@code CaseFixtures}) and moved to
 * the agreement step, and an agreement of one commitment drafted by field.mx and approved
 * by hq.
 */
final class AgreementFixtures {

	private AgreementFixtures() {
	}

	/** Opens a case through its page and moves it to the agreement step. */
	static long aCaseAtTheAgreementStep(MockMvc mvc, UserDetailsService users, JdbcTemplate jdbc) throws Exception {
		return CaseFixtures.aCaseAt(MethodStep.AGREEMENT, mvc, users, jdbc);
	}

	/** An agreement of one safe-passage commitment, approved and in force. */
	static long inForce(AgreementWorkflow workflow, Agreements agreements, UserDetailsService users, long caseId,
			LocalDate from, LocalDate to, Recurrence recurrence, int day) {
		CurrentUser mx = user(users, "field.mx");
		long id = workflow.create(caseId,
				new AgreementDraft("Checks agreement", FormOfAgreement.VERBAL, null, null, null, from, to,
						"Passage on the agreed day", null, Stage.IMPLEMENTATION, SigningStatus.VERBAL_OR_UNCLEAR,
						DisputeSettlement.NONE, List.of(new Party(PartyKind.ORGANISATION, null, "Our organisation")),
						List.of(new Commitment(null, "The group", "Safe passage", CommitmentCategory.SAFE_PASSAGE, null,
								recurrence, day, "Parish reports"))),
				mx);
		AgreementDetails.VersionView v = agreements.details(id, mx).latest();
		workflow.submit(id, v.id(), v.version(), mx);
		v = agreements.details(id, mx).latest();
		workflow.approve(id, v.id(), v.version(), null, user(users, "hq"));
		return id;
	}

	static CurrentUser user(UserDetailsService users, String username) {
		return (CurrentUser) users.loadUserByUsername(username);
	}

	/**
	 * Ends a test's agreement and drops its unrecorded checks, so that later tests (the
	 * field officer's list of the fifty oldest checks to record, the scheduler's runs) do
	 * not meet it. Straight in the database: this is tidying, not a use of Parley.
	 */
	static void retire(JdbcTemplate jdbc, long agreementId) {
		jdbc.update("UPDATE agreement SET status = 'TERMINATED' WHERE id = ?", agreementId);
		jdbc.update("DELETE FROM compliance_check WHERE agreement_id = ? AND result IS NULL", agreementId);
	}

}
