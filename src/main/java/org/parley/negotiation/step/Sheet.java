package org.parley.negotiation.step;

import java.time.Instant;
import java.util.Objects;

import org.parley.shared.ConcurrentEditException;

import org.springframework.http.ResponseEntity;

/**
 * A step's content as its page shows it: the form's values, and the version and last
 * change of what is stored (a null version: nothing saved yet).
 */
public record Sheet<F>(F content, Stamp stamp) {

	public Long version() {
		return this.stamp.version();
	}

	/**
	 * Fails unless the user saved over the version stored (null on both sides: nothing
	 * saved yet).
	 */
	public static void requireVersion(String type, long caseId, Long given, StepSheet stored) {
		if (!Objects.equals(given, (stored != null) ? stored.stamp().version() : null)) {
			throw new ConcurrentEditException(type, caseId);
		}
	}

	/** The sheet as the API answers it, with its version as ETag once saved. */
	public static <F> ResponseEntity<Sheet<F>> withETag(Sheet<F> sheet) {
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
		if (sheet.version() != null) {
			ok.eTag(Long.toString(sheet.version()));
		}
		return ok.body(sheet);
	}

	/** Version and last change of a stored sheet. */
	public record Stamp(Long version, String updatedBy, Instant updatedAt) {

		public static final Stamp NEW = new Stamp(null, null, null);

	}

}
