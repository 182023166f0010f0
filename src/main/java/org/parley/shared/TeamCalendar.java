package org.parley.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's calendar: what day it is where the teams work
 * ({@code parley.time-zone}, by default America/Mexico_City). A next step due on the 21st
 * is overdue from the 22nd local time, not from 18:00 the day before, when it is already
 * the 22nd in UTC. Built on the application's {@link Clock}, so that tests move it.
 */
@Component
public class TeamCalendar {

	private final Clock clock;

	private final ZoneId zone;

	@Autowired
	public TeamCalendar(Clock clock, @Value("${parley.time-zone:America/Mexico_City}") String zone) {
		this(clock, ZoneId.of(zone));
	}

	public TeamCalendar(Clock clock, ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	/** Today in the teams' time zone. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	/** This instant. */
	public Instant now() {
		return this.clock.instant();
	}

	/** The teams' calendar day of an instant. */
	public LocalDate dayOf(Instant instant) {
		return instant.atZone(this.zone).toLocalDate();
	}

	public ZoneId zone() {
		return this.zone;
	}

}
