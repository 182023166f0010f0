package org.parley.agreement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How well one commitment of an agreement was implemented in one month.
 *
 * @param month the first day of the month scored
 * @param score 0 (not at all) to 3 (fully)
 */
public record ScoreView(long agreementId, String commitmentKey, CommitmentCategory category, LocalDate month, int score,
		String note, String scoredBy, Instant scoredAt) {
}
