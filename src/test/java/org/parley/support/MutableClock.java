package org.parley.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests can move forward (to see a lock-out expire) without waiting, or set to a
 * moment (a time of day near midnight) for the length of a test. Its views in other time
 * zones move with it, so that the teams' calendar (the application's zone) is the one
 * used in tests as in production.
 */
public class MutableClock extends Clock {

	private final AtomicReference<Duration> offset;

	private final ZoneId zone;

	private final AtomicReference<Instant> stoppedAt;

	public MutableClock() {
		this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC, new AtomicReference<>());
	}

	private MutableClock(AtomicReference<Duration> offset, ZoneId zone, AtomicReference<Instant> stoppedAt) {
		this.offset = offset;
		this.stoppedAt = stoppedAt;
		this.zone = zone;
	}

	public void advance(Duration duration) {
		this.offset.updateAndGet((current) -> current.plus(duration));
	}

	/**
	 * Sets the clock to a moment until the returned handle is closed, which puts it back
	 * where it was (plus the time spent meanwhile).
	 */
	public Pinned pinAt(Instant moment) {
		Duration before = this.offset.get();
		this.offset.set(Duration.between(Instant.now(), moment));
		return () -> this.offset.set(before);
	}

	/**
	 * Stops the clock at its current moment until the returned handle is closed, which
	 * lets it run again from where it was (plus the time spent meanwhile).
	 */
	public Pinned stop() {
		Instant at = instant();
		this.stoppedAt.set(at);
		return () -> this.stoppedAt.set(null);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MutableClock(this.offset, zone, this.stoppedAt);
	}

	@Override
	public Instant instant() {
		Instant stopped = this.stoppedAt.get();
		if (stopped != null) {
			return org.parley.shared.Replay.moment().orElse(stopped);
		}
		return org.parley.shared.Replay.moment().orElseGet(() -> Instant.now().plus(this.offset.get()));
	}

	/** A clock set to a moment for a while. */
	@FunctionalInterface
	public interface Pinned extends AutoCloseable {

		@Override
		void close();

	}

}
