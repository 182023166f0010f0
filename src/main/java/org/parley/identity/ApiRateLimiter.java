package org.parley.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A token bucket per API client (a personal access token, or a signed-in session calling
 * the API): a burst of {@code parley.security.api.burst} calls, refilled at
 * {@code per-second} calls a second. Kept in memory and bounded: at most
 * {@link #MAX_CLIENTS} buckets, the least recently used forgotten first (a forgotten
 * bucket comes back full, which costs an attacker a burst, not the server its memory).
 * Bucket4j is not among the libraries available to this build, and this is all it would
 * do here.
 */
@Component
class ApiRateLimiter {

	static final int MAX_CLIENTS = 50_000;

	private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_CLIENTS;
		}

	};

	private final int burst;

	private final int perSecond;

	private final LongSupplier nanoTime;

	/**
	 * Reads the application's clock, so that a test can stop time and count calls without
	 * racing the refill on a slow machine.
	 */
	@Autowired
	ApiRateLimiter(SecurityProperties properties, Clock clock) {
		this(properties.api().burst(), properties.api().perSecond(), () -> {
			Instant now = clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		});
	}

	ApiRateLimiter(int burst, int perSecond, LongSupplier nanoTime) {
		this.burst = burst;
		this.perSecond = perSecond;
		this.nanoTime = nanoTime;
	}

	/**
	 * Takes one call from the client's bucket.
	 * @return 0 if the call may go ahead, otherwise how many seconds to wait (at least 1)
	 */
	synchronized long take(String client) {
		long now = this.nanoTime.getAsLong();
		Bucket bucket = this.buckets.computeIfAbsent(client, (c) -> new Bucket(this.burst, now));
		double refilled = (now - bucket.at) / 1e9 * this.perSecond;
		bucket.tokens = Math.min(this.burst, bucket.tokens + refilled);
		bucket.at = now;
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			return 0;
		}
		return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / this.perSecond));
	}

	synchronized int size() {
		return this.buckets.size();
	}

	private static final class Bucket {

		double tokens;

		long at;

		Bucket(double tokens, long at) {
			this.tokens = tokens;
			this.at = at;
		}

	}

}
