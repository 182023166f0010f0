package org.parley.negotiation.casefile;

import org.parley.negotiation.CaseClosureDecided;
import org.parley.negotiation.CaseClosureRequested;
import org.parley.negotiation.CaseStatus;
import org.parley.negotiation.DecisionStatus;
import org.parley.negotiation.EngagementDecisionRequested;
import org.parley.negotiation.EngagementDecisionTaken;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.Missing;
import org.parley.negotiation.ObjectiveType;
import org.parley.negotiation.Priority;
import org.parley.negotiation.StepIncompleteException;
import org.parley.negotiation.TransitionKind;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.protection.FieldSealer;
import org.parley.protection.Sealers;
import org.parley.shared.RuleViolation;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The case's moves through the method, without Spring or a database: each guarded method
 * refuses what the method forbids, and announces what it did.
 */
class NegotiationCaseTest {

	private static final Instant NOW = Instant.parse("2026-11-03T15:00:00Z");

	private static final String OFFICER = "field.mx";

	private static final String HQ = "hq";

	private static final FieldSealer SEALER = Sealers.inMemory();

	private static final List<Missing> NOTHING = List.of();

	@Test
	void aCaseOpensActiveAtConflictAnalysis() {
		NegotiationCase opened = aCase();
		assertThat(opened.getCurrentStep()).isEqualTo(MethodStep.CONFLICT_ANALYSIS);
		assertThat(opened.getStatus()).isEqualTo(CaseStatus.ACTIVE);
		assertThat(events(opened)).isEmpty();
	}

	@Test
	void aCompleteStepMovesTheCaseOnAndAnnouncesTheMove() {
		NegotiationCase file = aCase();
		file.completeStep(NOTHING, OFFICER, NOW);
		assertThat(file.getCurrentStep()).isEqualTo(MethodStep.UNDERSTANDING_THE_GROUP);
		assertThat(events(file)).singleElement()
			.isEqualTo(new CaseMoved(7, 3, MethodStep.CONFLICT_ANALYSIS, MethodStep.UNDERSTANDING_THE_GROUP,
					TransitionKind.FORWARD, null, OFFICER, NOW));
	}

	@Test
	void aStepThatLacksSomethingIsNotCompletedAndSaysWhat() {
		NegotiationCase file = aCase();
		List<Missing> lacking = List.of(Missing.of("analysis.context"), Missing.of("questions", 2));
		assertThatThrownBy(() -> file.completeStep(lacking, OFFICER, NOW)).isInstanceOf(StepIncompleteException.class)
			.satisfies((ex) -> assertThat(((StepIncompleteException) ex).missing()).isEqualTo(lacking));
		assertThat(file.getCurrentStep()).isEqualTo(MethodStep.CONFLICT_ANALYSIS);
		assertThat(events(file)).isEmpty();
	}

	@Test
	void theTeamCannotCompleteTheInternalDecisionNorTheClosure() {
		NegotiationCase atGate = aCaseAt(MethodStep.INTERNAL_DECISION);
		assertThatThrownBy(() -> atGate.completeStep(NOTHING, OFFICER, NOW))
			.hasMessage("negotiation.gate.decision-required");
		NegotiationCase atClosure = aCaseAt(MethodStep.CLOSURE);
		assertThatThrownBy(() -> atClosure.completeStep(NOTHING, OFFICER, NOW))
			.hasMessage("negotiation.step.closure-needs-hq");
	}

	@Test
	void goingBackNeedsAnEarlierStepAndAReasonWhichTheMoveKeeps() {
		NegotiationCase file = aCaseAt(MethodStep.NEGOTIATION_ROUNDS);
		assertThatThrownBy(() -> file.goBack(MethodStep.AGREEMENT, "Later", OFFICER, NOW))
			.hasMessage("negotiation.step.back.not-earlier");
		assertThatThrownBy(() -> file.goBack(MethodStep.OBJECTIVES, " ", OFFICER, NOW))
			.hasMessage("negotiation.step.back.reason-required");
		file.goBack(MethodStep.OBJECTIVES, "  The plaza chief changed  ", OFFICER, NOW);
		assertThat(file.getCurrentStep()).isEqualTo(MethodStep.OBJECTIVES);
		assertThat(events(file)).singleElement()
			.extracting((e) -> ((CaseMoved) e).kind(), (e) -> ((CaseMoved) e).reason())
			.containsExactly(TransitionKind.BACK, "The plaza chief changed");
	}

