package org.parley.armedgroup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A designation as pages, the API and other modules read it.
 *
 * @param active whether the listing is in force today (not lifted, or lifted only from a
 * later day)
 */
public record DesignationView(long id, long groupId, DesignationAuthority authority, String jurisdiction,
		String listingName, LocalDate listedOn, String source, LocalDate liftedOn, String recordedBy,
		Instant recordedAt, long version, boolean active) {
}
