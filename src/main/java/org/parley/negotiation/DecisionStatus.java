package org.parley.negotiation;

/**
 * Where a request to engage stands. Labels under
 * {@code negotiation.DecisionStatus.<VALUE>}.
 */
public enum DecisionStatus {

	PENDING, APPROVED, REJECTED, RETURNED

}
