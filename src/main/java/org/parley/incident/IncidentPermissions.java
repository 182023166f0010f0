package org.parley.incident;

import java.util.Collection;

import org.parley.protection.Classification;
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

	/**
	 * Whether the user may know that this incident exists: strictly confidential ones,
	 * the team's field officers, the HQ reviewers named on it and the team's auditors
	 * (these without its sealed fields) only (decision 0022).
	 */
	static boolean canSee(CurrentUser user, long teamId, Classification level, Collection<Long> named) {
		return canRead(user, teamId, level, named) || (canSee(user, teamId) && user.hasRole("AUDITOR"));
	}

	/** Whether the user may read the incident's sealed fields. */
	static boolean canRead(CurrentUser user, long teamId, Classification level, Collection<Long> named) {
		return canSee(user, teamId) && (!level.strict() || user.hasRole("FIELD_OFFICER")
				|| (user.hasRole("HQ_REVIEWER") && named.contains(user.id())));
	}

	/** HQ reviewers of the team who may read it change its level. */
	static boolean canClassify(CurrentUser user, long teamId, Classification level, Collection<Long> named) {
		return user.hasRole("HQ_REVIEWER") && canRead(user, teamId, level, named);
	}

	static boolean canRecord(CurrentUser user, long teamId) {
		return user.teamIds().contains(teamId) && user.hasRole("FIELD_OFFICER");
	}

	static boolean canEdit(CurrentUser user, long teamId) {
		return canRecord(user, teamId) || (user.teamIds().contains(teamId) && user.hasRole("HQ_REVIEWER"));
	}

}
