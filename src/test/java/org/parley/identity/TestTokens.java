package org.parley.identity;

import org.springframework.context.ApplicationContext;

/**
 * Issues a personal access token to a demo user, for tests of the API from other modules.
 */
public final class TestTokens {

	private TestTokens() {
	}

	public static String issue(ApplicationContext context, String username) {
		long owner = context.getBean(UserAccountRepository.class).findByUsername(username).orElseThrow().getId();
		return context.getBean(PersonalAccessTokens.class)
			.issue(owner, "Test " + System.nanoTime(), TokenLifetime.THIRTY_DAYS)
			.token();
	}

}
