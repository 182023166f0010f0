package org.parley.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A reviewer's comment on one commitment of a version. */
@Embeddable
public record ReviewComment(@Column(name = "commitment_key") String commitmentKey,
		@Column(name = "comment") String comment) {

	@Override
	public String toString() {
		return this.commitmentKey + ": " + this.comment;
	}

}
