package org.parley.negotiation;

import org.parley.negotiation.casefile.ClosureOutcome;
import org.parley.negotiation.casefile.DecisionRequest;
import org.parley.negotiation.casefile.EngagementDecision;
import org.parley.negotiation.casefile.EngagementDecisionRepository;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.casefile.NegotiationCaseRepository;
import org.parley.negotiation.step.CaseSteps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditLog;
import org.parley.audit.AuditReasons;
import org.parley.audit.FieldChange;
import org.parley.shared.ConcurrentEditException;
import org.parley.protection.FieldSealer;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamCalendar;
import org.parley.shared.Text;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do to move a case through the method, one method each: answer the step's
 * questions, complete the step, go back with a reason, ask for and take the decision to
 * engage, ask for, confirm or return the closure, and the breach that sends a case back
 * to the rounds. Each loads the case under {@link CaseAccess}, checks the version the
 * user saw, and calls the case's guarded method; the case registers its events, which are
 * published (and its timeline written) when it is saved.
 */
@Service
public class CaseWorkflow {

	/** The longest answer or note kept. */
	public static final int MAX_ANSWER = 20000;

	private final NegotiationCaseRepository cases;

	private final EngagementDecisionRepository decisions;

	private final CaseAccess access;

	private final CaseSteps steps;

	private final GuidingQuestions questions;

	private final AuditLog auditLog;

	private final TeamCalendar calendar;

	private final EntityManager entityManager;

	private final AuditReasons reasons;

	private final FieldSealer sealer;

	private final Mandates mandates;

	CaseWorkflow(NegotiationCaseRepository cases, EngagementDecisionRepository decisions, CaseAccess access,
			CaseSteps steps, GuidingQuestions questions, AuditLog auditLog, TeamCalendar calendar,
			EntityManager entityManager, AuditReasons reasons, FieldSealer sealer, Mandates mandates) {
		this.sealer = sealer;
		this.mandates = mandates;
		this.reasons = reasons;
		this.cases = cases;
		this.decisions = decisions;
		this.access = access;
		this.steps = steps;
		this.questions = questions;
		this.auditLog = auditLog;
		this.calendar = calendar;
		this.entityManager = entityManager;
	}

	/** Saves answers to guiding questions of the steps the case has reached. */
	@Transactional
	public void answer(long id, long version, List<Answer> answers, CurrentUser user) {
		record(workable(id, version, user), answers, user);
	}

	/**
	 * Saves answers and completes the current step in one go ("save and complete").
	 * @return the step the case is at afterwards
	 */
	@Transactional
	public MethodStep answerAndComplete(long id, long version, List<Answer> answers, CurrentUser user) {
		NegotiationCase found = workable(id, version, user);
		record(found, answers, user);
		complete(found, user);
		return found.getCurrentStep();
	}

	/**
	 * Completes the current step: refused, with what it lacks, while it is incomplete.
	 * @return the step the case is at afterwards
	 */
	@Transactional
	public MethodStep completeStep(long id, long version, CurrentUser user) {
		NegotiationCase found = workable(id, version, user);
		complete(found, user);
		return found.getCurrentStep();
	}

	/** Sends the case back to an earlier step, with the reason on the record. */
	@Transactional
	public void goBack(long id, long version, MethodStep step, String reason, CurrentUser user) {
		NegotiationCase found = workable(id, version, user);
		this.reasons.because(reason, () -> {
			found.goBack(step, reason, user.username(), this.calendar.now());
			this.cases.saveAndFlush(found);
		});
	}

	/**
	 * An agreement of the case was found breached by a violated check: a case past the
	 * rounds goes back to them, with the evidence as the reason. Needs no version: it is
	 * the consequence of the check the user just recorded, not an edit of the case.
	 */
	@Transactional
	public void breachReported(long id, String reason, CurrentUser user) {
		this.access.toWork(id, user);
		NegotiationCase found = this.cases.findById(id).orElseThrow(() -> new CaseNotFoundException(id));
		this.reasons.because(reason, () -> {
			found.breachReported(reason, user.username(), this.calendar.now());
			this.cases.saveAndFlush(found);
		});
	}

