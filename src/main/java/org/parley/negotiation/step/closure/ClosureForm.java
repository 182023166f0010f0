package org.parley.negotiation.step.closure;

import org.parley.negotiation.casefile.ClosureOutcome;
import jakarta.validation.constraints.Size;

/** Step 9, closure: how the case ended and what the organisation learned. */
public record ClosureForm(ClosureOutcome outcome,
		@Size(max = 20000, message = "{validation.too-long}") String lessonsLearned) {

	public static ClosureForm empty() {
		return new ClosureForm(null, null);
	}

}
