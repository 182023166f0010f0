package org.parley.negotiation.step;

/**
 * The content of one step as the API returns it: each step's own record (its sheet, its
 * rows, its note), serialised with that record's fields.
 */
public interface StepContent {

	/**
	 * How many of the step's strictly confidential rounds the reader may not read (their
	 * sealed fields are null; decision 0022): for a dossier to say what it redacted.
	 */
	default int redactedRounds() {
		return 0;
	}

	/**
	 * How many other strictly confidential values of the step the reader may not read.
	 */
	default int redactedValues() {
		return 0;
	}

}