	@Test
	void theDecisionIsAskedForOnlyAtTheGateWithItsQuestionsAnsweredAndOneAtATime() {
		assertThatThrownBy(
				() -> aCaseAt(MethodStep.OBJECTIVES).requestDecision(request(), 0, false, OFFICER, SEALER, NOW))
			.hasMessage("negotiation.decision.wrong-step");
		NegotiationCase file = aCaseAt(MethodStep.INTERNAL_DECISION);
		assertThatThrownBy(() -> file.requestDecision(request(), 2, false, OFFICER, SEALER, NOW))
			.hasMessage("negotiation.decision.answers-missing");
		assertThatThrownBy(() -> file.requestDecision(request(), 0, true, OFFICER, SEALER, NOW))
			.hasMessage("negotiation.decision.already-pending");
		EngagementDecision asked = file.requestDecision(request(), 0, false, OFFICER, SEALER, NOW);
		ReflectionTestUtils.setField(asked, "id", 11L);
		assertThat(asked.getStatus()).isEqualTo(DecisionStatus.PENDING);
		assertThat(events(asked)).containsExactly(new EngagementDecisionRequested(7, 11, 3, OFFICER));
	}

	@Test
	void theRequesterNeverDecidesTheirOwnRequest() {
		NegotiationCase file = aCaseAt(MethodStep.INTERNAL_DECISION);
		EngagementDecision asked = asked(file, "both.roles");
		assertThatThrownBy(() -> file.decide(asked, DecisionStatus.APPROVED, null, false, "both.roles", NOW))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("negotiation.decision.own-request.refused");
		assertThat(file.getCurrentStep()).isEqualTo(MethodStep.INTERNAL_DECISION);
		assertThat(asked.getStatus()).isEqualTo(DecisionStatus.PENDING);
	}

	@Test
	void anApprovalPassesTheGateAndIsAnnounced() {
		NegotiationCase file = aCaseAt(MethodStep.INTERNAL_DECISION);
		EngagementDecision asked = asked(file, OFFICER);
		file.decide(asked, DecisionStatus.APPROVED, "Through the parish", false, HQ, NOW);
		assertThat(file.getCurrentStep()).isEqualTo(MethodStep.ENGAGEMENT_MODALITY);
		assertThat(events(file)).singleElement()
			.isEqualTo(new CaseMoved(7, 3, MethodStep.INTERNAL_DECISION, MethodStep.ENGAGEMENT_MODALITY,
					TransitionKind.FORWARD, "Through the parish", HQ, NOW));
		assertThat(events(asked))
			.containsExactly(new EngagementDecisionTaken(7, 11, 3, OFFICER, DecisionStatus.APPROVED, HQ));
	}

	@Test
	void aRejectionOrAReturnNeedsAReasonAndKeepsTheCaseAtTheGate() {
		NegotiationCase file = aCaseAt(MethodStep.INTERNAL_DECISION);
		EngagementDecision asked = asked(file, OFFICER);
		assertThatThrownBy(() -> file.decide(asked, DecisionStatus.REJECTED, " ", false, HQ, NOW))
			.hasMessage("negotiation.decision.reason-required");
		file.decide(asked, DecisionStatus.RETURNED, "Say who goes", false, HQ, NOW);
		assertThat(file.getCurrentStep()).isEqualTo(MethodStep.INTERNAL_DECISION);
		assertThat(events(file)).isEmpty();
		assertThatThrownBy(() -> file.decide(asked, DecisionStatus.APPROVED, null, false, "another", NOW))
			.hasMessage("negotiation.decision.not-pending");
	}

