package org.parley.armedgroup;

import java.time.Instant;
import java.util.List;

/**
 * A group as the registry list shows it.
 *
 * @param designations the authorities that designate it today (decision 0024), the latest
 * listing first
 */
public record GroupSummary(long id, String name, List<String> aliases, List<String> categories, List<String> countries,
		Stance stance, Instant updatedAt, List<DesignationMark> designations) {
}
