package org.parley.negotiation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A red line of the mandate a request to engage asks for: one of the organisation's (with
 * the code of the RED_LINE reference list, copied when the request is made and never left
 * out) or one of the case's own.
 */
@Embeddable
public record MandateRedLine(@Enumerated(EnumType.STRING) @Column(name = "origin") Origin origin,
		@Column(name = "code") String code, @Column(name = "text") String text) {

	/** One of the organisation's red lines. */
	public static MandateRedLine organisation(String code, String text) {
		return new MandateRedLine(Origin.ORGANISATION, code, text);
	}

	/** One of the case's own red lines. */
	public static MandateRedLine ofCase(String text) {
		return new MandateRedLine(Origin.CASE, null, text);
	}

	public boolean organisational() {
		return this.origin == Origin.ORGANISATION;
	}

	/**
	 * As the audit log records it: the organisation's with their code, like the case's.
	 */
	@Override
	public String toString() {
		return (this.code != null) ? "[" + this.code + "] " + this.text : this.text;
	}

	/** Whose red line it is. Labels under {@code negotiation.MandateRedLine.Origin.}. */
	public enum Origin {

		ORGANISATION, CASE;

		/** Its label's message key. */
		public String messageKey() {
			return "negotiation.MandateRedLine.Origin." + name();
		}

	}

}
