package org.parley.shared;

/**
 * A business rule refused what the user asked. Carries the form field it concerns (or
 * null for the whole form) and a message key; controllers turn it into an error next to
 * that field.
 */
public class RuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	public RuleViolation(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
