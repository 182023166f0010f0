package org.parley.protection.keys;

import java.time.Instant;
import java.util.Map;

/**
 * A row of {@code key_destruction}: the emergency destruction of a team's strictly
 * confidential key, asked for by one administrator and confirmed (or cancelled) by
 * another.
 *
 * @param state PENDING, DONE, CANCELLED or EXPIRED
 * @param destroyedValues how many values the key had sealed, per sealed column
 * ("table.column"), once done
 * @param valuesDestroyed how many in all, once done
 */
public record DestructionRow(long id, long teamId, long dataKeyId, String state, String reason, String startedBy,
		Instant startedAt, Instant confirmBefore, String confirmedBy, Instant confirmedAt, String cancelledBy,
		Instant cancelledAt, Map<String, Long> destroyedValues, Long valuesDestroyed) {

	public boolean pending() {
		return "PENDING".equals(this.state);
	}

}
