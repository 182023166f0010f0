package org.parley.agreement;

import org.parley.shared.TeamCalendar;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the scheduling of compliance checks at start-up and every hour, on the teams'
 * calendar. With several instances, the advisory lock lets one run.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CheckScheduler {

	private final ComplianceChecks checks;

	private final TeamCalendar calendar;

	CheckScheduler(ComplianceChecks checks, TeamCalendar calendar) {
		this.checks = checks;
		this.calendar = calendar;
	}

	@Scheduled(cron = "${parley.checks.cron:0 5 * * * *}")
	void run() {
		this.checks.runOnce(this.calendar.today());
	}

	/**
	 * Once at start-up too, so that checks due are there without waiting for the hour.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		run();
	}

}
