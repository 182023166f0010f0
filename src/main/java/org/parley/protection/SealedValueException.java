package org.parley.protection;

/**
 * A sealed value that cannot be opened: not in the sealed format, altered, copied from
 * another column or team, or sealed under a key this instance cannot read. Never carries
 * the value.
 */
public class SealedValueException extends IllegalStateException {

	public SealedValueException(String message) {
		super(message);
	}

	public SealedValueException(String message, Throwable cause) {
		super(message, cause);
	}

}
