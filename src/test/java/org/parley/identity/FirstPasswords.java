package org.parley.identity;

import org.springframework.context.ApplicationContext;

/**
 * For tests of other modules that need a new account to sign in: its owner chooses the
 * first password the only way there is, with the reset code of the account's creation.
 */
public final class FirstPasswords {

	private FirstPasswords() {
	}

	public static void choose(ApplicationContext context, UserAdministration.Created created, String password) {
		context.getBean(PasswordResets.class).redeem(created.username(), created.resetCode(), password);
	}

}
