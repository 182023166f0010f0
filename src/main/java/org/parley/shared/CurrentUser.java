package org.parley.shared;

import java.util.Set;

/**
 * The signed-in user as every module sees it: enough to decide need-to-know without
 * depending on the identity module. Controllers receive it with
 * {@code @AuthenticationPrincipal CurrentUser}.
 */
public interface CurrentUser {

	long id();

	String username();

	String displayName();

	/**
	 * The teams the user belongs to: the records of other teams are not theirs to see.
	 */
	Set<Long> teamIds();

	/** Whether the user holds a role, by its name without prefix ("ADMIN", "AUDITOR"). */
	boolean hasRole(String role);

}
