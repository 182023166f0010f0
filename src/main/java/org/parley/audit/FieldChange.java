package org.parley.audit;

/**
 * The old and new value of one field, as text. Either may be null (created, cleared).
 *
 * @param oldValue the value before the change
 * @param newValue the value after the change
 */
public record FieldChange(String oldValue, String newValue) {

	/** Written in place of the values of a field marked {@link AuditRedacted}. */
	public static final String REDACTED = "[redacted]";

	static FieldChange redacted() {
		return new FieldChange(REDACTED, REDACTED);
	}

}
