package org.parley.identity;

import java.time.Instant;

/**
 * Published when an administrator resets a user's password, or creates an account (which
 * starts the same way: a password nobody knows and a one-time reset code). The
 * notification module tells the user of a reset in their inbox and, when {@code code} is
 * not null, e-mails them the code (after the change is committed); the administrator
 * never sees that code.
 *
 * @param userId the account
 * @param username its username, which the user types with the code
 * @param email where the code goes, or null when it was shown to the administrator
 * @param language the language the user reads, or null
 * @param code the one-time reset code to e-mail, or null when not e-mailed
 * @param expiresAt when the code stops working
 * @param newAccount whether the account was just created (its owner has never signed in)
 */
public record PasswordResetIssued(long userId, String username, String email, String language, String code,
		Instant expiresAt, boolean newAccount) {

	@Override
	public String toString() {
		return "PasswordResetIssued[userId=" + this.userId + ", expiresAt=" + this.expiresAt + ", newAccount="
				+ this.newAccount + "]";
	}

}
