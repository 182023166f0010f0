package org.parley.notification;

import org.parley.negotiation.CaseClosureDecided;
import org.parley.negotiation.CaseClosureRequested;
import org.parley.negotiation.DecisionStatus;
import org.parley.negotiation.EngagementDecisionRequested;
import org.parley.negotiation.EngagementDecisionTaken;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.parley.agreement.AgreementStatusChanged;
import org.parley.agreement.DisputeRaised;
import org.parley.agreement.TransferRecorded;
import org.parley.agreement.AgreementVersionReviewed;
import org.parley.agreement.AgreementVersionSubmitted;
import org.parley.agreement.ObligationDue;
import org.parley.agreement.ObligationKind;
import org.parley.identity.Role;
import org.parley.identity.TeamMembers;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is told of what. Listens synchronously, so a notification is written in the
 * transaction of the change that caused it: both are kept or neither, and the audit
 * listener records it like any other write. The message holds numbers and dates only,
 * never names of groups, people or places: the target page shows those to whoever may
 * still read them.
 */
@Component
class NotificationPolicy {

	private final Inbox inbox;

	private final TeamMembers members;

	NotificationPolicy(Inbox inbox, TeamMembers members) {
		this.inbox = inbox;
		this.members = members;
	}

	/** HQ reviewers of the team, but not whoever wrote or sent the version. */
	@EventListener
	void on(AgreementVersionSubmitted event) {
		Set<String> authors = authors(event.draftedBy(), event.submittedBy());
		List<String> args = List.of(Long.toString(event.agreementId()), Integer.toString(event.versionNo()));
		for (TeamMembers.Member reviewer : this.members.withRole(event.teamId(), Role.HQ_REVIEWER)) {
			if (!authors.contains(reviewer.username())) {
				deliver(reviewer, event.teamId(), NotificationKind.AGREEMENT_SUBMITTED, args,
						"/agreements/" + event.agreementId(), null,
						DoneNotices.versionToReview(event.agreementId(), event.versionNo()));
			}
		}
	}

	/** Whoever wrote or sent the version hears HQ's answer. */
	@EventListener
	void on(AgreementVersionReviewed event) {
		NotificationKind kind = event.approved() ? NotificationKind.AGREEMENT_APPROVED
				: NotificationKind.AGREEMENT_RETURNED;
		List<String> args = List.of(Long.toString(event.agreementId()), Integer.toString(event.versionNo()));
		String subject = event.approved() ? null : DoneNotices.versionToAnswer(event.agreementId());
		for (String author : authors(event.draftedBy(), event.submittedBy())) {
			if (!author.equals(event.reviewedBy())) {
				this.members.byUsername(author)
					.ifPresent((member) -> deliver(member, event.teamId(), kind, args,
							"/agreements/" + event.agreementId(), null, subject));
			}
		}
	}

	/** HQ reviewers of the team, but not the one who asked. */
	@EventListener
	void on(EngagementDecisionRequested event) {
		toReviewersBut(event.requestedBy(), event.teamId(), NotificationKind.DECISION_REQUESTED, event.caseId(),
				"/cases/" + event.caseId(), DoneNotices.decisionToTake(event.caseId()));
	}

	/** HQ reviewers of the team, but not the one who asked. */
	@EventListener
	void on(CaseClosureRequested event) {
		toReviewersBut(event.requestedBy(), event.teamId(), NotificationKind.CLOSURE_REQUESTED, event.caseId(),
				closure(event.caseId()), DoneNotices.closureToConfirm(event.caseId()));
	}

	/** The one who asked hears whether the case is closed. */
	@EventListener
	void on(CaseClosureDecided event) {
		NotificationKind kind = event.confirmed() ? NotificationKind.CLOSURE_CONFIRMED
				: NotificationKind.CLOSURE_RETURNED;
		if (event.requestedBy() != null) {
			this.members.byUsername(event.requestedBy())
				.ifPresent((member) -> deliver(member, event.teamId(), kind, List.of(Long.toString(event.caseId())),
						closure(event.caseId()), null,
						event.confirmed() ? null : DoneNotices.closureToAnswer(event.caseId())));
		}
	}

	/** The one who asked hears what HQ decided. */
	@EventListener
	void on(EngagementDecisionTaken event) {
		List<String> args = List.of(Long.toString(event.caseId()),
				NotificationText.LABEL + "negotiation.DecisionStatus." + event.outcome().name());
		String subject = (event.outcome() == DecisionStatus.RETURNED) ? DoneNotices.decisionToAnswer(event.caseId())
				: null;
		this.members.byUsername(event.requestedBy())
			.ifPresent((member) -> deliver(member, event.teamId(), NotificationKind.DECISION_TAKEN, args,
					"/cases/" + event.caseId(), null, subject));
	}

