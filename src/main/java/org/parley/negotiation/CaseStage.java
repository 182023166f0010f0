package org.parley.negotiation;

import org.parley.shared.RuleViolation;

/**
 * Where a case stands: its current step and whether it is still worked. "The case is
 * closed" and "the step is reached" are decided here and nowhere else: by the case
 * aggregate before it changes, by {@link CaseAccess} for the other modules, and by the
 * pages through {@link CaseView#stage()}.
 */
public record CaseStage(MethodStep currentStep, CaseStatus status) {

	public boolean closed() {
		return this.status == CaseStatus.CLOSED;
	}

	/**
	 * Whether the case has got to a step (it is the current one or behind it): nothing of
	 * a step is written before.
	 */
	public boolean reached(MethodStep step) {
		return step.ordinal() <= this.currentStep.ordinal();
	}

	/** Whether a step waits behind HQ's decision to engage. */
	public boolean behindDecision(MethodStep step) {
		return step.engages() && !this.currentStep.engages();
	}

	/** How a step shows in the stepper. */
	public StepStatus.State stateOf(MethodStep step) {
		if (closed() || step.ordinal() < this.currentStep.ordinal()) {
			return StepStatus.State.DONE;
		}
		if (step == this.currentStep) {
			return StepStatus.State.CURRENT;
		}
		return behindDecision(step) ? StepStatus.State.BLOCKED : StepStatus.State.LATER;
	}

	/** Refuses any change of a closed case. */
	public void requireOpen() {
		if (closed()) {
			throw new RuleViolation(null, "negotiation.case.closed");
		}
	}

	/**
	 * Refuses to write a step's content before the case has got there: before HQ's
	 * decision, nothing of the engagement.
	 */
	public void requireReached(MethodStep step) {
		if (!reached(step)) {
			throw new RuleViolation(null,
					behindDecision(step) ? "negotiation.gate.decision-required" : "negotiation.step.not-reached");
		}
	}

}
