package org.parley.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A disclosure request as its team reads it: the request, the assessment, the decision
 * and how it ended.
 *
 * @param minimumNecessary the deciding reviewer stated that what was disclosed is the
 * minimum the requester's purpose needs
 * @param endNote how the answer was sent (closed) or why the requester withdrew
 */
public record DisclosureRequestView(long id, long teamId, LocalDate receivedOn, RequesterKind requesterKind,
		String requesterName, Channel channel, LegalBasis legalBasis, String legalBasisDetail, String requested,
		LocalDate deadline, Set<Long> caseIds, Set<Long> groupIds, Set<Long> interlocutorIds, RequestState state,
		String riskAssessment, String purposeAssessment, String assessedBy, Instant assessedAt,
		DisclosureOutcome outcome, String decisionReason, String disclosed, boolean minimumNecessary, String decidedBy,
		Instant decidedAt, String endNote, String endedBy, Instant endedAt, String recordedBy, Instant recordedAt,
		long version) {

	/** Whether the request still waits for a decision. */
	public boolean open() {
		return this.state.open();
	}

	/** Whether the requester's deadline passed with no decision taken. */
	public boolean overdue(LocalDate today) {
		return open() && this.deadline != null && this.deadline.isBefore(today);
	}

	/** The form that corrects this request, as it is now. */
	DisclosureRequestForm form() {
		return new DisclosureRequestForm(this.teamId, this.receivedOn, this.requesterKind, this.requesterName,
				this.channel, this.legalBasis, this.legalBasisDetail, this.requested, this.deadline, this.caseIds,
				this.groupIds, this.interlocutorIds);
	}

	/** The assessment form, as written so far. */
	AssessmentForm assessment() {
		return new AssessmentForm(this.riskAssessment, this.purposeAssessment);
	}

}
