package org.parley.negotiation.casefile;

import org.parley.negotiation.MethodStep;
import org.parley.negotiation.TransitionKind;
import java.time.Instant;

/**
 * A case moved between steps (or its closure was confirmed or returned): registered by
 * the case, written to its timeline by {@link Timeline} in the same transaction.
 *
 * @param reason why, when the move needs one (back, rejection, return)
 * @param actor who made the move
 */
public record CaseMoved(long caseId, long teamId, MethodStep from, MethodStep to, TransitionKind kind, String reason,
		String actor, Instant occurredAt) {
}