	/**
	 * Asks HQ for the decision to engage, once the internal-decision questions are
	 * answered. One request is pending at a time. The organisation's red lines and the
	 * case's own are added to the mandate whatever the request says; a case that engages
	 * a designated group needs a complete legal assessment of each designation.
	 * @return the id of the request
	 * @throws org.parley.negotiation.casefile.Mandate.AssessmentIncomplete when an
	 * assessment is missing or incomplete
	 */
	@Transactional
	public long requestDecision(long id, long version, DecisionRequest request, CurrentUser user) {
		NegotiationCase found = workable(id, version, user);
		int unanswered = found
			.unanswered(this.questions.version(found.getQuestionSetVersion()).of(MethodStep.INTERNAL_DECISION))
			.size();
		boolean pending = this.decisions.findByCaseIdOrderByRequestedAtDescIdDesc(id)
			.stream()
			.anyMatch((d) -> d.getStatus() == DecisionStatus.PENDING);
		EngagementDecision decision = found.requestDecision(this.mandates.of(id, request), unanswered, pending,
				user.username(), this.sealer, this.calendar.now());
		return this.decisions.saveAndFlush(decision).getId();
	}

	/**
	 * An HQ reviewer of the team, who did not ask, approves, rejects or returns a request
	 * to engage. Approval moves the case past the gate; a rejection or a return keeps it
	 * there, with the reason on the record.
	 * @param assessmentsRead the reviewer confirms having read the legal and sanctions
	 * assessments: required to approve a request that carries any
	 */
	@Transactional
	public void decide(long id, long decisionId, long decisionVersion, DecisionStatus outcome, String reason,
			boolean assessmentsRead, CurrentUser reviewer) {
		if (!this.access.toDecide(id, reviewer).mayOpen()) {
			// A strictly confidential case: only a named HQ reviewer reads the risks the
			// decision weighs (decision 0022).
			throw new RuleViolation(null, "negotiation.decision.strict-not-named");
		}
		NegotiationCase found = this.cases.findById(id).orElseThrow(() -> new CaseNotFoundException(id));
		EngagementDecision decision = this.decisions.findById(decisionId)
			.filter((d) -> d.getCaseId() == id)
			.orElseThrow(() -> new CaseNotFoundException(id));
		ConcurrentEditException.check("EngagementDecision", decisionId, decisionVersion, decision.getVersion());
		this.reasons.because(reason, () -> {
			found.decide(decision, outcome, reason, assessmentsRead, reviewer.username(), this.calendar.now());
			this.decisions.save(decision);
			this.cases.saveAndFlush(found);
		});
	}

	/**
	 * Describes the closure (outcome and lessons) and asks HQ to confirm it; refused,
	 * with what is missing, while either is empty.
	 */
	@Transactional
	public void requestClosure(long id, long version, ClosureOutcome outcome, String lessons, CurrentUser user) {
		NegotiationCase found = workable(id, version, user);
		found.describeClosure(outcome, lessons, this.calendar.now());
		found.requestClosure(this.steps.missing(found, MethodStep.CLOSURE), user.username(), this.calendar.now());
		this.cases.saveAndFlush(found);
	}

	/**
	 * An HQ reviewer of the team, who did not ask, confirms the closure: it is closed.
	 */
	@Transactional
	public void confirmClosure(long id, long version, String reason, CurrentUser reviewer) {
		NegotiationCase found = decidable(id, version, reviewer);
		this.reasons.because(reason, () -> {
			found.confirmClosure(reviewer.username(), reason, this.calendar.now());
			this.cases.saveAndFlush(found);
		});
	}

	/** An HQ reviewer of the team sends the closure back to the team, with a reason. */
	@Transactional
	public void returnClosure(long id, long version, String reason, CurrentUser reviewer) {
		NegotiationCase found = decidable(id, version, reviewer);
		this.reasons.because(reason, () -> {
			found.returnClosure(reviewer.username(), reason, this.calendar.now());
			this.cases.saveAndFlush(found);
		});
	}

