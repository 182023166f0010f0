package org.parley.negotiation;

import java.time.Instant;

/**
 * A move between steps as the case timeline shows it.
 */
public record TransitionView(MethodStep fromStep, MethodStep toStep, TransitionKind kind, String reason, String actor,
		Instant occurredAt) {
}
