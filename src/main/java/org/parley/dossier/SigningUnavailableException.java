package org.parley.dossier;

/**
 * No signing key is configured: a dossier nobody could verify is not made.
 */
public class SigningUnavailableException extends RuntimeException {

	public SigningUnavailableException() {
		super("No dossier signing key is configured");
	}

}
