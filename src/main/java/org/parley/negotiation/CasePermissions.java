package org.parley.negotiation;

import org.parley.shared.CurrentUser;

/**
 * Need-to-know for cases: the team's field officers and HQ reviewers, and the team's
 * auditors read-only. Administrators manage accounts, not cases.
 */
final class CasePermissions {

	private CasePermissions() {
	}

	static boolean canSee(CurrentUser user, long teamId) {
		return user.teamIds().contains(teamId)
				&& (user.hasRole("FIELD_OFFICER") || user.hasRole("HQ_REVIEWER") || user.hasRole("AUDITOR"));
	}

	/** HQ reviewers of the team decide on engagement (never on their own request). */
	static boolean canDecide(CurrentUser user, long teamId) {
		return user.teamIds().contains(teamId) && user.hasRole("HQ_REVIEWER");
	}

	static boolean canWork(CurrentUser user, long teamId) {
		return user.teamIds().contains(teamId) && user.hasRole("FIELD_OFFICER");
	}

}
