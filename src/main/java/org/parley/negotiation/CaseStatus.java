package org.parley.negotiation;

/**
 * Whether a case is still being worked. Labels under
 * {@code negotiation.CaseStatus.<VALUE>}.
 */
public enum CaseStatus {

	ACTIVE, CLOSED

}
