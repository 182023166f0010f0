package org.parley.identity;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Users of a web-slice test, signed in with the same principal a real sign-in produces
 * ({@link ParleyUser}), built without a database.
 */
public final class SignedIn {

	/** The account version every slice user was read at (see {@link SecuritySlice}). */
	static final long VERSION = 0;

	private SignedIn() {
	}

	public static RequestPostProcessor admin() {
		return as("admin", Set.of(Role.ADMIN));
	}

	public static RequestPostProcessor auditor() {
		return as("auditor", Set.of(Role.AUDITOR));
	}

	public static RequestPostProcessor hqReviewer(long... teamIds) {
		return as("hq", Set.of(Role.HQ_REVIEWER), teamIds);
	}

	public static RequestPostProcessor fieldOfficer(long... teamIds) {
		return as("field", Set.of(Role.FIELD_OFFICER), teamIds);
	}

	/** A user with these roles in these teams (named "Team 1", "Team 2", ... by id). */
	public static RequestPostProcessor as(String username, Set<Role> roles, long... teamIds) {
		return SecurityMockMvcRequestPostProcessors.user(user(username, roles, teamIds));
	}

	public static ParleyUser user(String username, Set<Role> roles, long... teamIds) {
		UserAccount account = new UserAccount(username, "Test " + username, "{noop}unused", false, Instant.EPOCH);
		ReflectionTestUtils.setField(account, "id", (long) Math.abs(username.hashCode()));
		Set<Team> teams = new HashSet<>();
		for (long teamId : teamIds) {
			Team team = new Team("Team " + teamId, null, Instant.EPOCH);
			ReflectionTestUtils.setField(team, "id", teamId);
			teams.add(team);
		}
		account.describe(account.getDisplayName(), roles, teams);
		return new ParleyUser(account, false);
	}

}
