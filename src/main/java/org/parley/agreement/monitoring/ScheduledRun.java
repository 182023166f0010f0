package org.parley.agreement.monitoring;

import org.parley.shared.TeamCalendar;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the schedule of checks and reviews at start-up and every hour, on the teams'
 * calendar. With several instances, the advisory lock lets one run.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduledRun {

	private final ObligationSchedule schedule;

	private final TeamCalendar calendar;

	ScheduledRun(ObligationSchedule schedule, TeamCalendar calendar) {
		this.schedule = schedule;
		this.calendar = calendar;
	}

	@Scheduled(cron = "${parley.checks.cron:0 5 * * * *}")
	void run() {
		this.schedule.runOnce(this.calendar.today());
	}

	/**
	 * Once at start-up too, so that checks due are there without waiting for the hour.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		run();
	}

}
