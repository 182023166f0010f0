package org.parley.negotiation;

import java.time.Instant;

/**
 * A step's content as its page shows it: the form's values, and the version and last
 * change of what is stored (a null version: nothing saved yet).
 */
public record Sheet<F>(F content, Stamp stamp) {

	public Long version() {
		return this.stamp.version();
	}

	/** Version and last change of a stored sheet. */
	public record Stamp(Long version, String updatedBy, Instant updatedAt) {

		static final Stamp NEW = new Stamp(null, null, null);

	}

}
