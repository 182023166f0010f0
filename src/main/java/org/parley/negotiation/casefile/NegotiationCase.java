package org.parley.negotiation.casefile;

import org.parley.negotiation.Answer;
import org.parley.negotiation.CaseClosureDecided;
import org.parley.negotiation.CaseClosureRequested;
import org.parley.negotiation.CaseStage;
import org.parley.negotiation.CaseStatus;
import org.parley.negotiation.DecisionStatus;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.Missing;
import org.parley.negotiation.QuestionView;
import org.parley.negotiation.StepIncompleteException;
import org.parley.negotiation.TransitionKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;
import org.parley.audit.AuditIgnored;
import org.parley.audit.AuditState;
import org.parley.protection.Classification;
import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.protection.Opened;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.shared.RuleViolation;
import org.parley.shared.Text;

/**
 * One negotiation effort of a team: the aggregate of the method's workflow. It starts at
 * conflict analysis with the guiding questions current at opening, and moves only through
 * its guarded methods, named after what users do (complete a step, go back, ask for and
 * take the decision to engage, ask for, confirm or return the closure, a breach sending
 * it back to the rounds). Each move registers {@link CaseMoved} (written to the timeline)
 * and, where others are told, its public event; they are published when the case is
 * saved. The answers to the guiding questions and the copy of the rounds' next step are
 * sealed at rest; updates write only the columns that changed.
 */
@Entity
@Table(name = "negotiation_case")
@DynamicUpdate
public class NegotiationCase extends CaseFile {

	/** The answers' column: its rows name their team through their case. */
	public static final SealedColumn ANSWER = new SealedColumn("case_answer", "answer",
			"SELECT c.team_id FROM negotiation_case c WHERE c.id = case_answer.case_id",
			List.of("case_id", "question_id"));

	/** The earliest open next step of the rounds, copied for lists. */
	public static final SealedColumn NEXT_STEP = SealedColumn.of("negotiation_case", "next_step");

	@AuditState
	@Enumerated(EnumType.STRING)
	@Column(name = "current_step", nullable = false)
	private MethodStep currentStep;

	@AuditState
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CaseStatus status;

	/** Audited per question by the workflow, not as one list. */
	@AuditIgnored
	@ElementCollection
	@CollectionTable(name = "case_answer", joinColumns = @JoinColumn(name = "case_id"))
	private List<SealedAnswer> answers = new ArrayList<>();

