package org.parley.identity;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.parley.audit.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * People by their names on every page: a card that records who did something ("requested
 * by", "drafted by", a timeline) shows the person's display name, as the history does,
 * because a username means little to an auditor reading a case after staff rotated.
 * Templates use it as {@code @people.name(username)}, with
 * {@code @people.username(username)} beside it (a {@code title}) to tell two people of
 * the same name apart.
 * <p>
 * Names are kept in memory for a short while, so a page naming the same few people many
 * times asks the database once per person; a renamed account is forgotten at once on this
 * node ({@link UserAdministration}) and elsewhere when the entry expires. A lookup never
 * fails a page: when the accounts cannot be read, or the username belongs to no account
 * (an imported record), the username itself is the name.
 */
@Component("people")
public class People {

	private static final Logger log = LoggerFactory.getLogger(People.class);

	static final Duration KEPT = Duration.ofMinutes(1);

	/** More names than any organisation has people: beyond it the memory starts over. */
	private static final int MOST = 5_000;

	private final Function<String, Optional<String>> displayNames;

	private final MessageSource messages;

	private final LongSupplier nanoTime;

	private final Map<String, Known> known = new ConcurrentHashMap<>();

	@Autowired
	People(UserAccountRepository users, MessageSource messages) {
		this(users::findDisplayNameByUsername, messages, System::nanoTime);
	}

	People(Function<String, Optional<String>> displayNames, MessageSource messages, LongSupplier nanoTime) {
		this.displayNames = displayNames;
		this.messages = messages;
		this.nanoTime = nanoTime;
	}

	/**
	 * The person's display name; "Parley (automatic)" in the reader's language for what
	 * the application did itself; the username for an account that does not exist; empty
	 * for no one.
	 */
	public String name(String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		if (Actors.SYSTEM.equals(username)) {
			return this.messages.getMessage("audit.actor.system", null, username, LocaleContextHolder.getLocale());
		}
		long now = this.nanoTime.getAsLong();
		Known kept = this.known.get(username);
		if (kept != null && now - kept.at() < KEPT.toNanos()) {
			return kept.name();
		}
		String name = lookUp(username);
		if (this.known.size() >= MOST) {
			this.known.clear();
		}
		this.known.put(username, new Known(name, now));
		return name;
	}

	/**
	 * The username to show beside a name so two people of the same name can be told
	 * apart, or null where it would add nothing (no one, the application itself, or a
	 * username that is already the name shown).
	 */
	public String username(String username) {
		if (username == null || username.isBlank() || Actors.SYSTEM.equals(username)
				|| username.equals(name(username))) {
			return null;
		}
		return username;
	}

	/** Forgets a person's name, so the next page reads the name as it now is. */
	void forget(String username) {
		if (username != null) {
			this.known.remove(username);
		}
	}

	private String lookUp(String username) {
		try {
			return this.displayNames.apply(username).filter((n) -> !n.isBlank()).orElse(username);
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the name of {}; showing the username", username, ex);
			return username;
		}
	}

	private record Known(String name, long at) {
	}

}
