package org.parley.identity;

import java.time.Instant;

/**
 * Published when an administrator resets a user's password. The notification module tells
 * the user in their inbox and, when {@code code} is not null, e-mails them the one-time
 * reset code (after the reset is committed); the administrator never sees that code.
 *
 * @param userId the account reset
 * @param email where the code goes, or null when it was shown to the administrator
 * @param language the language the user reads, or null
 * @param code the one-time reset code to e-mail, or null when not e-mailed
 * @param expiresAt when the code stops working
 */
public record PasswordResetIssued(long userId, String email, String language, String code, Instant expiresAt) {

	@Override
	public String toString() {
		return "PasswordResetIssued[userId=" + this.userId + ", expiresAt=" + this.expiresAt + "]";
	}

}
