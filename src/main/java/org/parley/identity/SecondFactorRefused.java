package org.parley.identity;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A code of the second factor that was wrong, or already used: counted against the
 * account and the address like a wrong password ({@link SignInTracker}).
 */
final class SecondFactorRefused extends BadCredentialsException {

	private final String cause;

	SecondFactorRefused(String cause) {
		super("Second factor refused: " + cause);
		this.cause = cause;
	}

	/** Why, in the audit log's words. */
	String why() {
		return this.cause;
	}

}
