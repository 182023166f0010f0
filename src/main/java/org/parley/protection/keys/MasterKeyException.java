package org.parley.protection.keys;

/** The master key is missing or unreadable: Parley does not start. */
public class MasterKeyException extends IllegalStateException {

	public MasterKeyException(String message, Throwable cause) {
		super(message, cause);
	}

}
