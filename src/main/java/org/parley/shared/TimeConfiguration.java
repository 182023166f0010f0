package org.parley.shared;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, so that anything depending on time (lock-outs,
 * overdue follow-ups) can be tested with a clock the test controls.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock() {
		return new ApplicationClock(Clock.systemUTC());
	}

	/**
	 * Bean Validation's "now" (for {@code @PastOrPresent} and the like) is the
	 * application's clock, in the teams' time zone: a date the application offers as
	 * today is never refused as in the future, and the local tomorrow is refused even in
	 * the evening, when it is already tomorrow in UTC.
	 */
	@Bean
	ValidationConfigurationCustomizer applicationClockForValidation(ObjectProvider<TeamCalendar> calendar,
			ObjectProvider<Clock> clock) {
		return (configuration) -> configuration
			.clockProvider(() -> clock.getObject().withZone(calendar.getObject().zone()));
	}

}
