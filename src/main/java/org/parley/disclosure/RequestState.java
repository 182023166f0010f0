package org.parley.disclosure;

/**
 * Where a disclosure request stands: received, under assessment (the risk to the people
 * concerned written down), decided by an HQ reviewer, then closed once the answer went
 * out; or withdrawn by the requester before a decision.
 */
public enum RequestState {

	RECEIVED, UNDER_ASSESSMENT, DECIDED, CLOSED, WITHDRAWN;

	/** Whether the request still waits for a decision (and may be corrected). */
	public boolean open() {
		return this == RECEIVED || this == UNDER_ASSESSMENT;
	}

}
