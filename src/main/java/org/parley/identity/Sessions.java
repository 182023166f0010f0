package org.parley.identity;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in sessions, as Spring Session keeps them in PostgreSQL (decision 0030),
 * with who each one belongs to and where it was last used: for the "Your sessions" page,
 * for ending a user's other sessions when their password changes or is reset, and for the
 * idle and absolute lifetimes. Each session carries a {@link Note} of its own; sessions
 * are found by their user's id, the principal index of the session table
 * ({@link SessionStore}). Every instance reads the same rows, so a session ended on one
 * is ended on all.
 */
@Component
public class Sessions {

	private static final Logger log = LoggerFactory.getLogger(Sessions.class);

	/** The session attribute holding the session's {@link Note}. */
	static final String NOTE = "parley.session";

	/**
	 * A use of a session is written down again only when this much later (or from another
	 * address or browser): not one write per request.
	 */
	private static final Duration NOTE_EVERY = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<? extends Session> repository;

	private final JdbcClient jdbc;

	private final PersonalAccessTokens tokens;

	private final SecurityProperties properties;

	private final Clock clock;

	Sessions(FindByIndexNameSessionRepository<? extends Session> repository, JdbcClient jdbc,
			PersonalAccessTokens tokens, SecurityProperties properties, Clock clock) {
		this.repository = repository;
		this.jdbc = jdbc;
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
		for (Session session : signedIn(userId).values()) {
			if (!session.getId().equals(exceptSessionId)) {
				end(session.getId());
				ended++;
			}
		}
		return ended;
	}

	/** The user's signed-in sessions, most recently used first. */
	List<SessionView> of(long userId, String currentSessionId) {
		List<SessionView> views = new ArrayList<>();
		for (Session session : signedIn(userId).values()) {
			Note note = session.getAttribute(NOTE);
			views.add(new SessionView(note.handle(), note.started(), note.lastSeen(), note.address(), note.browser(),
					session.getId().equals(currentSessionId)));
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
		Optional<? extends Session> found = signedIn(userId).values()
			.stream()
			.filter((session) -> handle.equals(((Note) session.getAttribute(NOTE)).handle()))
			.findFirst();
		found.ifPresent((session) -> end(session.getId()));
		return found.isPresent();
	}

	/** How many sessions the database holds, signed in or not, expired or not. */
	public int count() {
		return this.jdbc.sql("SELECT count(*) FROM spring_session").query(Integer.class).single();
	}

	/**
	 * Notes that the user used their session now, from where and with what.
	 * @return {@code false} if the session has outlived its idle or absolute lifetime and
	 * must end
	 */
	boolean seen(HttpServletRequest request, HttpSession session, long userId) {
		Instant now = this.clock.instant();
		SecurityProperties.Sessions lifetimes = this.properties.sessions();
		String address = request.getRemoteAddr();
		Browser browser = Browser.of(request.getHeader(HttpHeaders.USER_AGENT));
		Note note = (session.getAttribute(NOTE) instanceof Note noted) ? noted : null;
		if (note == null || note.userId() != userId) {
			session.setMaxInactiveInterval((int) lifetimes.idle().toSeconds());
			session.setAttribute(NOTE, new Note(UUID.randomUUID().toString(), userId, now, now, address, browser));
			return true;
		}
		if (Duration.between(note.lastSeen(), now).compareTo(lifetimes.idle()) > 0
				|| Duration.between(note.started(), now).compareTo(lifetimes.absolute()) > 0) {
			return false;
		}
		if (Duration.between(note.lastSeen(), now).compareTo(NOTE_EVERY) >= 0 || !address.equals(note.address())
				|| !browser.equals(note.browser())) {
			session.setAttribute(NOTE, new Note(note.handle(), userId, note.started(), now, address, browser));
		}
		return true;
	}

	/**
	 * The user's sessions that are signed in (a sign-in still waiting for its second
	 * factor is not indexed under the user) and not expired.
	 */
	private Map<String, Session> signedIn(long userId) {
		Map<String, Session> found = new LinkedHashMap<>(
				this.repository.findByPrincipalName(SessionStore.principal(userId)));
		found.values().removeIf((session) -> session.isExpired() || !(session.getAttribute(NOTE) instanceof Note));
		return found;
	}

	/**
	 * Ends a session: the row goes, whichever instance holds the request. The session of
	 * the request being served is invalidated through the request instead, so that
	 * nothing saves it again when the request ends.
	 */
	private void end(String sessionId) {
		HttpSession current = currentSession();
		if (current != null && current.getId().equals(sessionId)) {
			try {
				current.invalidate();
			}
			catch (IllegalStateException alreadyEnded) {
				// Ended meanwhile: nothing left to do.
			}
			return;
		}
		this.repository.deleteById(sessionId);
	}

	private static HttpSession currentSession() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getSession(false);
		}
		return null;
	}

	/**
	 * What a signed-in session says about itself, kept in the session (so serialisable).
	 *
	 * @param handle names the session on the page (not its id)
	 * @param userId whose session it is
	 * @param started when the user signed in
	 * @param lastSeen when the session was last used (to the minute)
	 * @param address the client address it was last used from
	 * @param browser the browser and system it was last used with
	 */
	record Note(String handle, long userId, Instant started, Instant lastSeen, String address,
			Browser browser) implements Serializable {

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
	record Browser(String name, String system) implements Serializable {

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

}
