package org.parley.negotiation.step.group;

import java.time.Instant;

/** A dated assessment of a group of the case, as pages and the API show it. */
public record AssessmentView(long id, long groupId, String groupName, String assessedBy, AssessmentForm content,
		Instant updatedAt, long version) {
}
