package org.parley.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock: the system's, except on a thread that {@link Replay replays}
 * work of the past.
 */
public final class ApplicationClock extends Clock {

	private final Clock base;

	public ApplicationClock(Clock base) {
		this.base = base;
	}

	@Override
	public ZoneId getZone() {
		return this.base.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new ApplicationClock(this.base.withZone(zone));
	}

	@Override
	public Instant instant() {
		return Replay.moment().orElseGet(this.base::instant);
	}

}
