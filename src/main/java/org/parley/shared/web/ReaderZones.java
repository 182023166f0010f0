package org.parley.shared.web;

import java.time.ZoneId;

import org.parley.shared.CurrentUser;

/**
 * The time zone in which a reader sees times: their team's (implemented by identity,
 * which owns the teams). Pages ask {@link Moments}, which asks this.
 */
public interface ReaderZones {

	/**
	 * The reader's zone: their first team's (lowest id), or the organisation's default.
	 */
	ZoneId of(CurrentUser reader);

}
