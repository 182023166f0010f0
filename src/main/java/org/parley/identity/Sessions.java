package org.parley.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The server's sessions, as the servlet container holds them, with who each one belongs
 * to and where it was last used: for the "Your sessions" page, for ending a user's other
 * sessions when their password changes or is reset, and for the idle and absolute
 * lifetimes. In memory, next to the container's own sessions (which are in memory too): a
 * restart ends every session anyway.
 */
@Component
public class Sessions implements HttpSessionListener, HttpSessionIdListener {

	private static final Logger log = LoggerFactory.getLogger(Sessions.class);

	private final Map<String, Tracked> byId = new ConcurrentHashMap<>();

	private final PersonalAccessTokens tokens;

	private final SecurityProperties properties;

	private final Clock clock;

	Sessions(PersonalAccessTokens tokens, SecurityProperties properties, Clock clock) {
		this.tokens = tokens;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Ends every session of the user but one (the one they are using, or none), and
	 * revokes all their personal access tokens: what a password change or reset does, so
	 * that whoever knew the old password keeps nothing it opened.
	 * @param userId the account
	 * @param exceptSessionId the session to keep, or {@code null} to end them all
	 * @return how many sessions were ended
	 */
	@Transactional
	public int endAllOf(long userId, String exceptSessionId) {
		int ended = endOthers(userId, exceptSessionId);
		int revoked = this.tokens.revokeAllOf(userId);
		log.info("Ended {} other sessions and revoked {} tokens of user {}", ended, revoked, userId);
		return ended;
	}

	/**
	 * Ends every session of the user but the one given ("sign out everywhere else").
	 * @return how many sessions were ended
	 */
	int endOthers(long userId, String exceptSessionId) {
		int ended = 0;
		for (Tracked tracked : List.copyOf(this.byId.values())) {
			if (tracked.userId != null && tracked.userId == userId && !tracked.id().equals(exceptSessionId)) {
				end(tracked);
				ended++;
			}
		}
		return ended;
	}

	/** The user's signed-in sessions, most recently used first. */
	List<SessionView> of(long userId, String currentSessionId) {
		List<SessionView> views = new ArrayList<>();
		for (Tracked tracked : this.byId.values()) {
			if (tracked.userId != null && tracked.userId == userId) {
				views.add(new SessionView(tracked.handle, tracked.started, tracked.lastSeen, tracked.address,
						tracked.browser, tracked.id().equals(currentSessionId)));
			}
		}
		views.sort(Comparator.comparing(SessionView::lastSeen).reversed());
		return views;
	}

	/**
	 * Ends one of the user's sessions, named by its handle on the sessions page (never by
	 * its id, which is the key to it). Another user's session answers as if it did not
	 * exist.
	 * @return whether a session was ended
	 */
	boolean end(long userId, String handle) {
		Optional<Tracked> found = this.byId.values()
			.stream()
			.filter((t) -> t.userId != null && t.userId == userId && t.handle.equals(handle))
			.findFirst();
		found.ifPresent(this::end);
		return found.isPresent();
	}

	/** How many sessions the server holds, signed in or not. */
	public int count() {
		return this.byId.size();
	}

	/**
	 * Notes that the user used their session now, from where and with what.
	 * @return {@code false} if the session has outlived its idle or absolute lifetime and
	 * must end
	 */
	boolean seen(HttpServletRequest request, HttpSession session, long userId) {
		Instant now = this.clock.instant();
		Tracked tracked = this.byId.computeIfAbsent(session.getId(), (id) -> new Tracked(session, now));
		SecurityProperties.Sessions lifetimes = this.properties.sessions();
		if (tracked.userId == null || tracked.userId != userId) {
			tracked.userId = userId;
			tracked.started = now;
			session.setMaxInactiveInterval((int) lifetimes.idle().toSeconds());
		}
		else if (Duration.between(tracked.lastSeen, now).compareTo(lifetimes.idle()) > 0
				|| Duration.between(tracked.started, now).compareTo(lifetimes.absolute()) > 0) {
			return false;
		}
		tracked.lastSeen = now;
		tracked.address = request.getRemoteAddr();
		tracked.browser = Browser.of(request.getHeader(HttpHeaders.USER_AGENT));
		return true;
	}

	@Override
	public void sessionCreated(HttpSessionEvent event) {
		HttpSession session = event.getSession();
		this.byId.putIfAbsent(session.getId(), new Tracked(session, this.clock.instant()));
	}

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		this.byId.remove(event.getSession().getId());
	}

	@Override
	public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
		Tracked tracked = this.byId.remove(oldSessionId);
		if (tracked != null) {
			this.byId.put(event.getSession().getId(), tracked);
		}
	}

	private void end(Tracked tracked) {
		this.byId.remove(tracked.id());
		try {
			tracked.session.invalidate();
		}
		catch (IllegalStateException alreadyEnded) {
			// Ended meanwhile: nothing left to do.
		}
	}

	/**
	 * A session as its owner's list shows it.
	 *
	 * @param handle names the session on the page (not its id)
	 * @param started when the user signed in
	 * @param lastSeen when the session was last used
	 * @param address the client address it was last used from
	 * @param browser the browser and system it was last used with
	 * @param current whether it is the session showing the list
	 */
	record SessionView(String handle, Instant started, Instant lastSeen, String address, Browser browser,
			boolean current) {

	}

	/**
	 * A browser and the system it runs on, as told by its {@code User-Agent}; either may
	 * be unknown ({@code null}).
	 */
	record Browser(String name, String system) {

		static Browser of(String userAgent) {
			if (userAgent == null) {
				return new Browser(null, null);
			}
			String name = userAgent.contains("Edg/") ? "Edge" : userAgent.contains("Firefox/") ? "Firefox"
					: userAgent.contains("Chrome/") ? "Chrome" : userAgent.contains("Safari/") ? "Safari" : null;
			String system = userAgent.contains("Android") ? "Android"
					: (userAgent.contains("iPhone") || userAgent.contains("iPad")) ? "iOS"
							: userAgent.contains("Windows") ? "Windows" : userAgent.contains("Mac OS X") ? "macOS"
									: userAgent.contains("Linux") ? "Linux" : null;
			return new Browser(name, system);
		}

	}

	private static final class Tracked {

		final HttpSession session;

		final String handle = UUID.randomUUID().toString();

		volatile Long userId;

		volatile Instant started;

		volatile Instant lastSeen;

		volatile String address;

		volatile Browser browser;

		Tracked(HttpSession session, Instant now) {
			this.session = session;
			this.started = now;
			this.lastSeen = now;
		}

		String id() {
			try {
				return this.session.getId();
			}
			catch (IllegalStateException ended) {
				return "";
			}
		}

	}

}
