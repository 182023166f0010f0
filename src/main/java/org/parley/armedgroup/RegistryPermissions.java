package org.parley.armedgroup;

import org.parley.identity.ParleyUser;
import org.parley.shared.CurrentUser;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may write to the registry. Every signed-in user reads armed-group profiles; field
 * officers and HQ reviewers keep them up to date. Auditors and administrators read only.
 */
final class RegistryPermissions {

	private RegistryPermissions() {
	}

	static boolean canEditGroups(CurrentUser user) {
		return user.hasRole("FIELD_OFFICER") || user.hasRole("HQ_REVIEWER");
	}

	static void requireGroupEditor(CurrentUser user) {
		if (!canEditGroups(user)) {
			throw new AccessDeniedException("Only field officers and HQ reviewers edit armed groups");
		}
	}

	/**
	 * Need-to-know for interlocutors: field officers and HQ reviewers who belong to the
	 * team that recorded the person, and the team's auditors to whom an administrator
	 * granted it (without the grant, an auditor sees no interlocutor: not even that one
	 * exists).
	 */
	static boolean canSeeInterlocutorsOf(CurrentUser user, long teamId) {
		return user.teamIds().contains(teamId) && (user.hasRole("FIELD_OFFICER") || user.hasRole("HQ_REVIEWER")
				|| (user instanceof ParleyUser account && account.revealsInterlocutorNames()));
	}

	/** Field officers of the team record and edit its interlocutors. */
	static boolean canEditInterlocutorsOf(CurrentUser user, long teamId) {
		return user.teamIds().contains(teamId) && user.hasRole("FIELD_OFFICER");
	}

}
