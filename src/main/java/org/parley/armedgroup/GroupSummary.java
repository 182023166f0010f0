package org.parley.armedgroup;

import java.time.Instant;
import java.util.List;

/**
 * A group as the registry list shows it.
 */
public record GroupSummary(long id, String name, List<String> aliases, List<String> categories, List<String> countries,
		Stance stance, Instant updatedAt) {
}
