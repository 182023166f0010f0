package org.parley.negotiation;

import java.util.List;

/**
 * Where a step stands in a case, for the stepper: done, current, blocked behind the HQ
 * decision, or later; and what it still lacks.
 */
public record StepStatus(MethodStep step, State state, List<Missing> missing) {

	public String slug() {
		return this.step.slug();
	}

	/** The states of a step in the stepper. */
	public enum State {

		DONE, CURRENT, BLOCKED, LATER

	}

}
