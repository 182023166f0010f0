package org.parley.protection.keys;

import java.time.Duration;

import org.parley.shared.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the rotations in the background: every few seconds, batch after batch until none
 * is left. Each batch is its own transaction and claims its rotation with
 * {@code FOR UPDATE SKIP LOCKED}, so instances never walk the same rotation at once and a
 * stop loses at most one batch. With several instances, one walks the rotations at a time
 * ({@link JobLocks}); should a walk outlast the lock, another joining it is harmless.
 */
@Component
@EnableScheduling
class RotationWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RotationWorker.class);

	static final String JOB = "key-rotation";

	private final RotationJob job;

	private final JobLocks jobs;

	private volatile boolean stopping;

	RotationWorker(RotationJob job, JobLocks jobs) {
		this.job = job;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${parley.protection.rotation-interval:PT5S}", initialDelayString = "PT10S")
	void work() {
		this.jobs.runOnce(JOB, Duration.ZERO, Duration.ofMinutes(10), this::batches);
	}

	private void batches() {
		try {
			while (!this.stopping && this.job.step()) {
				// next batch
			}
		}
		catch (RuntimeException ex) {
			log.warn("A key rotation batch failed; it is tried again: {}", ex.toString());
		}
	}

	@Override
	public void destroy() {
		this.stopping = true;
	}

}
