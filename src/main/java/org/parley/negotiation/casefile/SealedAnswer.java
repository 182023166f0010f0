package org.parley.negotiation.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.parley.protection.Sealed;

/**
 * An answer to a guiding question as the case keeps it: its text sealed. What people read
 * is an {@link org.parley.negotiation.Answer}, opened by the case.
 */
@Embeddable
record SealedAnswer(@Column(name = "question_id") Long questionId, @Column(name = "answer") Sealed text,
		@Column(name = "not_applicable") boolean notApplicable) {

	/** An answer, or "not applicable": a blank answer is no answer. */
	boolean settled() {
		return this.notApplicable || this.text != null;
	}

}
