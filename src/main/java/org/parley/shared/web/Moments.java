package org.parley.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A moment as the pages write it: in the teams' time zone ({@code parley.time-zone}, as
 * {@link org.parley.shared.TeamCalendar}), with the zone shown, so that a time on a
 * record's card reads the same as in its history ("2026-11-30 17:30 CST"). Templates use
 * it as {@code @moments}.
 */
@Component("moments")
public class Moments {

	private static final String PATTERN = "yyyy-MM-dd HH:mm z";

	private final ZoneId zone;

	Moments(@Value("${parley.time-zone:America/Mexico_City}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	/** The moment in the teams' zone, the zone shown; empty for none. */
	public String of(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofPattern(PATTERN, LocaleContextHolder.getLocale()).format(instant.atZone(this.zone));
	}

}
