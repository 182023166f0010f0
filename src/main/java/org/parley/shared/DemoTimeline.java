package org.parley.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's history, told in the order it happened (demo profile). Each module's demo
 * loader puts its events on the timeline (a moment, the user who acted, what they did);
 * once every loader has, the timeline plays them oldest first, in one transaction (a
 * start interrupted while loading leaves no half-loaded demo behind). Each event is
 * {@link Replay replayed} at its moment, with its user signed in, and flushed before the
 * next, so its audit entries carry its own date, its own actor and its own reason. An
 * event may add later events (a case reaching follow-up schedules its monthly
 * measurements).
 */
@Component
@Profile("demo")
@Order(90)
public class DemoTimeline implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTimeline.class);

	private final PriorityQueue<Event> events = new PriorityQueue<>(
			Comparator.comparing(Event::moment).thenComparingLong(Event::order));

	private final UserDetailsService users;

	private final TeamCalendar calendar;

	private final EntityManager entityManager;

	private final Clock clock;

	private long added;

	private Instant playing;

	private volatile Thread player;

	private Instant loadedAt;

	DemoTimeline(UserDetailsService users, TeamCalendar calendar, EntityManager entityManager, Clock clock) {
		this.users = users;
		this.calendar = calendar;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * A moment of a day in the teams' time zone.
	 * @param time as written on a clock, "09:30"
	 */
	public Instant on(LocalDate day, String time) {
		return day.atTime(LocalTime.parse(time)).atZone(this.calendar.zone()).toInstant();
	}

	/**
	 * Puts an event on the timeline.
	 * @param moment when it happened
	 * @param username who did it; null for the application itself (its scheduled runs)
	 * @param action what they did, given the user as the pages would
	 */
	public synchronized void at(Instant moment, String username, Consumer<CurrentUser> action) {
		// An event added while playing happens after the one playing: it cannot change
		// the past.
		Instant when = (this.playing != null && moment.isBefore(this.playing)) ? this.playing : moment;
		this.events.add(new Event(when, this.added++, username, action));
	}

	/**
	 * @return whether the demo's history is being played now, on this thread
	 */
	public boolean playing() {
		return this.player == Thread.currentThread();
	}

	/**
	 * @return the day the demo is loaded, the last of its history (while an event plays,
	 * the calendar's today is the event's)
	 */
	public LocalDate loadDay() {
		return this.calendar.dayOf((this.loadedAt != null) ? this.loadedAt : this.clock.instant());
	}

	/** The user a demo event acts as. */
	public CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	/**
	 * Plays the events oldest first. A moment still ahead today (the demo loads in the
	 * morning, a check is recorded in the afternoon) is played now.
	 */
	@Override
	@Transactional
	public synchronized void run(ApplicationArguments args) {
		if (this.events.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		this.loadedAt = now;
		log.info("Demo profile: playing {} events of the demo's history.", this.events.size());
		int played = 0;
		this.player = Thread.currentThread();
		try {
			while (!this.events.isEmpty()) {
				Event event = this.events.poll();
				this.playing = event.moment();
				Instant moment = event.moment().isAfter(now) ? now : event.moment();
				CurrentUser user = (event.username() != null) ? user(event.username()) : null;
				as(user, moment, () -> event.action().accept(user));
				played++;
			}
		}
		finally {
			this.player = null;
			this.playing = null;
			this.events.clear();
		}
		log.debug("Demo profile: {} events played.", played);
	}

	/**
	 * Does something as a user at a moment of the past: the application's clock reads
	 * that moment, the user is the one signed in, and the changes are flushed before
	 * returning, so that their audit entries are written with that moment and that user.
	 * @param user who acts; null for the application itself
	 */
	public void as(CurrentUser user, Instant moment, Runnable action) {
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		if (user != null) {
			Collection<? extends GrantedAuthority> authorities = (user instanceof UserDetails details)
					? details.getAuthorities() : List.of();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
		}
		SecurityContextHolder.setContext(context);
		try {
			Replay.at(moment, () -> {
				action.run();
				this.entityManager.flush();
			});
			// What the next event reads is read again from the database.
			this.entityManager.clear();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

	private record Event(Instant moment, long order, String username, Consumer<CurrentUser> action) {
	}

}
