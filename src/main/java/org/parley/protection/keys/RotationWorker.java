package org.parley.protection.keys;

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
 * stop loses at most one batch.
 */
@Component
@EnableScheduling
class RotationWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RotationWorker.class);

	private final RotationJob job;

	private volatile boolean stopping;

	RotationWorker(RotationJob job) {
		this.job = job;
	}

	@Scheduled(fixedDelayString = "${parley.protection.rotation-interval:PT5S}", initialDelayString = "PT10S")
	void work() {
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
