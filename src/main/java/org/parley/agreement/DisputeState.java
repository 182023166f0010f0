package org.parley.agreement;

/**
 * Where a dispute under an agreement stands: open until it is closed with an outcome.
 * Labels under {@code agreement.DisputeState.<VALUE>}.
 */
public enum DisputeState {

	OPEN, SETTLED, PARTLY_SETTLED, NOT_SETTLED, ESCALATED_TO_BREACH;

	public boolean closed() {
		return this != OPEN;
	}

}
