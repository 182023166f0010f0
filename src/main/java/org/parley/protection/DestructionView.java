package org.parley.protection;

import java.time.Instant;
import java.util.Map;

/**
 * An emergency destruction as the keys' page shows it.
 *
 * @param teamName the team's name (null when no module names teams)
 * @param state where it stands; a pending request past its deadline is {@code EXPIRED}
 * @param destroyedValues how many values were destroyed per sealed column
 * ("table.column"), by place; empty until done
 * @param valuesDestroyed how many in all, or null until done
 */
public record DestructionView(long id, long teamId, String teamName, long dataKeyId, State state, String reason,
		String startedBy, Instant startedAt, Instant confirmBefore, String confirmedBy, Instant confirmedAt,
		String cancelledBy, Instant cancelledAt, Map<String, Long> destroyedValues, Long valuesDestroyed) {

	/** Where a request stands. */
	public enum State {

		/** Waiting for a second administrator. */
		PENDING,
		/** Confirmed: the key is destroyed. */
		DONE,
		/** Withdrawn by an administrator. */
		CANCELLED,
		/** Not confirmed in time. */
		EXPIRED

	}

	public boolean pending() {
		return this.state == State.PENDING;
	}

	/** The team as it is to be named: its name, or its number. */
	public String team() {
		return (this.teamName != null) ? this.teamName : Long.toString(this.teamId);
	}

}
