package org.parley.negotiation.step.rounds;

import org.parley.protection.Classification;

/**
 * A negotiation round as pages and the API show it.
 *
 * @param number its place in the case's rounds, in date order (1 is the first)
 * @param overdue whether its next step is open and past its due date
 * @param classification the round's level (never below its case's)
 * @param redacted the round is strictly confidential and the reader may not read its
 * sealed fields (null in {@code content})
 */
public record RoundView(long id, int number, RoundForm content, String createdBy, long version, boolean overdue,
		Classification classification, boolean redacted) {

	/** Whether the round's next step is still open. */
	public boolean nextStepOpen() {
		return this.content.nextStep() != null && !this.content.nextStepDone();
	}

}