	@Test
	void anApprovalOfACaseThatHasMovedOnIsRefused() {
		NegotiationCase file = aCaseAt(MethodStep.INTERNAL_DECISION);
		EngagementDecision asked = asked(file, OFFICER);
		ReflectionTestUtils.setField(file, "currentStep", MethodStep.OBJECTIVES);
		assertThatThrownBy(() -> file.decide(asked, DecisionStatus.APPROVED, null, false, HQ, NOW))
			.hasMessage("negotiation.decision.case-moved");
		assertThat(asked.getStatus()).isEqualTo(DecisionStatus.PENDING);
	}

	@Test
	void aBreachSendsACasePastTheRoundsBackToThemAndLeavesOthersWhereTheyAre() {
		NegotiationCase atFollowUp = aCaseAt(MethodStep.FOLLOW_UP);
		atFollowUp.breachReported("Held two hours at the checkpoint", OFFICER, NOW);
		assertThat(atFollowUp.getCurrentStep()).isEqualTo(MethodStep.NEGOTIATION_ROUNDS);
		assertThat(events(atFollowUp)).singleElement()
			.extracting((e) -> ((CaseMoved) e).kind(), (e) -> ((CaseMoved) e).reason())
			.containsExactly(TransitionKind.BACK, "Held two hours at the checkpoint");
		NegotiationCase atRounds = aCaseAt(MethodStep.NEGOTIATION_ROUNDS);
		atRounds.breachReported("Held two hours at the checkpoint", OFFICER, NOW);
		assertThat(atRounds.getCurrentStep()).isEqualTo(MethodStep.NEGOTIATION_ROUNDS);
		assertThat(events(atRounds)).isEmpty();
	}

	@Test
	void theClosureNeedsItsOutcomeAndLessonsAndAnHqReviewerWhoDidNotAsk() {
		NegotiationCase file = aCaseAt(MethodStep.CLOSURE);
		assertThatThrownBy(() -> file.confirmClosure(HQ, null, NOW)).hasMessage("negotiation.closure.not-requested");
		file.describeClosure(ClosureOutcome.NO_AGREEMENT, "Go with the parish from the start", NOW);
		file.requestClosure(NOTHING, OFFICER, NOW);
		assertThat(events(file)).containsExactly(new CaseClosureRequested(7, 3, OFFICER));
		assertThatThrownBy(() -> file.describeClosure(ClosureOutcome.NO_AGREEMENT, "Changed", NOW))
			.hasMessage("negotiation.closure.already-requested");
		assertThatThrownBy(() -> file.confirmClosure(OFFICER, null, NOW)).hasMessage("negotiation.closure.own-request");
		clear(file);
		file.confirmClosure(HQ, null, NOW);
		assertThat(file.getStatus()).isEqualTo(CaseStatus.CLOSED);
		assertThat(file.getClosedBy()).isEqualTo(HQ);
		assertThat(events(file)).containsExactly(
				new CaseMoved(7, 3, MethodStep.CLOSURE, MethodStep.CLOSURE, TransitionKind.CLOSE, null, HQ, NOW),
				new CaseClosureDecided(7, 3, OFFICER, true, HQ));
	}

	@Test
	void aClosureWithoutOutcomeOrLessonsIsNotAskedFor() {
		NegotiationCase file = aCaseAt(MethodStep.CLOSURE);
		assertThatThrownBy(() -> file.requestClosure(List.of(Missing.of("closure.outcome")), OFFICER, NOW))
			.isInstanceOf(StepIncompleteException.class);
		assertThat(file.getClosureRequestedBy()).isNull();
		assertThat(events(file)).isEmpty();
	}