	/**
	 * A check or a review of a group that fell due goes to the team's field officers;
	 * once overdue, to them and the team's HQ reviewers. Once per check or review and
	 * state, however often the scheduler runs.
	 */
	@EventListener
	void on(ObligationDue event) {
		boolean check = event.kind() == ObligationKind.COMPLIANCE_CHECK;
		NotificationKind kind = check ? (event.overdue() ? NotificationKind.CHECK_OVERDUE : NotificationKind.CHECK_DUE)
				: (event.overdue() ? NotificationKind.REVIEW_OVERDUE : NotificationKind.REVIEW_DUE);
		String anchor = check ? "check" : "review";
		List<String> args = List.of(Long.toString(event.agreementId()), event.dueOn().toString());
		String link = "/agreements/" + event.agreementId() + "#" + anchor + "-" + event.id();
		String dedupeKey = anchor + (event.overdue() ? "-overdue:" : "-due:") + event.id();
		Stream<TeamMembers.Member> addressees = this.members.withRole(event.teamId(), Role.FIELD_OFFICER).stream();
		if (event.overdue()) {
			addressees = Stream.concat(addressees, this.members.withRole(event.teamId(), Role.HQ_REVIEWER).stream());
		}
		String subject = DoneNotices.obligation(event.kind(), event.id());
		addressees.distinct()
			.forEach((member) -> deliver(member, event.teamId(), kind, args, link, dedupeKey, subject));
	}

	/**
	 * An agreement suspended, breached, terminated, back in force or expired: the team's
	 * field officers and HQ reviewers hear of it, except whoever changed it.
	 */
	@EventListener
	void on(AgreementStatusChanged event) {
		List<String> args = List.of(Long.toString(event.agreementId()),
				NotificationText.LABEL + "agreement.AgreementStatus." + event.status().name());
		Stream
			.concat(this.members.withRole(event.teamId(), Role.FIELD_OFFICER).stream(),
					this.members.withRole(event.teamId(), Role.HQ_REVIEWER).stream())
			.distinct()
			.filter((member) -> !member.username().equals(event.changedBy()))
			.forEach((member) -> deliver(member, event.teamId(), NotificationKind.AGREEMENT_STATUS_CHANGED, args,
					"/agreements/" + event.agreementId(), null));
	}

	/**
	 * A dispute raised under an agreement: the team's HQ reviewers hear of it (it stays
	 * on their start page while open).
	 */
	@EventListener
	void on(DisputeRaised event) {
		List<String> args = List.of(Long.toString(event.agreementId()),
				NotificationText.LABEL + "agreement.DisputeSettlement." + event.mechanism().name());
		this.members.withRole(event.teamId(), Role.HQ_REVIEWER)
			.stream()
			.filter((member) -> !member.username().equals(event.raisedBy()))
			.forEach((member) -> deliver(member, event.teamId(), NotificationKind.DISPUTE_RAISED, args,
					"/agreements/" + event.agreementId() + "#dispute-" + event.disputeId(),
					"dispute-raised:" + event.disputeId()));
	}

	/**
	 * A transfer recorded: the team's HQ reviewers hear of it, but whoever recorded it
	 * (another reviewer approves it, decision 0026).
	 */
	@EventListener
	void on(TransferRecorded event) {
		this.members.withRole(event.teamId(), Role.HQ_REVIEWER)
			.stream()
			.filter((member) -> !member.username().equals(event.recordedBy()))
			.forEach((member) -> deliver(member, event.teamId(), NotificationKind.TRANSFER_RECORDED,
					List.of(Long.toString(event.caseId())),
					"/cases/" + event.caseId() + "/transfers#transfer-" + event.transferId(),
					"transfer-recorded:" + event.transferId(), DoneNotices.transfer(event.transferId())));
	}

	private void toReviewersBut(String requester, long teamId, NotificationKind kind, long caseId, String link,
			String subject) {
		List<String> args = List.of(Long.toString(caseId));
		for (TeamMembers.Member reviewer : this.members.withRole(teamId, Role.HQ_REVIEWER)) {
			if (!reviewer.username().equals(requester)) {
				deliver(reviewer, teamId, kind, args, link, null, subject);
			}
		}
	}

	private static String closure(long caseId) {
		return "/cases/" + caseId + "/steps/closure";
	}

	private void deliver(TeamMembers.Member member, long teamId, NotificationKind kind, List<String> args, String link,
			String dedupeKey) {
		deliver(member, teamId, kind, args, link, dedupeKey, null);
	}

	private void deliver(TeamMembers.Member member, long teamId, NotificationKind kind, List<String> args, String link,
			String dedupeKey, String subject) {
		this.inbox.deliver(new Inbox.Recipient(member.id(), member.email(), member.language()), teamId, kind, args,
				link, dedupeKey, subject);
	}

	private static Set<String> authors(String draftedBy, String submittedBy) {
		return (submittedBy == null) ? Set.of(draftedBy) : Stream.of(draftedBy, submittedBy)
			.collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
	}

}
