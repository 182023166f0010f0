package org.parley.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Anchors the audit chain every day ({@code parley.audit.anchor-cron}, 03:17 by default).
 * With several instances, the advisory lock in {@link AuditAnchoring} lets one write the
 * anchor; the others skip (decision 0009).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AnchorSchedule {

	private static final Logger log = LoggerFactory.getLogger(AnchorSchedule.class);

	private final AuditAnchoring anchoring;

	AnchorSchedule(AuditAnchoring anchoring) {
		this.anchoring = anchoring;
	}

	@Scheduled(cron = "${parley.audit.anchor-cron:0 17 3 * * *}")
	void daily() {
		AuditAnchoring.Outcome outcome = this.anchoring.anchor();
		if (outcome.status() == AuditAnchoring.Status.BUSY) {
			log.info("Audit anchoring: another instance is anchoring; skipped.");
		}
	}

}
