package org.parley.negotiation.step.closure;

import java.time.Instant;

/**
 * The closure of a case as its page and the API show it.
 *
 * @param content the outcome and lessons learned as the team described them
 * @param requestedBy who asked HQ to confirm the closure (null: not asked, or returned)
 * @param closedBy the HQ reviewer who confirmed it (null: not closed)
 */
public record ClosureView(ClosureForm content, String requestedBy, Instant requestedAt, String closedBy) {
}
