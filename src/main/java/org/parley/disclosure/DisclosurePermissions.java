package org.parley.disclosure;

import org.parley.shared.CurrentUser;

/**
 * Need-to-know for disclosure requests, as for cases: the team's field officers and HQ
 * reviewers record and assess them, its auditors read them, and only its HQ reviewers
 * decide. Administrators, who belong to no team, see none.
 */
final class DisclosurePermissions {

	private DisclosurePermissions() {
	}

	static boolean canSee(CurrentUser user, long teamId) {
		return user.teamIds().contains(teamId)
				&& (user.hasRole("FIELD_OFFICER") || user.hasRole("HQ_REVIEWER") || user.hasRole("AUDITOR"));
	}

	static boolean canWork(CurrentUser user, long teamId) {
		return user.teamIds().contains(teamId) && (user.hasRole("FIELD_OFFICER") || user.hasRole("HQ_REVIEWER"));
	}

	static boolean canDecide(CurrentUser user, long teamId) {
		return user.teamIds().contains(teamId) && user.hasRole("HQ_REVIEWER");
	}

}
