package org.parley.negotiation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where a case stands decides, in one place, what is closed, reached or blocked. */
class CaseStageTest {

	@Test
	void stepsBeforeTheCurrentOneAreDoneAndTheEngagementWaitsBehindTheDecision() {
		CaseStage atObjectives = new CaseStage(MethodStep.OBJECTIVES, CaseStatus.ACTIVE);
		assertThat(atObjectives.stateOf(MethodStep.CONFLICT_ANALYSIS)).isEqualTo(StepStatus.State.DONE);
		assertThat(atObjectives.stateOf(MethodStep.OBJECTIVES)).isEqualTo(StepStatus.State.CURRENT);
		assertThat(atObjectives.stateOf(MethodStep.INTERNAL_DECISION)).isEqualTo(StepStatus.State.LATER);
		assertThat(atObjectives.stateOf(MethodStep.NEGOTIATION_ROUNDS)).isEqualTo(StepStatus.State.BLOCKED);
		CaseStage atRounds = new CaseStage(MethodStep.NEGOTIATION_ROUNDS, CaseStatus.ACTIVE);
		assertThat(atRounds.stateOf(MethodStep.AGREEMENT)).isEqualTo(StepStatus.State.LATER);
	}

	@Test
	void everyStepOfAClosedCaseIsDone() {
		CaseStage closed = new CaseStage(MethodStep.CLOSURE, CaseStatus.CLOSED);
		assertThat(closed.closed()).isTrue();
		assertThat(closed.stateOf(MethodStep.CLOSURE)).isEqualTo(StepStatus.State.DONE);
		assertThatThrownBy(closed::requireOpen).hasMessage("negotiation.case.closed");
	}

	@Test
	void aStepNotReachedIsRefusedWithTheGateBeforeTheDecisionAndOtherwiseAsNotReached() {
		CaseStage atObjectives = new CaseStage(MethodStep.OBJECTIVES, CaseStatus.ACTIVE);
		assertThat(atObjectives.reached(MethodStep.UNDERSTANDING_THE_GROUP)).isTrue();
		assertThat(atObjectives.reached(MethodStep.INTERNAL_DECISION)).isFalse();
		assertThatThrownBy(() -> atObjectives.requireReached(MethodStep.ENGAGEMENT_MODALITY))
			.hasMessage("negotiation.gate.decision-required");
		assertThatThrownBy(() -> atObjectives.requireReached(MethodStep.INTERNAL_DECISION))
			.hasMessage("negotiation.step.not-reached");
		CaseStage atRounds = new CaseStage(MethodStep.NEGOTIATION_ROUNDS, CaseStatus.ACTIVE);
		assertThatThrownBy(() -> atRounds.requireReached(MethodStep.AGREEMENT))
			.hasMessage("negotiation.step.not-reached");
		atRounds.requireReached(MethodStep.NEGOTIATION_ROUNDS);
	}

}
