package org.parley.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.parley.shared.CurrentUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A moment as the pages write it: in the reader's team's time zone (see
 * {@link ReaderZones}; without a team, the organisation's {@code parley.time-zone}), with
 * the zone named, so that a time on a record's card reads the same as in its history
 * ("2026-11-30 17:30 CST"). Templates use it as {@code @moments}; every instant on a page
 * goes through it.
 */
@Component("moments")
public class Moments {

	private static final String PATTERN = "yyyy-MM-dd HH:mm z";

	private static final String DAY = "yyyy-MM-dd";

	private final ZoneId zone;

	private final ObjectProvider<ReaderZones> readers;

	Moments(@Value("${parley.time-zone:America/Mexico_City}") String zone, ObjectProvider<ReaderZones> readers) {
		this.zone = ZoneId.of(zone);
		this.readers = readers;
	}

	/** The moment in the reader's zone, the zone named; empty for none. */
	public String of(Instant instant) {
		return format(instant, PATTERN);
	}

	/** The reader's calendar day of the moment; empty for none. */
	public String day(Instant instant) {
		return format(instant, DAY);
	}

	/** The zone the reader sees times in. */
	public ZoneId zone() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		ReaderZones zones = this.readers.getIfAvailable();
		if (zones != null && authentication != null && authentication.getPrincipal() instanceof CurrentUser reader) {
			return zones.of(reader);
		}
		return this.zone;
	}

	private String format(Instant instant, String pattern) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofPattern(pattern, LocaleContextHolder.getLocale()).format(instant.atZone(zone()));
	}

}
