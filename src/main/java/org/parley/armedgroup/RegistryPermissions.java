package org.parley.armedgroup;

import org.parley.identity.ParleyUser;
import org.parley.protection.Classification;
import org.parley.shared.CurrentUser;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may write to the registry. Every signed-in user reads armed-group profiles; field
 * officers and HQ reviewers keep them up to date; HQ reviewers and administrators record
 * their designations. Auditors read only.
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
	 * Designations and sanctions are recorded by HQ reviewers and administrators
	 * (decision 0024): a legal fact checked at headquarters, not a field observation.
	 */
	static boolean canEditDesignations(CurrentUser user) {
		return user.hasRole("HQ_REVIEWER") || user.hasRole("ADMIN");
	}

	static void requireDesignationEditor(CurrentUser user) {
		if (!canEditDesignations(user)) {
			throw new AccessDeniedException("Only HQ reviewers and administrators record designations");
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

	/**
	 * Whether the user may know that this interlocutor exists (decision 0022): under the
	 * team's need-to-know, and when it is strictly confidential, only its team's field
	 * officers, the HQ reviewers named on it and the auditors (these without its
	 * contents, {@link #canReadInterlocutor}).
	 */
	static boolean canSeeInterlocutor(CurrentUser user, long teamId, Classification level,
			java.util.Collection<Long> namedReviewers) {
		return canReadInterlocutor(user, teamId, level, namedReviewers)
				|| (canSeeInterlocutorsOf(user, teamId) && user.hasRole("AUDITOR"));
	}

	/**
	 * Whether the user may read what is recorded about this interlocutor: under the
	 * team's need-to-know, and when it is strictly confidential, only its team's field
	 * officers and the HQ reviewers named on it.
	 */
	static boolean canReadInterlocutor(CurrentUser user, long teamId, Classification level,
			java.util.Collection<Long> namedReviewers) {
		if (!canSeeInterlocutorsOf(user, teamId)) {
			return false;
		}
		return !level.strict() || user.hasRole("FIELD_OFFICER")
				|| (user.hasRole("HQ_REVIEWER") && namedReviewers.contains(user.id()));
	}

	/** HQ reviewers of the team who may read it change its level. */
	static boolean canClassify(CurrentUser user, long teamId, Classification level,
			java.util.Collection<Long> namedReviewers) {
		return user.hasRole("HQ_REVIEWER") && canReadInterlocutor(user, teamId, level, namedReviewers);
	}

	/** Field officers of the team record and edit its interlocutors. */
	static boolean canEditInterlocutorsOf(CurrentUser user, long teamId) {
		return user.teamIds().contains(teamId) && user.hasRole("FIELD_OFFICER");
	}

}
