package org.parley.armedgroup;

import java.time.Instant;
import java.util.List;

/**
 * Everything the registry holds about one group.
 */
public record GroupDetails(long id, GroupProfile profile, List<GroupLabel> labels, List<Presence> presence,
		List<HumanitarianCommitment> commitments, List<RelationView> relations, Instant createdAt, Instant updatedAt,
		long version) {
}
