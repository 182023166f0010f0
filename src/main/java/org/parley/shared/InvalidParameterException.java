package org.parley.shared;

/**
 * A request parameter the caller got wrong (an unknown status in a filter, a cursor that
 * is not one): a 400 whose message, translated from the key, names the parameter and what
 * it accepts.
 */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	private final String messageKey;

	private final transient Object[] args;

	public InvalidParameterException(String parameter, String messageKey, Object... args) {
		super("Invalid parameter " + parameter);
		this.parameter = parameter;
		this.messageKey = messageKey;
		this.args = args;
	}

	public String parameter() {
		return this.parameter;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args.clone();
	}

}
