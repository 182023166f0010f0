package org.parley.identity;

import java.time.Duration;

/**
 * How long a personal access token lives, as its owner chooses when creating it. There is
 * no unlimited choice: a forgotten token must stop working by itself.
 */
enum TokenLifetime {

	THIRTY_DAYS(30), NINETY_DAYS(90), ONE_YEAR(365);

	static final TokenLifetime DEFAULT = NINETY_DAYS;

	private final int days;

	TokenLifetime(int days) {
		this.days = days;
	}

	Duration duration() {
		return Duration.ofDays(this.days);
	}

}
