package org.parley.incident;

import org.parley.shared.CurrentUser;

/**
 * Need-to-know for incidents, the same as for cases: the team's field officers and HQ
 * reviewers, and its auditors read-only. Field officers record incidents; HQ reviewers of
 * the team may also correct them (the certainty after verification, what is shared).
 */
final class IncidentPermissions {

	private IncidentPermissions() {
	}

	static boolean canSee(CurrentUser user, long teamId) {
		return user.teamIds().contains(teamId)
				&& (user.hasRole("FIELD_OFFICER") || user.hasRole("HQ_REVIEWER") || user.hasRole("AUDITOR"));
	}

	static boolean canRecord(CurrentUser user, long teamId) {
		return user.teamIds().contains(teamId) && user.hasRole("FIELD_OFFICER");
	}

	static boolean canEdit(CurrentUser user, long teamId) {
		return canRecord(user, teamId) || (user.teamIds().contains(teamId) && user.hasRole("HQ_REVIEWER"));
	}

}
