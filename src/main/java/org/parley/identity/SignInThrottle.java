package org.parley.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Failed sign-ins counted in memory, where the account table cannot keep them: per client
 * address (however many names are tried from it), and per typed name that is no account,
 * so that such a name is "locked" after as many failures as a real account and the
 * sign-in page does not tell which names exist. Real accounts keep their lock-out in the
 * database ({@link SignInTracker}), where an administrator can lift it.
 * <p>
 * Bounded: at most {@link #MAX_ENTRIES} names and addresses are remembered, the least
 * recently failing forgotten first, so a flood of invented names cannot fill the memory.
 */
@Component
class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	static final int MAX_ENTRIES = 20_000;

	private final Map<String, Failures> failures = new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	private final SecurityProperties properties;

	private final Clock clock;

	SignInThrottle(SecurityProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Whether a sign-in must be refused before the password is even looked at: the
	 * address has failed too often, or the typed name is no account and has.
	 */
	synchronized boolean refuses(String username, String address) {
		Instant now = this.clock.instant();
		return locked(addressKey(address), now) || locked(nameKey(username), now);
	}

	synchronized void failed(String username, String address, boolean accountExists) {
		Instant now = this.clock.instant();
		SecurityProperties.AddressLockout byAddress = this.properties.addressLockout();
		if (address != null && count(addressKey(address), byAddress.maxFailures(), byAddress.duration(), now)) {
			log.warn("Sign-in refused from {} for {} after {} failures", address, byAddress.duration(),
					byAddress.maxFailures());
		}
		if (!accountExists && username != null && !username.isEmpty()) {
			SecurityProperties.Lockout byName = this.properties.lockout();
			count(nameKey(username), byName.maxFailures(), byName.duration(), now);
		}
	}

	synchronized int size() {
		return this.failures.size();
	}

	/**
	 * @return whether this failure locked the key
	 */
	private boolean count(String key, int max, Duration duration, Instant now) {
		Failures entry = this.failures.computeIfAbsent(key, (k) -> new Failures());
		if (entry.lastAt != null && entry.lastAt.plus(duration).isBefore(now)) {
			entry.count = 0;
		}
		entry.lastAt = now;
		entry.count++;
		if (entry.count >= max) {
			entry.count = 0;
			entry.lockedUntil = now.plus(duration);
			return true;
		}
		return false;
	}

	private boolean locked(String key, Instant now) {
		if (key == null) {
			return false;
		}
		Failures entry = this.failures.get(key);
		return entry != null && entry.lockedUntil != null && now.isBefore(entry.lockedUntil);
	}

	private static String addressKey(String address) {
		return (address != null) ? "address:" + address : null;
	}

	private static String nameKey(String username) {
		return (username != null && !username.isEmpty()) ? "name:" + Usernames.normalise(username) : null;
	}

	private static final class Failures {

		int count;

		Instant lastAt;

		Instant lockedUntil;

	}

}