	private void complete(NegotiationCase found, CurrentUser user) {
		found.completeStep(this.steps.missing(found, found.getCurrentStep()), user.username(), this.calendar.now());
		this.cases.saveAndFlush(found);
	}

	/**
	 * Records answers of questions of steps the case has reached (nothing is written
	 * ahead of a gate), one audit change per answer that changed.
	 */
	private void record(NegotiationCase found, List<Answer> answers, CurrentUser user) {
		Set<Long> known = this.questions.version(found.getQuestionSetVersion())
			.questions()
			.values()
			.stream()
			.flatMap(List::stream)
			.filter((q) -> found.stage().reached(q.step()))
			.map(QuestionView::id)
			.collect(Collectors.toSet());
		for (Answer answer : answers) {
			if (!known.contains(answer.questionId())) {
				throw new RuleViolation(null, "negotiation.answer.unknown-question");
			}
			if (answer.text() != null && answer.text().length() > MAX_ANSWER) {
				throw new RuleViolation("answer[" + answer.questionId() + "]", "validation.too-long");
			}
		}
		List<Answer> clean = answers.stream()
			.map((a) -> new Answer(a.questionId(), Text.blankToNull(a.text()), a.notApplicable()))
			.toList();
		Map<String, FieldChange> changes = answerChanges(found, clean);
		found.answer(clean, this.sealer, this.calendar.now());
		if (!changes.isEmpty()) {
			// Answers live in their own table: the case's version must still move, so
			// that a colleague saving the same answers from an older page is refused.
			this.entityManager.lock(found, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
			this.auditLog.record(user.username(), AuditAction.UPDATE, "NegotiationCase", Long.toString(found.getId()),
					found.teamId(), found.getId(), changes, null);
		}
		this.cases.flush();
	}

	/**
	 * One audit change per answer that changed, named by step and question number
	 * ("answer 1.2"), so the case history reads question by question; what it said is
	 * sealed, so the history says only that it changed.
	 */
	private Map<String, FieldChange> answerChanges(NegotiationCase found, List<Answer> given) {
		Map<Long, QuestionView> byId = new HashMap<>();
		this.questions.version(found.getQuestionSetVersion())
			.questions()
			.values()
			.forEach((list) -> list.forEach((q) -> byId.put(q.id(), q)));
		Map<Long, Answer> before = new HashMap<>();
		found.answers(given.stream().map(Answer::questionId).toList(), this.sealer)
			.forEach((a) -> before.put(a.questionId(), a));
		Map<String, FieldChange> changes = new TreeMap<>();
		for (Answer answer : given) {
			String old = text(before.get(answer.questionId()));
			String now = answer.settled() ? text(answer) : null;
			if (!Objects.equals(old, now)) {
				QuestionView question = byId.get(answer.questionId());
				changes.put("answer " + (question.step().ordinal() + 1) + "." + question.position(),
						new FieldChange(FieldChange.REDACTED, FieldChange.REDACTED));
			}
		}
		return changes;
	}

	private static String text(Answer answer) {
		if (answer == null) {
			return null;
		}
		String text = (answer.text() != null) ? answer.text() : "";
		return answer.notApplicable() ? ("N/A " + text).strip() : text;
	}

	/** The case, for a field officer of its team, at the version they saw. */
	private NegotiationCase workable(long id, long version, CurrentUser user) {
		CaseGrant grant = this.access.toRead(id, user);
		if (!grant.mayWork()) {
			throw new AccessDeniedException("Only the team's field officers work on its cases");
		}
		ConcurrentEditException.check("NegotiationCase", id, version, grant.version());
		return this.cases.findById(id).orElseThrow(() -> new CaseNotFoundException(id));
	}

	/** The case, for an HQ reviewer of its team, at the version they saw. */
	private NegotiationCase decidable(long id, long version, CurrentUser reviewer) {
		CaseGrant grant = this.access.toDecide(id, reviewer);
		ConcurrentEditException.check("NegotiationCase", id, version, grant.version());
		return this.cases.findById(id).orElseThrow(() -> new CaseNotFoundException(id));
	}

}
