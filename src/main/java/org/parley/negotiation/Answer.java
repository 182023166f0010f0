package org.parley.negotiation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The answer to one guiding question, or "not applicable" with an optional note.
 */
@Embeddable
public record Answer(@Column(name = "question_id") Long questionId, @Column(name = "answer") String text,
		@Column(name = "not_applicable") boolean notApplicable) {

	public boolean settled() {
		return this.notApplicable || (this.text != null && !this.text.isBlank());
	}

	@Override
	public String toString() {
		return "Q" + this.questionId + ": " + (this.notApplicable ? "N/A " : "")
				+ ((this.text != null) ? this.text : "");
	}

}
