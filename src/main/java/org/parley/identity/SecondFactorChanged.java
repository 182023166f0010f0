package org.parley.identity;

/**
 * Published when a user's second factor changes or a recovery code is used, so that the
 * notification module tells the user in their inbox (and by e-mail when it is on): if it
 * was not them, someone holds their password and perhaps their phone.
 *
 * @param userId the account
 * @param change what happened
 */
public record SecondFactorChanged(long userId, Change change) {

	/** What happened to the second factor. */
	public enum Change {

		TURNED_ON, TURNED_OFF, RESET_BY_ADMINISTRATOR, RECOVERY_CODE_USED, RECOVERY_CODES_REPLACED

	}

}
