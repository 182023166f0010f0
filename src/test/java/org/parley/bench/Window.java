package org.parley.bench;

/**
 * The clock of a run, set when Gatling starts it ({@link #open}), not when the simulation
 * is built: the warm-up (sign-ins and set-up included), then the measured window. Every
 * chain reads it while it runs.
 */
final class Window {

	private final long warmupMillis;

	private final long measuredMillis;

	private volatile long start;

	private volatile long latestSetUp;

	Window(int warmupSeconds, int seconds) {
		this.warmupMillis = warmupSeconds * 1000L;
		this.measuredMillis = seconds * 1000L;
	}

	void open() {
		this.start = System.currentTimeMillis();
	}

	boolean opened() {
		return this.start > 0;
	}

	long warmEnd() {
		return this.start + this.warmupMillis;
	}

	long end() {
		return warmEnd() + this.measuredMillis;
	}

	boolean warmingUp() {
		return System.currentTimeMillis() < warmEnd();
	}

	/** Whether the run is over: nothing more is sent. */
	boolean over() {
		return opened() && System.currentTimeMillis() >= end();
	}

	/** A user is signed in and set up: if after the warm-up, the summary says so. */
	synchronized void setUp() {
		this.latestSetUp = Math.max(this.latestSetUp, System.currentTimeMillis());
	}

	/** How late the last user was set up after the warm-up ended (0 when in time). */
	long setUpLate() {
		return Math.max(0, this.latestSetUp - warmEnd());
	}

}
