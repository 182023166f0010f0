package org.parley.negotiation;

import java.util.Collection;

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

	/**
	 * Whether the user may read the strictly confidential values of a case of the team
	 * and of its rounds: the team's field officers and the HQ reviewers named on the case
	 * (decision 0022). Others who may see the case see those values redacted.
	 */
	static boolean canOpenStrict(CurrentUser user, long teamId, Collection<Long> named) {
		return canSee(user, teamId)
				&& (user.hasRole("FIELD_OFFICER") || (user.hasRole("HQ_REVIEWER") && named.contains(user.id())));
	}

	static boolean canWork(CurrentUser user, long teamId) {
		return user.teamIds().contains(teamId) && user.hasRole("FIELD_OFFICER");
	}

}
