package org.parley.shared;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

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

	/**
	 * The username of whoever is signed in on this thread (by session or token), or empty
	 * when nobody is.
	 */
	static Optional<String> signedInName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.of(authentication.getName());
	}

}
