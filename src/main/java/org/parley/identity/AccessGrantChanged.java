package org.parley.identity;

import java.util.Set;

/**
 * Published in the transaction of any change to what an account may read: a grant made at
 * once, requested (waiting for a second administrator), confirmed, refused or withdrawn.
 * The notification module tells the HQ reviewers of the teams concerned and, for a
 * request, the other administrators.
 *
 * @param userId the account whose access changes
 * @param stage where the grant stands
 * @param what what is granted: a role, a team, or the sight of interlocutors' names
 * @param role the role granted, when {@code what} is a role
 * @param teamIds the teams concerned: the account's teams and the team granted
 * @param actorId the administrator who acted
 */
public record AccessGrantChanged(long userId, Stage stage, AccessGrant.Kind what, Role role, Set<Long> teamIds,
		long actorId) {

	/** Where a grant stands. */
	public enum Stage {

		GRANTED, REQUESTED, CONFIRMED, REFUSED, WITHDRAWN

	}

}
