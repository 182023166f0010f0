package org.parley.agreement.monitoring;

import java.time.Duration;
import java.time.Instant;

import org.parley.shared.JobLocks;
import org.parley.shared.TeamCalendar;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the schedule of checks and reviews at start-up and every hour, on the teams'
 * calendar. With several instances, one runs each hour's slot ({@link JobLocks}; an
 * instance starting within minutes of another's run skips its start-up run too), and the
 * advisory lock in {@link ObligationSchedule} still keeps two runs from overlapping.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduledRun {

	static final String JOB = "agreement-obligations";

	private final ObligationSchedule schedule;

	private final TeamCalendar calendar;

	private final JobLocks jobs;

	private final TaskScheduler scheduler;

	ScheduledRun(ObligationSchedule schedule, TeamCalendar calendar, JobLocks jobs, TaskScheduler scheduler) {
		this.scheduler = scheduler;
		this.schedule = schedule;
		this.calendar = calendar;
		this.jobs = jobs;
	}

	@Scheduled(cron = "${parley.checks.cron:0 5 * * * *}")
	void run() {
		this.jobs.runOnce(JOB, Duration.ofMinutes(5), Duration.ofMinutes(50),
				() -> this.schedule.runOnce(this.calendar.today()));
	}

	/**
	 * Once at start-up too, so that checks due are there without waiting for the hour: on
	 * the scheduler's thread, so that the application serves meanwhile and a failed run
	 * (logged) never stops it from starting.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		this.scheduler.schedule(this::run, Instant.now());
	}

}
