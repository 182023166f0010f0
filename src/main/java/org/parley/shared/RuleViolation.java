package org.parley.shared;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * A business rule refused what the user asked. Carries the form field it concerns (or
 * null for the whole form), a message key, and optionally the particulars (e.g. what a
 * step still lacks); controllers turn it into an error next to that field.
 */
public class RuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final List<MessageSourceResolvable> details;

	public RuleViolation(String field, String messageKey) {
		this(field, messageKey, List.of());
	}

	public RuleViolation(String field, String messageKey, List<? extends MessageSourceResolvable> details) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.details = List.copyOf(details);
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	/** The particulars of the refusal, each translatable; often empty. */
	public List<MessageSourceResolvable> details() {
		return this.details;
	}

}
