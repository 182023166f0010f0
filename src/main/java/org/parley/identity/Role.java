package org.parley.identity;

/**
 * What a user may do. A user may hold several roles; what they may see is further limited
 * by their teams.
 */
public enum Role {

	/** Logs groups, contacts, meetings and agreements for their teams. */
	FIELD_OFFICER,
	/** Approves the decision to engage and every agreement, for their teams. */
	HQ_REVIEWER,
	/** Reads and exports complete case histories of their teams; changes nothing. */
	AUDITOR,
	/** Manages accounts, teams and reference lists. */
	ADMIN;

	/** Whether the role reads cases (everything but the administrator's). */
	public boolean isCaseRole() {
		return this != ADMIN;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
