package org.parley.negotiation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.parley.armedgroup.GroupRef;

/**
 * A case as its pages and the API show it.
 *
 * @param nextStep the earliest open next step of its rounds, or null
 * @param nextStepDue when that next step is due, or null
 * @param classification the case's level (decision 0022)
 * @param namedReviewerIds the HQ reviewers named on the case
 * @param redacted the case is strictly confidential and the reader may not read its
 * sealed fields (its next step is left out)
 */
public record CaseView(long id, long teamId, String teamName, String title, String country, String region,
		String locality, List<GroupRef> groups, ObjectiveType objectiveType, Priority priority, String leadNegotiator,
		MethodStep currentStep, CaseStatus status, int questionSetVersion, String createdBy, Instant createdAt,
		Instant updatedAt, long version, String nextStep, LocalDate nextStepDue,
		org.parley.protection.Classification classification, List<Long> namedReviewerIds, boolean redacted) {

	/** Whether the case's next step is past its due date on the given day. */
	public boolean nextStepOverdue(LocalDate today) {
		return this.nextStepDue != null && this.nextStepDue.isBefore(today);
	}

	/** Where the case stands: its current step and whether it is closed. */
	public CaseStage stage() {
		return new CaseStage(this.currentStep, this.status);
	}

	/** The message key of the case's level (for readers outside the module). */
	public String classificationKey() {
		return this.classification.labelKey();
	}

	/** Whether a step comes before the current one (done, for the stepper). */
	public boolean isBefore(MethodStep step) {
		return step.ordinal() < this.currentStep.ordinal();
	}

}
