package org.parley.audit;

import java.time.Duration;

import org.parley.shared.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Anchors the audit chain every day ({@code parley.audit.anchor-cron}, 03:17 by default).
 * With several instances, one anchors each day's slot ({@link JobLocks}, decision 0030);
 * the advisory lock in {@link AuditAnchoring} still keeps an auditor's anchoring and the
 * daily one from writing at once (decision 0009).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AnchorSchedule {

	static final String JOB = "audit-anchor";

	private static final Logger log = LoggerFactory.getLogger(AnchorSchedule.class);

	private final AuditAnchoring anchoring;

	private final JobLocks jobs;

	AnchorSchedule(AuditAnchoring anchoring, JobLocks jobs) {
		this.anchoring = anchoring;
		this.jobs = jobs;
	}

	/** The day's slot: taken by one instance, the others skip it. */
	@Scheduled(cron = "${parley.audit.anchor-cron:0 17 3 * * *}")
	void slot() {
		this.jobs.runOnce(JOB, Duration.ofHours(1), Duration.ofHours(2), this::daily);
	}

	/** The daily run itself, as the system. */
	void daily() {
		AuditAnchoring.Outcome outcome = this.anchoring.anchor();
		if (outcome.status() == AuditAnchoring.Status.BUSY) {
			log.info("Audit anchoring: an auditor's anchoring is under way; skipped.");
		}
	}

}
