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

	public MutableClock() {
		this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
	}

	private MutableClock(AtomicReference<Duration> offset, ZoneId zone) {
		this.offset = offset;
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

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MutableClock(this.offset, zone);
	}

	@Override
	public Instant instant() {
		return org.parley.shared.Replay.moment().orElseGet(() -> Instant.now().plus(this.offset.get()));
	}

	/** A clock set to a moment for a while. */
	@FunctionalInterface
	public interface Pinned extends AutoCloseable {

		@Override
		void close();

	}

}
