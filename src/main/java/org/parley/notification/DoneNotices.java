package org.parley.notification;

import org.parley.negotiation.CaseClosureDecided;
import org.parley.negotiation.CaseClosureRequested;
import org.parley.negotiation.EngagementDecisionRequested;
import org.parley.negotiation.EngagementDecisionTaken;

import org.parley.agreement.AgreementVersionReviewed;
import org.parley.agreement.AgreementVersionSubmitted;
import org.parley.agreement.ObligationKind;
import org.parley.agreement.ObligationRecorded;
import org.parley.agreement.TransferReviewed;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Marks done the notifications about what waited once it is decided, answered or
 * recorded: a request HQ decided, a return the team answered, a check or a review the
 * team recorded. A notification names what waits by a subject (made here, given by
 * {@link NotificationPolicy} when it delivers); the event that settles it names the same
 * subject. Listens synchronously, in the transaction of the decision, like the policy.
 */
@Component
class DoneNotices {

	private final Inbox inbox;

	DoneNotices(Inbox inbox) {
		this.inbox = inbox;
	}

	static String decisionToTake(long caseId) {
		return "decision:" + caseId;
	}

	static String decisionToAnswer(long caseId) {
		return "decision-returned:" + caseId;
	}

	static String closureToConfirm(long caseId) {
		return "closure:" + caseId;
	}

	static String closureToAnswer(long caseId) {
		return "closure-returned:" + caseId;
	}

	static String versionToReview(long agreementId, int versionNo) {
		return "agreement-version:" + agreementId + ":" + versionNo;
	}

	static String versionToAnswer(long agreementId) {
		return "agreement-returned:" + agreementId;
	}

	static String transfer(long transferId) {
		return "transfer:" + transferId;
	}

	static String obligation(ObligationKind kind, long id) {
		return ((kind == ObligationKind.COMPLIANCE_CHECK) ? "check:" : "review:") + id;
	}

	/** HQ decided: the request is done; a new request answers a returned one. */
	@EventListener
	void on(EngagementDecisionTaken event) {
		this.inbox.done(decisionToTake(event.caseId()));
	}

	@EventListener
	void on(EngagementDecisionRequested event) {
		this.inbox.done(decisionToAnswer(event.caseId()));
	}

	/** HQ approved or refused a transfer: the notice that it waited is done. */
	@EventListener
	void on(TransferReviewed event) {
		this.inbox.done(transfer(event.transferId()));
	}

	@EventListener
	void on(CaseClosureDecided event) {
		this.inbox.done(closureToConfirm(event.caseId()));
	}

	@EventListener
	void on(CaseClosureRequested event) {
		this.inbox.done(closureToAnswer(event.caseId()));
	}

	/** HQ reviewed the version; a version sent again answers a return. */
	@EventListener
	void on(AgreementVersionReviewed event) {
		this.inbox.done(versionToReview(event.agreementId(), event.versionNo()));
	}

	@EventListener
	void on(AgreementVersionSubmitted event) {
		this.inbox.done(versionToAnswer(event.agreementId()));
	}

	@EventListener
	void on(ObligationRecorded event) {
		this.inbox.done(obligation(event.kind(), event.id()));
	}

}
