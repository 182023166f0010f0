package org.parley.disclosure;

/** What HQ decided to give the requester. */
public enum DisclosureOutcome {

	DISCLOSED_IN_FULL, DISCLOSED_IN_PART, REFUSED;

	/** Whether anything is given at all. */
	public boolean discloses() {
		return this != REFUSED;
	}

}
