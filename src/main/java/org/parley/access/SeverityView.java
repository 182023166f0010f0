package org.parley.access;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A team's severity of access constraints in an area for a month.
 *
 * @param severity 0 (none or low) to 3 (extreme)
 * @param reasons why, opened for the team's readers
 */
public record SeverityView(long id, long teamId, Area area, YearMonth month, int severity, String reasons,
		String recordedBy, Instant recordedAt, long version) {

}
