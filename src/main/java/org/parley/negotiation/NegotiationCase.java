package org.parley.negotiation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.parley.shared.Text;
import org.parley.audit.AuditIgnored;
import org.parley.audit.AuditState;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamScoped;

/**
 * One negotiation effort of a team. It starts at conflict analysis with the guiding
 * questions current at opening; the workflow (steps, gates, rounds) builds on it.
 */
@Entity
@Table(name = "negotiation_case")
class NegotiationCase implements TeamScoped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String country;

	private String region;

	private String locality;

	@ElementCollection
	@CollectionTable(name = "negotiation_case_group", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "group_id")
	private Set<Long> groupIds = new LinkedHashSet<>();

	@Enumerated(EnumType.STRING)
	@Column(name = "objective_type", nullable = false)
	private ObjectiveType objectiveType;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Priority priority;

	@Column(name = "lead_negotiator", nullable = false)
	private String leadNegotiator;

	@AuditState
	@Enumerated(EnumType.STRING)
	@Column(name = "current_step", nullable = false)
	private MethodStep currentStep;

	@AuditState
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CaseStatus status;

	@Column(name = "question_set_version", nullable = false, updatable = false)
	private int questionSetVersion;

	/** Audited per question by {@link CaseWorkflow}, not as one list. */
	@AuditIgnored
	@ElementCollection
	@CollectionTable(name = "case_answer", joinColumns = @JoinColumn(name = "case_id"))
	private List<Answer> answers = new ArrayList<>();

	/** The earliest open next step of the case's rounds; kept by the rounds. */
	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "next_step")
	private String nextStep;

	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "next_step_due")
	private LocalDate nextStepDue;

	@Column(name = "agreement_note")
	private String agreementNote;

	@Column(name = "follow_up_note")
	private String followUpNote;

	@Enumerated(EnumType.STRING)
	@Column(name = "closure_outcome")
	private ClosureOutcome closureOutcome;

	@Column(name = "lessons_learned")
	private String lessonsLearned;

	@Column(name = "closure_requested_by")
	private String closureRequestedBy;

	@AuditIgnored
	@Column(name = "closure_requested_at")
	private Instant closureRequestedAt;

	@Column(name = "closed_by")
	private String closedBy;

	@AuditIgnored
	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected NegotiationCase() {
	}

	NegotiationCase(long teamId, CaseForm form, String leadNegotiator, int questionSetVersion, String createdBy,
			Instant now) {
		this.teamId = teamId;
		this.currentStep = MethodStep.CONFLICT_ANALYSIS;
		this.status = CaseStatus.ACTIVE;
		this.questionSetVersion = questionSetVersion;
		this.createdBy = createdBy;
		this.createdAt = now;
		describe(form, leadNegotiator, now);
	}

	void describe(CaseForm form, String leadNegotiator, Instant now) {
		this.title = form.title().strip();
		this.country = form.country();
		this.region = Text.blankToNull(form.region());
		this.locality = Text.blankToNull(form.locality());
		this.groupIds.retainAll(form.groupIds());
		this.groupIds.addAll(form.groupIds());
		this.objectiveType = form.objectiveType();
		this.priority = form.priority();
		this.leadNegotiator = leadNegotiator;
		this.updatedAt = now;
	}

	/** Records answers, replacing earlier answers to the same questions. */
	void answer(Collection<Answer> given, Instant now) {
		requireActive();
		Set<Long> ids = new java.util.HashSet<>();
		given.forEach((a) -> ids.add(a.questionId()));
		this.answers.removeIf((a) -> ids.contains(a.questionId()));
		given.stream().filter(Answer::settled).forEach(this.answers::add);
		this.updatedAt = now;
	}

	/** The current step's questions that have neither an answer nor "not applicable". */
	List<QuestionView> missing(List<QuestionView> questionsOfCurrentStep) {
		return questionsOfCurrentStep.stream()
			.filter((q) -> this.answers.stream().noneMatch((a) -> a.questionId() == q.id() && a.settled()))
			.toList();
	}

	/**
	 * Moves to the next step once the current one is complete. The internal decision is a
	 * gate: it is passed by an HQ reviewer's approval, never by completing the step.
	 * @param missing what the current step still lacks (questions and content)
	 * @return the step completed
	 */
	MethodStep completeStep(List<Missing> missing, Instant now) {
		requireActive();
		if (this.currentStep == MethodStep.INTERNAL_DECISION) {
			throw new RuleViolation(null, "negotiation.gate.decision-required");
		}
		if (this.currentStep == MethodStep.CLOSURE) {
			throw new RuleViolation(null, "negotiation.step.closure-needs-hq");
		}
		if (!missing.isEmpty()) {
			throw new StepIncompleteException(missing);
		}
		MethodStep from = this.currentStep;
		this.currentStep = MethodStep.values()[from.ordinal() + 1];
		this.updatedAt = now;
		return from;
	}

	/**
	 * Goes back to an earlier step (a breach sends the case back to the rounds), always
	 * with a reason.
	 * @return the step left
	 */
	MethodStep returnTo(MethodStep step, String reason, Instant now) {
		requireActive();
		if (step == null || step.ordinal() >= this.currentStep.ordinal()) {
			throw new RuleViolation("step", "negotiation.step.back.not-earlier");
		}
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("reason", "negotiation.step.back.reason-required");
		}
		MethodStep from = this.currentStep;
		this.currentStep = step;
		if (step != MethodStep.CLOSURE) {
			this.closureRequestedBy = null;
			this.closureRequestedAt = null;
		}
		this.updatedAt = now;
		return from;
	}

	/**
	 * A commitment of an agreement was violated and the agreement marked breached: a case
	 * past the rounds goes back to them, the evidence being the reason.
	 * @return the step left, or null if the case was not past the rounds
	 */
	MethodStep breachReported(String reason, Instant now) {
		if (this.currentStep.ordinal() <= MethodStep.NEGOTIATION_ROUNDS.ordinal()) {
			return null;
		}
		return returnTo(MethodStep.NEGOTIATION_ROUNDS, reason, now);
	}

	/**
	 * Passes the internal-decision gate: called only when an HQ reviewer approves.
	 * @return the step left
	 */
	MethodStep passDecisionGate(Instant now) {
		requireActive();
		if (this.currentStep != MethodStep.INTERNAL_DECISION) {
			throw new RuleViolation(null, "negotiation.decision.case-moved");
		}
		this.currentStep = MethodStep.ENGAGEMENT_MODALITY;
		this.updatedAt = now;
		return MethodStep.INTERNAL_DECISION;
	}

	/**
	 * The note that completes the agreement or follow-up step until they have content.
	 */
	void note(MethodStep step, String note, Instant now) {
		requireActive();
		if (step == MethodStep.AGREEMENT) {
			this.agreementNote = Text.blankToNull(note);
		}
		else if (step == MethodStep.FOLLOW_UP) {
			this.followUpNote = Text.blankToNull(note);
		}
		else {
			throw new RuleViolation(null, "negotiation.step.no-note");
		}
		this.updatedAt = now;
	}

	String note(MethodStep step) {
		return switch (step) {
			case AGREEMENT -> this.agreementNote;
			case FOLLOW_UP -> this.followUpNote;
			default -> null;
		};
	}

	/** Outcome and lessons, saved before asking HQ to confirm the closure. */
	void describeClosure(ClosureOutcome outcome, String lessons, Instant now) {
		requireActive();
		if (this.closureRequestedBy != null) {
			throw new RuleViolation(null, "negotiation.closure.already-requested");
		}
		this.closureOutcome = outcome;
		this.lessonsLearned = Text.blankToNull(lessons);
		this.updatedAt = now;
	}

	/**
	 * The field officer asks HQ to confirm the closure; the outcome and lessons are
	 * required.
	 */
	void requestClosure(List<Missing> missing, String requester, Instant now) {
		requireActive();
		if (this.currentStep != MethodStep.CLOSURE) {
			throw new RuleViolation(null, "negotiation.closure.wrong-step");
		}
		if (this.closureRequestedBy != null) {
			throw new RuleViolation(null, "negotiation.closure.already-requested");
		}
		if (!missing.isEmpty()) {
			throw new StepIncompleteException(missing);
		}
		this.closureRequestedBy = requester;
		this.closureRequestedAt = now;
		this.updatedAt = now;
	}

	/** An HQ reviewer, not the one who asked, confirms: the case is closed. */
	void confirmClosure(String reviewer, Instant now) {
		requireActive();
		if (this.closureRequestedBy == null) {
			throw new RuleViolation(null, "negotiation.closure.not-requested");
		}
		if (this.closureRequestedBy.equals(reviewer)) {
			throw new RuleViolation(null, "negotiation.closure.own-request");
		}
		this.status = CaseStatus.CLOSED;
		this.closedBy = reviewer;
		this.closedAt = now;
		this.nextStep = null;
		this.nextStepDue = null;
		this.updatedAt = now;
	}

	/** An HQ reviewer sends the closure back to the team, with a reason. */
	void returnClosure(String reviewer, String reason, Instant now) {
		requireActive();
		if (this.closureRequestedBy == null) {
			throw new RuleViolation(null, "negotiation.closure.not-requested");
		}
		if (this.closureRequestedBy.equals(reviewer)) {
			throw new RuleViolation(null, "negotiation.closure.own-request");
		}
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("reason", "negotiation.closure.reason-required");
		}
		this.closureRequestedBy = null;
		this.closureRequestedAt = null;
		this.updatedAt = now;
	}

	/** The earliest open next step of the rounds, for lists and dashboards. */
	void nextStep(String text, LocalDate due) {
		this.nextStep = text;
		this.nextStepDue = due;
	}

	ClosureOutcome getClosureOutcome() {
		return this.closureOutcome;
	}

	String getLessonsLearned() {
		return this.lessonsLearned;
	}

	String getClosureRequestedBy() {
		return this.closureRequestedBy;
	}

	Instant getClosureRequestedAt() {
		return this.closureRequestedAt;
	}

	String getClosedBy() {
		return this.closedBy;
	}

	Set<Long> getGroupIds() {
		return this.groupIds;
	}

	CaseStatus getStatus() {
		return this.status;
	}

	private void requireActive() {
		if (this.status != CaseStatus.ACTIVE) {
			throw new RuleViolation(null, "negotiation.case.closed");
		}
	}

	String getTitle() {
		return this.title;
	}

	MethodStep getCurrentStep() {
		return this.currentStep;
	}

	int getQuestionSetVersion() {
		return this.questionSetVersion;
	}

	List<Answer> getAnswers() {
		return this.answers;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	String getLeadNegotiator() {
		return this.leadNegotiator;
	}

}
