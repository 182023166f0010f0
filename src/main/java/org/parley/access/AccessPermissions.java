package org.parley.access;

import java.util.List;

import org.parley.shared.CurrentUser;

import org.springframework.security.access.AccessDeniedException;

/**
 * Need-to-know for access constraints and severities, as for incidents: the team's field
 * officers, HQ reviewers and auditors read; its field officers record. An HQ reviewer of
 * several teams compares their areas side by side.
 */
final class AccessPermissions {

	private AccessPermissions() {
	}

	static boolean canRead(CurrentUser user, long teamId) {
		return user.teamIds().contains(teamId) && isReader(user);
	}

	static boolean canRecord(CurrentUser user, long teamId) {
		return user.teamIds().contains(teamId) && user.hasRole("FIELD_OFFICER");
	}

	static boolean isReader(CurrentUser user) {
		return user.hasRole("FIELD_OFFICER") || user.hasRole("HQ_REVIEWER") || user.hasRole("AUDITOR");
	}

	static void requireReader(CurrentUser user) {
		if (!isReader(user)) {
			throw new AccessDeniedException("Access constraints are read by the teams' officers, reviewers, auditors");
		}
	}

	static List<Long> readingTeams(CurrentUser user) {
		return user.teamIds().stream().filter((team) -> canRead(user, team)).sorted().toList();
	}

	static List<Long> recordingTeams(CurrentUser user) {
		return user.teamIds().stream().filter((team) -> canRecord(user, team)).sorted().toList();
	}

	static void requireRecorder(CurrentUser user) {
		if (recordingTeams(user).isEmpty()) {
			throw new AccessDeniedException("Only field officers record access constraints");
		}
	}

	/**
	 * The team a record goes to: the one named, which must be one the user records for,
	 * or the user's only one.
	 */
	static long recordingTeam(Long named, CurrentUser user) {
		List<Long> teams = recordingTeams(user);
		if (named == null) {
			if (teams.size() != 1) {
				throw new org.parley.shared.RuleViolation("teamId", "validation.required");
			}
			return teams.get(0);
		}
		if (!teams.contains(named)) {
			throw new org.parley.shared.RuleViolation("teamId", "access.team.not-yours");
		}
		return named;
	}

}