	@Test
	void aReturnedClosureNeedsAReasonAndMayBeAskedForAgain() {
		NegotiationCase file = aCaseAt(MethodStep.CLOSURE);
		file.requestClosure(NOTHING, OFFICER, NOW);
		clear(file);
		assertThatThrownBy(() -> file.returnClosure(HQ, "", NOW)).hasMessage("negotiation.closure.reason-required");
		file.returnClosure(HQ, "Add what the parish said", NOW);
		assertThat(file.getClosureRequestedBy()).isNull();
		assertThat(events(file)).containsExactly(new CaseMoved(7, 3, MethodStep.CLOSURE, MethodStep.CLOSURE,
				TransitionKind.CLOSE_RETURNED, "Add what the parish said", HQ, NOW),
				new CaseClosureDecided(7, 3, OFFICER, false, HQ));
		file.requestClosure(NOTHING, OFFICER, NOW);
		assertThat(file.getClosureRequestedBy()).isEqualTo(OFFICER);
	}

	@Test
	void aClosedCaseTakesNoMoreChanges() {
		NegotiationCase file = aCaseAt(MethodStep.CLOSURE);
		file.requestClosure(NOTHING, OFFICER, NOW);
		file.confirmClosure(HQ, null, NOW);
		assertThatThrownBy(() -> file.answer(List.of(), SEALER, NOW)).hasMessage("negotiation.case.closed");
		assertThatThrownBy(() -> file.goBack(MethodStep.OBJECTIVES, "Again", OFFICER, NOW))
			.hasMessage("negotiation.case.closed");
		assertThatThrownBy(() -> file.noteFollowUp("More", NOW)).hasMessage("negotiation.case.closed");
		assertThatThrownBy(() -> file.breachReported("Violated", OFFICER, NOW)).hasMessage("negotiation.case.closed");
	}

	@Test
	void aNoteIsNotWrittenBeforeTheCaseReachesItsStep() {
		NegotiationCase file = aCaseAt(MethodStep.NEGOTIATION_ROUNDS);
		assertThatThrownBy(() -> file.noteAgreement("Verbal only", NOW)).hasMessage("negotiation.step.not-reached");
		NegotiationCase beforeTheGate = aCaseAt(MethodStep.OBJECTIVES);
		assertThatThrownBy(() -> beforeTheGate.noteFollowUp("Measured", NOW))
			.hasMessage("negotiation.gate.decision-required");
		NegotiationCase atAgreement = aCaseAt(MethodStep.AGREEMENT);
		atAgreement.noteAgreement("  Verbal only, witnessed by the priest ", NOW);
		assertThat(atAgreement.getAgreementNote()).isEqualTo("Verbal only, witnessed by the priest");
	}

	private static NegotiationCase aCase() {
		NegotiationCase file = new NegotiationCase(3,
				new CaseForm(3L, "Mobile clinic", "MX", "Guerrero", null, Set.of(5L),
						ObjectiveType.ACCESS_FOR_HEALTH_CARE, Priority.HIGH, OFFICER, null, null),
				OFFICER, 1, OFFICER, NOW);
		ReflectionTestUtils.setField(file, "id", 7L);
		return file;
	}

	private static NegotiationCase aCaseAt(MethodStep step) {
		NegotiationCase file = aCase();
		ReflectionTestUtils.setField(file, "currentStep", step);
		return file;
	}

	private static EngagementDecision asked(NegotiationCase file, String requester) {
		EngagementDecision asked = file.requestDecision(request(), 0, false, requester, SEALER, NOW);
		ReflectionTestUtils.setField(asked, "id", 11L);
		clear(asked);
		return asked;
	}

	private static Mandate request() {
		return new Mandate(DecisionRequest.of("legitimacy", "instrumentalisation", "legal", "safety", "reputation",
				"level", "scope", null, "no payment"), java.util.List.of(), java.util.List.of());
	}

	@SuppressWarnings("unchecked")
	private static Collection<Object> events(Object aggregate) {
		return (Collection<Object>) ReflectionTestUtils.invokeMethod(aggregate, "domainEvents");
	}

	private static void clear(Object aggregate) {
		ReflectionTestUtils.invokeMethod(aggregate, "clearDomainEvents");
	}

}