	/** The earliest open next step of the case's rounds; kept by the rounds. */
	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "next_step")
	private Sealed nextStep;

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

	protected NegotiationCase() {
	}

	public NegotiationCase(long teamId, CaseForm form, String leadNegotiator, int questionSetVersion, String createdBy,
			Instant now) {
		super(teamId, form, leadNegotiator, questionSetVersion, createdBy, now);
		this.currentStep = MethodStep.CONFLICT_ANALYSIS;
		this.status = CaseStatus.ACTIVE;
	}

	/** Where the case stands; the rules "closed" and "reached" are its. */
	public CaseStage stage() {
		return new CaseStage(this.currentStep, this.status);
	}

	/**
	 * Records answers, replacing earlier answers to the same questions, their text sealed
	 * (an answer given again unchanged keeps its sealed value). Answers sealed under a
	 * key that no longer seals are sealed again, since the whole list is written back.
	 */
	public void answer(Collection<Answer> given, FieldSealer sealer, Instant now) {
		stage().requireOpen();
		Map<Long, SealedAnswer> before = new HashMap<>();
		this.answers.forEach((a) -> before.put(a.questionId(), a));
		Set<Long> ids = new HashSet<>();
		given.forEach((a) -> ids.add(a.questionId()));
		List<SealedAnswer> kept = new ArrayList<>();
		for (SealedAnswer answer : this.answers) {
			if (!ids.contains(answer.questionId())) {
				kept.add(resealed(answer, sealer));
			}
		}
		for (Answer answer : given) {
			if (answer.settled()) {
				SealedAnswer earlier = before.get(answer.questionId());
				Sealed text = sealer.update((earlier != null) ? earlier.text() : null, teamId(), purpose(), ANSWER,
						answer.text());
				kept.add(new SealedAnswer(answer.questionId(), text, answer.notApplicable()));
			}
		}
		if (!kept.equals(this.answers)) {
			this.answers.clear();
			this.answers.addAll(kept);
		}
		touch(now);
	}

	/**
	 * The answer as it is if sealed under the key that seals now (or under a destroyed
	 * one, which nothing can reseal), sealed again otherwise.
	 */
	private SealedAnswer resealed(SealedAnswer answer, FieldSealer sealer) {
		if (sealer.current(teamId(), purpose(), answer.text())) {
			return answer;
		}
		Opened opened = sealer.open(teamId(), ANSWER, answer.text());
		if (opened.isDestroyed()) {
			return answer;
		}
		return new SealedAnswer(answer.questionId(), sealer.seal(teamId(), purpose(), ANSWER, opened.text()),
				answer.notApplicable());
	}

	/**
	 * Changes the level (an HQ reviewer) and reseals the answers and the next step under
	 * the new level's key (decision 0022).
	 */
	public void classify(Classification level, long reviewer, FieldSealer sealer, Instant now) {
		level(level, reviewer);
		this.answers.replaceAll((answer) -> resealed(answer, sealer));
		this.nextStep = sealer.reseal(this.nextStep, teamId(), purpose(), NEXT_STEP);
		touch(now);
	}

	/** The key that seals the case's fields: its level's (decision 0022). */
	private KeyPurpose purpose() {
		return getClassification().purpose();
	}

	/**
	 * The answers to these questions, opened (only those a page or an export shows); with
	 * no sealer, their text left out (a reader who may not read it).
	 */
	public List<Answer> answers(Collection<Long> questionIds, FieldSealer sealer) {
		return this.answers.stream()
			.filter((a) -> questionIds.contains(a.questionId()))
			.map((a) -> new Answer(a.questionId(), (sealer != null) ? sealer.text(teamId(), ANSWER, a.text()) : null,
					a.notApplicable()))
			.toList();
	}

	/** Questions of a step that have neither an answer nor "not applicable". */
	public List<QuestionView> unanswered(List<QuestionView> questionsOfStep) {
		return questionsOfStep.stream()
			.filter((q) -> this.answers.stream().noneMatch((a) -> a.questionId() == q.id() && a.settled()))
			.toList();
	}

	/**
	 * The team completes the current step and the case moves to the next. The internal
	 * decision is a gate, passed only by HQ's approval; the closure is confirmed only by
	 * HQ.
	 * @param missing what the current step still lacks (questions and content)
	 */
	public void completeStep(List<Missing> missing, String by, Instant now) {
		stage().requireOpen();
		if (this.currentStep == MethodStep.INTERNAL_DECISION) {
			throw new RuleViolation(null, "negotiation.gate.decision-required");
		}
		if (this.currentStep == MethodStep.CLOSURE) {
			throw new RuleViolation(null, "negotiation.step.closure-needs-hq");
		}
		if (!missing.isEmpty()) {
			throw new StepIncompleteException(missing);
		}
		moveTo(MethodStep.values()[this.currentStep.ordinal() + 1], TransitionKind.FORWARD, null, by, now);
	}

	/** The team goes back to an earlier step, always with a reason. */
	public void goBack(MethodStep step, String reason, String by, Instant now) {
		stage().requireOpen();
		if (step == null || step.ordinal() >= this.currentStep.ordinal()) {
			throw new RuleViolation("step", "negotiation.step.back.not-earlier");
		}
		if (Text.blankToNull(reason) == null) {
			throw new RuleViolation("reason", "negotiation.step.back.reason-required");
		}
		if (step != MethodStep.CLOSURE) {
			this.closureRequestedBy = null;
			this.closureRequestedAt = null;
		}
		moveTo(step, TransitionKind.BACK, reason.strip(), by, now);
	}

	/**
	 * An agreement of the case was found breached by a violated check: a case past the
	 * rounds goes back to them, the evidence being the reason. A case at the rounds or
	 * before stays where it is.
	 */
	public void breachReported(String reason, String by, Instant now) {
		if (this.currentStep.ordinal() > MethodStep.NEGOTIATION_ROUNDS.ordinal()) {
			goBack(MethodStep.NEGOTIATION_ROUNDS, reason, by, now);
		}
	}

	/**
	 * The team asks HQ for the decision to engage: only at the internal decision, once
	 * its questions are answered, one request at a time.
	 * @param unanswered how many internal-decision questions have no answer
	 * @param pending whether a request already waits for HQ
	 * @return the request, to be saved
	 */
	public EngagementDecision requestDecision(Mandate request, int unanswered, boolean pending, String by,
			FieldSealer sealer, Instant now) {
		stage().requireOpen();
		if (this.currentStep != MethodStep.INTERNAL_DECISION) {
			throw new RuleViolation(null, "negotiation.decision.wrong-step");
		}
		if (unanswered > 0) {
			throw new RuleViolation(null, "negotiation.decision.answers-missing");
		}
		if (pending) {
			throw new RuleViolation(null, "negotiation.decision.already-pending");
		}
		return new EngagementDecision(getId(), teamId(), request, by, sealer, purpose(), now);
	}

	/**
	 * An HQ reviewer decides on a request to engage (never their own: the request's
	 * rule). Approval passes the gate; a rejection or a return keeps the case at the
	 * internal decision, with the reason on the record.
	 */
	public void decide(EngagementDecision decision, DecisionStatus outcome, String reason, boolean assessmentsRead,
			String reviewer, Instant now) {
		stage().requireOpen();
		if (decision.getCaseId() != getId().longValue()) {
			throw new IllegalArgumentException("Decision " + decision.getId() + " is not of case " + getId());
		}
		if (outcome == DecisionStatus.APPROVED && this.currentStep != MethodStep.INTERNAL_DECISION) {
			throw new RuleViolation(null, "negotiation.decision.case-moved");
		}
		decision.decide(outcome, reviewer, reason, assessmentsRead, now);
		if (outcome == DecisionStatus.APPROVED) {
			moveTo(MethodStep.ENGAGEMENT_MODALITY, TransitionKind.FORWARD, Text.blankToNull(reason), reviewer, now);
		}
	}

	/** The note that completes the agreement step until an agreement is in force. */
	public void noteAgreement(String note, Instant now) {
		requireWritable(MethodStep.AGREEMENT);
		this.agreementNote = Text.blankToNull(note);
		touch(now);
	}

	/** The note that completes the follow-up step. */
	public void noteFollowUp(String note, Instant now) {
		requireWritable(MethodStep.FOLLOW_UP);
		this.followUpNote = Text.blankToNull(note);
		touch(now);
	}

	/** Outcome and lessons, saved before asking HQ to confirm the closure. */
	public void describeClosure(ClosureOutcome outcome, String lessons, Instant now) {
		requireWritable(MethodStep.CLOSURE);
		if (this.closureRequestedBy != null) {
			throw new RuleViolation(null, "negotiation.closure.already-requested");
		}
		this.closureOutcome = outcome;
		this.lessonsLearned = Text.blankToNull(lessons);
		touch(now);
	}

	/**
	 * The field officer asks HQ to confirm the closure; the outcome and lessons are
	 * required.
	 */
	public void requestClosure(List<Missing> missing, String requester, Instant now) {
		stage().requireOpen();
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
		touch(now);
		registerEvent(new CaseClosureRequested(getId(), teamId(), requester));
	}

	/** An HQ reviewer, not the one who asked, confirms: the case is closed. */
	public void confirmClosure(String reviewer, String reason, Instant now) {
		String requester = requireClosureAnswerableBy(reviewer);
		this.status = CaseStatus.CLOSED;
		this.closedBy = reviewer;
		this.closedAt = now;
		this.nextStep = null;
		this.nextStepDue = null;
		touch(now);
		record(TransitionKind.CLOSE, MethodStep.CLOSURE, Text.blankToNull(reason), reviewer, now);
		registerEvent(new CaseClosureDecided(getId(), teamId(), requester, true, reviewer));
	}

	/** An HQ reviewer sends the closure back to the team, with a reason. */
	public void returnClosure(String reviewer, String reason, Instant now) {
		String requester = requireClosureAnswerableBy(reviewer);
		if (Text.blankToNull(reason) == null) {
			throw new RuleViolation("reason", "negotiation.closure.reason-required");
		}
		this.closureRequestedBy = null;
		this.closureRequestedAt = null;
		touch(now);
		record(TransitionKind.CLOSE_RETURNED, MethodStep.CLOSURE, reason.strip(), reviewer, now);
		registerEvent(new CaseClosureDecided(getId(), teamId(), requester, false, reviewer));
	}

	/** The earliest open next step of the rounds, for lists and dashboards, sealed. */
	public void nextStep(String text, LocalDate due, FieldSealer sealer) {
		this.nextStep = sealer.update(this.nextStep, teamId(), purpose(), NEXT_STEP, text);
		this.nextStepDue = due;
	}

	private String requireClosureAnswerableBy(String reviewer) {
		stage().requireOpen();
		if (this.closureRequestedBy == null) {
			throw new RuleViolation(null, "negotiation.closure.not-requested");
		}
		if (this.closureRequestedBy.equals(reviewer)) {
			throw new RuleViolation(null, "negotiation.closure.own-request");
		}
		return this.closureRequestedBy;
	}

	private void requireWritable(MethodStep step) {
		stage().requireOpen();
		stage().requireReached(step);
	}

	private void moveTo(MethodStep to, TransitionKind kind, String reason, String by, Instant now) {
		MethodStep from = this.currentStep;
		this.currentStep = to;
		touch(now);
		record(kind, from, reason, by, now);
	}

	private void record(TransitionKind kind, MethodStep from, String reason, String by, Instant now) {
		registerEvent(new CaseMoved(getId(), teamId(), from, this.currentStep, kind, reason, by, now));
	}

	public ClosureOutcome getClosureOutcome() {
		return this.closureOutcome;
	}

	public String getLessonsLearned() {
		return this.lessonsLearned;
	}

	public String getClosureRequestedBy() {
		return this.closureRequestedBy;
	}

	public Instant getClosureRequestedAt() {
		return this.closureRequestedAt;
	}

	public String getClosedBy() {
		return this.closedBy;
	}

	public String getAgreementNote() {
		return this.agreementNote;
	}

	public String getFollowUpNote() {
		return this.followUpNote;
	}

	public CaseStatus getStatus() {
		return this.status;
	}

	public MethodStep getCurrentStep() {
		return this.currentStep;
	}

}
