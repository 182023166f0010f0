package org.parley.dossier.bulk;

import java.time.Duration;

import org.parley.shared.JobLocks;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Expires the bulk exports past their time every quarter of an hour
 * ({@link ExportRunner#expire()}), on one instance at a time ({@link JobLocks}, decision
 * 0030). The files are in {@code parley.exports.dir}, which instances share.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ExportSweep {

	static final String JOB = "export-expiry";

	private final ExportRunner runner;

	private final JobLocks jobs;

	ExportSweep(ExportRunner runner, JobLocks jobs) {
		this.runner = runner;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${parley.exports.sweep-interval:PT15M}", initialDelayString = "PT1M")
	void sweep() {
		this.jobs.runOnce(JOB, Duration.ofMinutes(5), Duration.ofMinutes(30), this.runner::expire);
	}

}
