package org.parley.shared;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Replays work at a moment of the past: while {@link #at(Instant, Supplier)} runs, the
 * application's clock reads that moment on this thread. Only the demo loaders use it, so
 * that the demo cases are recorded as they would have happened (each event at its own
 * date); nothing a user does can set it.
 */
public final class Replay {

	private static final ThreadLocal<Instant> MOMENT = new ThreadLocal<>();

	private Replay() {
	}

	public static <T> T at(Instant moment, Supplier<T> work) {
		Instant before = MOMENT.get();
		MOMENT.set(moment);
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				MOMENT.remove();
			}
			else {
				MOMENT.set(before);
			}
		}
	}

	public static void at(Instant moment, Runnable work) {
		at(moment, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * @return the replayed moment on this thread, if work is being replayed
	 */
	public static Optional<Instant> moment() {
		return Optional.ofNullable(MOMENT.get());
	}

}
