package org.parley.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.protection.FieldSealer;
import org.parley.protection.Sealers;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of a disclosure request, without a database: assessed before HQ decides, only
 * by an HQ reviewer of the team, once, with a reason, disclosing only what is stated as
 * the minimum, and nothing more once decided or withdrawn.
 */
class DisclosureRequestTest {

	private static final long TEAM = 7;

	private static final FieldSealer SEALER = Sealers.inMemory();

	private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");

	private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 1);

	private static final CurrentUser FIELD = new Someone("field", Set.of(TEAM), "FIELD_OFFICER");

	private static final CurrentUser HQ = new Someone("hq", Set.of(TEAM), "HQ_REVIEWER");

	private static final CurrentUser HQ_OF_ANOTHER_TEAM = new Someone("hq.other", Set.of(TEAM + 1), "HQ_REVIEWER");

	@Test
	void aRequestIsReceivedThenUnderAssessmentOnceTheRiskIsWrittenDown() {
		DisclosureRequest request = received();
		assertThat(request.getState()).isEqualTo(RequestState.RECEIVED);

		request.assess("The priest would be exposed.", null, "field", NOW, SEALER);

		assertThat(request.getState()).isEqualTo(RequestState.UNDER_ASSESSMENT);
		assertThat(request.view(SEALER).assessedBy()).isEqualTo("field");
	}

	@Test
	void anAssessmentWithoutTheRiskToThePeopleConcernedIsRefused() {
		DisclosureRequest request = received();

		assertRefused(() -> request.assess("  ", "compatible", "field", NOW, SEALER), "riskAssessment",
				"disclosure.assessment.risk-required");
		assertThat(request.getState()).isEqualTo(RequestState.RECEIVED);
	}

	@Test
	void hqDecidesOnlyAfterTheAssessment() {
		DisclosureRequest request = received();

		assertRefused(() -> request.decide(refusal(), HQ, NOW, SEALER), null, "disclosure.decision.assess-first");
	}

	@Test
	void onlyAnHqReviewerOfTheRequestsTeamDecides() {
		DisclosureRequest request = assessed();

		assertRefused(() -> request.decide(refusal(), FIELD, NOW, SEALER), null, "disclosure.decision.hq-only");
		assertRefused(() -> request.decide(refusal(), HQ_OF_ANOTHER_TEAM, NOW, SEALER), null,
				"disclosure.decision.hq-only");
		assertThat(request.getState()).isEqualTo(RequestState.UNDER_ASSESSMENT);
	}

	@Test
	void aDecisionWithoutAReasonIsRefused() {
		DisclosureRequest request = assessed();

		assertRefused(
				() -> request.decide(new DecisionForm(DisclosureOutcome.REFUSED, " ", null, false), HQ, NOW, SEALER),
				"reason", "disclosure.decision.reason-required");
	}

	@Test
	void aRefusalIsRecordedWithWhoDecidedWhenAndWhy() {
		DisclosureRequest request = assessed();

		request.decide(refusal(), HQ, NOW, SEALER);

		DisclosureRequestView view = request.view(SEALER);
		assertThat(view.state()).isEqualTo(RequestState.DECIDED);
		assertThat(view.outcome()).isEqualTo(DisclosureOutcome.REFUSED);
		assertThat(view.decisionReason()).isEqualTo("No court order.");
		assertThat(view.decidedBy()).isEqualTo("hq");
		assertThat(view.decidedAt()).isEqualTo(NOW);
		assertThat(view.disclosed()).isNull();
		assertThat(view.minimumNecessary()).isFalse();
	}

	@Test
	void aDecisionIsNotTakenTwice() {
		DisclosureRequest request = assessed();
		request.decide(refusal(), HQ, NOW, SEALER);

		assertRefused(() -> request.decide(
				new DecisionForm(DisclosureOutcome.DISCLOSED_IN_FULL, "Changed our mind", "Everything", true), HQ, NOW,
				SEALER), null, "disclosure.decision.already");
		assertThat(request.view(SEALER).outcome()).isEqualTo(DisclosureOutcome.REFUSED);
	}

	@Test
	void disclosingSaysWhatIsDisclosedAndStatesItIsTheMinimumNecessary() {
		DisclosureRequest request = assessed();

		assertRefused(() -> request.decide(
				new DecisionForm(DisclosureOutcome.DISCLOSED_IN_PART, "Counts meet the purpose.", null, true), HQ, NOW,
				SEALER), "disclosed", "disclosure.decision.disclosed-required");
		assertRefused(
				() -> request.decide(new DecisionForm(DisclosureOutcome.DISCLOSED_IN_PART, "Counts meet the purpose.",
						"Meetings per quarter", false), HQ, NOW, SEALER),
				"minimumNecessary", "disclosure.decision.minimum-required");

		request.decide(new DecisionForm(DisclosureOutcome.DISCLOSED_IN_PART, "Counts meet the purpose.",
				"Meetings per quarter", true), HQ, NOW, SEALER);

		assertThat(request.view(SEALER).disclosed()).isEqualTo("Meetings per quarter");
		assertThat(request.view(SEALER).minimumNecessary()).isTrue();
	}

	@Test
	void aRefusalDisclosesNothing() {
		DisclosureRequest request = assessed();

		assertRefused(() -> request.decide(new DecisionForm(DisclosureOutcome.REFUSED, "No basis.", "The names", false),
				HQ, NOW, SEALER), "disclosed", "disclosure.decision.refused-discloses-nothing");
	}

	@Test
	void aDecidedRequestIsNeitherCorrectedNorReassessedNorWithdrawn() {
		DisclosureRequest request = assessed();
		request.decide(refusal(), HQ, NOW, SEALER);

		assertRefused(() -> request.describe(form(RECEIVED, null), NOW, SEALER), null, "disclosure.decided.no-change");
		assertRefused(() -> request.assess("Other risk", null, "field", NOW, SEALER), null,
				"disclosure.decided.no-change");
		assertRefused(() -> request.withdraw("They called back", "field", NOW), null, "disclosure.withdraw.decided");
	}

	@Test
	void onlyADecidedRequestIsClosedAndOnlyOnce() {
		DisclosureRequest request = assessed();
		assertRefused(() -> request.close("Sent", "field", NOW), null, "disclosure.close.decide-first");
		request.decide(refusal(), HQ, NOW, SEALER);

		request.close("Letter delivered", "field", NOW);

		assertThat(request.view(SEALER).state()).isEqualTo(RequestState.CLOSED);
		assertThat(request.view(SEALER).endNote()).isEqualTo("Letter delivered");
		assertThat(request.view(SEALER).endedBy()).isEqualTo("field");
		assertRefused(() -> request.close("Again", "field", NOW), null, "disclosure.close.already");
	}

	@Test
	void aWithdrawalNeedsItsReasonAndEndsTheRequest() {
		DisclosureRequest request = assessed();

		assertRefused(() -> request.withdraw("", "field", NOW), "note", "disclosure.withdraw.reason-required");
		request.withdraw("The prosecutor dropped the investigation.", "field", NOW);

		assertThat(request.getState()).isEqualTo(RequestState.WITHDRAWN);
		assertRefused(() -> request.decide(refusal(), HQ, NOW, SEALER), null, "disclosure.withdrawn.no-change");
		assertRefused(() -> request.describe(form(RECEIVED, null), NOW, SEALER), null,
				"disclosure.withdrawn.no-change");
	}

	@Test
	void aDeadlineBeforeTheRequestArrivedIsRefused() {
		assertRefused(() -> new DisclosureRequest(TEAM, form(RECEIVED, RECEIVED.minusDays(1)), "field", NOW, SEALER),
				"deadline", "disclosure.deadline.before-received");
	}

	@Test
	void aRequestIsFiledUnderItsCaseOnlyWhenItConcernsExactlyOne() {
		DisclosureRequest none = received();
		DisclosureRequest one = new DisclosureRequest(TEAM, withCases(Set.of(3L)), "field", NOW, SEALER);
		DisclosureRequest two = new DisclosureRequest(TEAM, withCases(Set.of(3L, 4L)), "field", NOW, SEALER);

		assertThat(none.caseId()).isNull();
		assertThat(one.caseId()).isEqualTo(3L);
		assertThat(two.caseId()).isNull();
		assertThat(one.teamId()).isEqualTo(TEAM);
	}

	private static DisclosureRequest received() {
		return new DisclosureRequest(TEAM, form(RECEIVED, RECEIVED.plusDays(10)), "field", NOW, SEALER);
	}

	private static DisclosureRequest assessed() {
		DisclosureRequest request = received();
		request.assess("The people named would be exposed to reprisals.", "Not compatible.", "field", NOW, SEALER);
		return request;
	}

	private static DecisionForm refusal() {
		return new DecisionForm(DisclosureOutcome.REFUSED, "No court order.", null, false);
	}

	private static DisclosureRequestForm form(LocalDate received, LocalDate deadline) {
		return new DisclosureRequestForm(TEAM, received, RequesterKind.PROSECUTOR, "State prosecutor", Channel.WRITTEN,
				LegalBasis.LAW, null, "The names of the interlocutors", deadline, Set.of(), Set.of(), Set.of());
	}

	private static DisclosureRequestForm withCases(Set<Long> cases) {
		return new DisclosureRequestForm(TEAM, RECEIVED, RequesterKind.DONOR, "Donor", Channel.EMAIL,
				LegalBasis.DONOR_AGREEMENT, null, "Counts", null, cases, Set.of(), Set.of());
	}

	private static void assertRefused(Runnable action, String field, String key) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, (violation) -> {
			assertThat(violation.messageKey()).isEqualTo(key);
			assertThat(violation.field()).isEqualTo(field);
		});
	}

	/** A signed-in user with one role. */
	private record Someone(String username, Set<Long> teamIds, String role) implements CurrentUser {

		@Override
		public long id() {
			return 0;
		}

		@Override
		public String displayName() {
			return this.username;
		}

		@Override
		public boolean hasRole(String name) {
			return this.role.equals(name);
		}

	}

}
