package org.parley.agreement.monitoring;

import org.parley.negotiation.CaseWorkflow;
import java.time.Clock;
import java.util.List;

import org.parley.agreement.CheckResult;
import org.parley.agreement.ObligationRecorded;
import org.parley.agreement.internal.Agreement;
import org.parley.agreement.internal.AgreementAccess;
import org.parley.agreement.internal.AgreementAttachments;
import org.parley.agreement.internal.AgreementNotFoundException;
import org.parley.agreement.internal.AgreementRepository;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The team records what it found: a compliance check (with files as evidence, and for a
 * violation the breach of the agreement in the same step), or the periodic review of a
 * group. Only the team's field officers record, each obligation once.
 */
@Service
public class ObligationRecording {

	private final ComplianceCheckRepository checks;

	private final GroupReviewRepository reviews;

	private final AgreementRepository agreements;

	private final AgreementAccess access;

	private final AgreementAttachments attachments;

	private final CaseWorkflow workflow;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ObligationRecording(ComplianceCheckRepository checks, GroupReviewRepository reviews, AgreementRepository agreements,
			AgreementAccess access, AgreementAttachments attachments, CaseWorkflow workflow, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.checks = checks;
		this.reviews = reviews;
		this.agreements = agreements;
		this.access = access;
		this.attachments = attachments;
		this.workflow = workflow;
		this.clock = clock;
	}

	/**
	 * The team records what a check found and, for a violation, may in the same step mark
	 * the agreement breached and send the case back to negotiation rounds, the evidence
	 * being the reason of both.
	 */
	@Transactional
	public void recordCheck(long checkId, long version, CheckRecord record, boolean breach, CurrentUser user) {
		recordCheck(checkId, version, record, breach, List.of(), user);
	}

	/**
	 * The same with files attached as evidence (a refused file refuses the whole record,
	 * on field {@code attachments}).
	 */
	@Transactional
	public void recordCheck(long checkId, long version, CheckRecord record, boolean breach, List<MultipartFile> files,
			CurrentUser user) {
		ComplianceCheck check = toRecord(this.checks, checkId, version, user);
		check.record(record, user.username(), this.clock.instant());
		this.checks.flush();
		this.events.publishEvent(new ObligationRecorded(check.kind(), checkId, check.getAgreementId(), check.teamId()));
		this.attachments.attachToCheck(checkId, check.getAgreementId(), check.teamId(), files, user);
		if (breach) {
			if (record.result() != CheckResult.VIOLATED) {
				throw new RuleViolation("result", "agreement.check.breach-needs-violation");
			}
			Agreement agreement = this.agreements.get(check.getAgreementId());
			String reason = record.evidence().strip();
			agreement.breach(reason, user.username(), this.clock.instant());
			this.agreements.store(agreement);
			this.workflow.breachReported(check.getCaseId(), reason, user);
		}
	}

	/** The team records its review of the group. */
	@Transactional
	public void recordReview(long reviewId, long version, GroupReviewRecord record, CurrentUser user) {
		GroupReview review = toRecord(this.reviews, reviewId, version, user);
		review.record(record, user.username(), this.clock.instant());
		this.reviews.flush();
		this.events
			.publishEvent(new ObligationRecorded(review.kind(), reviewId, review.getAgreementId(), review.teamId()));
	}

	/** An obligation the user records, as the user saw it. */
	private <T extends Obligation> T toRecord(ObligationRepository<T> obligations, long id, long version,
			CurrentUser user) {
		T obligation = obligations.findById(id).orElseThrow(() -> new AgreementNotFoundException(id));
		this.access.toRecordIn(obligation.getCaseId(), obligation.getAgreementId(), user);
		obligation.requireVersion(version);
		return obligation;
	}

}
