package org.parley.negotiation.step.objectives;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A line the negotiator may not cross. With a code it is one of the organisation's (from
 * the RED_LINE reference list) and cannot be removed from the case.
 */
@Embeddable
public record RedLine(@Column(name = "text") String text, @Column(name = "code") String code) {

	public boolean organisational() {
		return this.code != null;
	}

	@Override
	public String toString() {
		return (this.code != null) ? "[" + this.code + "] " + this.text : this.text;
	}

}
