package org.parley.negotiation.step.closure;

import jakarta.validation.constraints.Size;
import org.parley.negotiation.casefile.ClosureOutcome;

/** Step 9, closure: how the case ended and what the organisation learned. */
public record ClosureForm(ClosureOutcome outcome,
		@Size(max = 20000, message = "{validation.too-long}") String lessonsLearned) {

	public static ClosureForm empty() {
		return new ClosureForm(null, null);
	}

}
