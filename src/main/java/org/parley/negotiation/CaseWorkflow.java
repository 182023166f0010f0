package org.parley.negotiation;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditLog;
import org.parley.audit.AuditReason;
import org.parley.audit.FieldChange;
import org.parley.shared.Text;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the team does to move a case through the method: answer the step's questions,
 * complete the step, go back with a reason. Rules live on the case; every move is written
 * to the case's timeline and, through the audit listener, to the audit log.
 */
@Service
public class CaseWorkflow {

	static final int MAX_ANSWER = 20000;

	private final NegotiationCaseRepository cases;

	private final CaseTransitionRepository transitions;

	private final GuidingQuestions questions;

	private final EngagementDecisionRepository decisions;

	private final AuditLog auditLog;

	private final Clock clock;

	private final CaseSteps steps;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	CaseWorkflow(NegotiationCaseRepository cases, CaseTransitionRepository transitions, GuidingQuestions questions,
			EngagementDecisionRepository decisions, AuditLog auditLog, Clock clock, CaseSteps steps,
			EntityManager entityManager, ApplicationEventPublisher events) {
		this.events = events;
		this.entityManager = entityManager;
		this.steps = steps;
		this.auditLog = auditLog;
		this.decisions = decisions;
		this.cases = cases;
		this.transitions = transitions;
		this.questions = questions;
		this.clock = clock;
	}

	/**
	 * Saves answers to questions of the case's question set and, when asked, completes
	 * the current step in the same transaction.
	 * @return the step the case is at afterwards
	 */
	@Transactional
	public MethodStep answer(long id, long version, List<Answer> answers, boolean complete, CurrentUser user) {
		NegotiationCase found = workable(id, version, user);
		// Only the questions of steps the case has reached: nothing is written ahead of a
		// gate.
		Set<Long> known = this.questions.version(found.getQuestionSetVersion())
			.questions()
			.values()
			.stream()
			.flatMap(List::stream)
			.filter((q) -> q.step().ordinal() <= found.getCurrentStep().ordinal())
			.map(QuestionView::id)
			.collect(Collectors.toSet());
		for (Answer answer : answers) {
			if (!known.contains(answer.questionId())) {
				throw new RuleViolation(null, "negotiation.answer.unknown-question");
			}
			if (answer.text() != null && answer.text().length() > MAX_ANSWER) {
				throw new RuleViolation("answer_" + answer.questionId(), "validation.too-long");
			}
		}
		List<Answer> clean = answers.stream()
			.map((a) -> new Answer(a.questionId(), Text.blankToNull(a.text()), a.notApplicable()))
			.toList();
		Map<String, FieldChange> changes = answerChanges(found, clean);
		found.answer(clean, this.clock.instant());
		if (!changes.isEmpty()) {
			// Answers live in their own table: the case's version must still move, so
			// that
			// a colleague saving the same answers from an older page is refused.
			this.entityManager.lock(found, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
			this.auditLog.record(user.username(), AuditAction.UPDATE, "NegotiationCase", Long.toString(id),
					found.teamId(), changes, null);
		}
		if (complete) {
			complete(found, user);
		}
		this.cases.flush();
		return found.getCurrentStep();
	}

	private void complete(NegotiationCase found, CurrentUser user) {
		long id = found.getId();
		MethodStep from = found.completeStep(this.steps.missing(found, found.getCurrentStep()), this.clock.instant());
		this.transitions.save(new CaseTransition(id, found.teamId(), from, found.getCurrentStep(),
				TransitionKind.FORWARD, null, user.username(), this.clock.instant()));
	}

	/** Sends the case back to an earlier step, with the reason on the record. */
	@Transactional
	public void returnTo(long id, long version, MethodStep step, String reason, CurrentUser user) {
		NegotiationCase found = workable(id, version, user);
		MethodStep from = found.returnTo(step, reason, this.clock.instant());
		AuditReason.set(reason.strip());
		this.transitions.save(new CaseTransition(id, found.teamId(), from, step, TransitionKind.BACK, reason.strip(),
				user.username(), this.clock.instant()));
		this.cases.flush();
	}

	/**
	 * An agreement of the case was found breached by a violated check: a case past the
	 * rounds goes back to them, with the evidence as the reason. Needs no version: it is
	 * the consequence of the check just recorded, not an edit of the case.
	 */
	@Transactional
	public void breachReported(long id, String reason, CurrentUser user) {
		NegotiationCase found = this.cases.findById(id)
			.filter((c) -> CasePermissions.canSee(user, c.teamId()))
			.orElseThrow(() -> new CaseNotFoundException(id));
		if (!CasePermissions.canWork(user, found.teamId())) {
			throw new AccessDeniedException("Only the team's field officers work on its cases");
		}
		MethodStep from = found.breachReported(reason, this.clock.instant());
		if (from != null) {
			AuditReason.set(reason.strip());
			this.transitions.save(new CaseTransition(id, found.teamId(), from, found.getCurrentStep(),
					TransitionKind.BACK, reason.strip(), user.username(), this.clock.instant()));
			this.cases.flush();
		}
	}

	/**
	 * Asks HQ for the decision to engage, once the internal-decision questions are
	 * answered. One request is pending at a time.
	 * @return the id of the request
	 */
	@Transactional
	public long requestDecision(long id, long version, DecisionRequest request, CurrentUser user) {
		NegotiationCase found = workable(id, version, user);
		if (found.getCurrentStep() != MethodStep.INTERNAL_DECISION) {
			throw new RuleViolation(null, "negotiation.decision.wrong-step");
		}
		if (!found.missing(this.questions.version(found.getQuestionSetVersion()).of(MethodStep.INTERNAL_DECISION))
			.isEmpty()) {
			throw new RuleViolation(null, "negotiation.decision.answers-missing");
		}
		if (this.decisions.findByCaseIdOrderByRequestedAtDescIdDesc(id)
			.stream()
			.anyMatch((d) -> d.getStatus() == DecisionStatus.PENDING)) {
			throw new RuleViolation(null, "negotiation.decision.already-pending");
		}
		long decisionId = this.decisions
			.save(new EngagementDecision(id, found.teamId(), request, user.username(), this.clock.instant()))
			.view()
			.id();
		this.events.publishEvent(new EngagementDecisionRequested(id, decisionId, found.teamId(), user.username()));
		return decisionId;
	}

	/**
	 * Records an HQ reviewer's decision. Approval moves the case past the gate; a
	 * rejection or a return keeps it there, with the reason on the record.
	 */
	@Transactional
	public void decide(long id, long decisionId, long decisionVersion, DecisionStatus outcome, String reason,
			CurrentUser reviewer) {
		NegotiationCase found = this.cases.findById(id)
			.filter((c) -> CasePermissions.canSee(reviewer, c.teamId()))
			.orElseThrow(() -> new CaseNotFoundException(id));
		if (!CasePermissions.canDecide(reviewer, found.teamId())) {
			throw new AccessDeniedException("Only HQ reviewers of the team decide");
		}
		EngagementDecision decision = this.decisions.findById(decisionId)
			.filter((d) -> d.getCaseId() == id)
			.orElseThrow(() -> new CaseNotFoundException(id));
		ConcurrentEditException.check("EngagementDecision", decisionId, decisionVersion, decision.view().version());
		decision.decide(outcome, reviewer.username(), reason, this.clock.instant());
		AuditReason.set(reason);
		if (outcome == DecisionStatus.APPROVED) {
			MethodStep from = found.passDecisionGate(this.clock.instant());
			this.transitions.save(new CaseTransition(id, found.teamId(), from, found.getCurrentStep(),
					TransitionKind.FORWARD, Text.blankToNull(reason), reviewer.username(), this.clock.instant()));
		}
		this.decisions.flush();
		this.events.publishEvent(new EngagementDecisionTaken(id, decisionId, found.teamId(),
				decision.view().requestedBy(), outcome, reviewer.username()));
	}

	/**
	 * Requests to engage waiting for this HQ reviewer: pending, of the reviewer's teams,
	 * not asked by the reviewer. Oldest first: they have waited longest.
	 */
	@Transactional(readOnly = true)
	public List<PendingDecision> waitingFor(CurrentUser reviewer) {
		List<Long> teams = reviewer.teamIds()
			.stream()
			.filter((team) -> CasePermissions.canDecide(reviewer, team))
			.toList();
		if (teams.isEmpty()) {
			return List.of();
		}
		return this.decisions.findByStatusAndTeamIdInOrderByRequestedAtAsc(DecisionStatus.PENDING, teams)
			.stream()
			.filter((d) -> !d.view().requestedBy().equals(reviewer.username()))
			.map((d) -> new PendingDecision(d.getCaseId(),
					this.cases.findById(d.getCaseId()).map(NegotiationCase::getTitle).orElse(""), d.view()))
			.toList();
	}

	/** A request to engage waiting for a decision, with its case. */
	public record PendingDecision(long caseId, String caseTitle, DecisionView decision) {
	}

	/** The case's requests to engage, newest first. */
	@Transactional(readOnly = true)
	public List<DecisionView> decisions(long id) {
		return this.decisions.findByCaseIdOrderByRequestedAtDescIdDesc(id)
			.stream()
			.map(EngagementDecision::view)
			.toList();
	}

	/** The case's moves, newest first. */
	@Transactional(readOnly = true)
	public List<TransitionView> timeline(long id) {
		return this.transitions.findByCaseIdOrderByOccurredAtDescIdDesc(id).stream().map(CaseTransition::view).toList();
	}

	/**
	 * The case's answers, for its pages (the reader's access is checked by the caller).
	 */
	@Transactional(readOnly = true)
	public List<Answer> answers(long id) {
		return this.cases.findById(id).map((c) -> List.copyOf(c.getAnswers())).orElse(List.of());
	}

	/**
	 * One audit change per answer that changed, named by step and question number
	 * ("answer 1.2"), so the case history reads question by question.
	 */
	private Map<String, FieldChange> answerChanges(NegotiationCase found, List<Answer> given) {
		Map<Long, QuestionView> byId = new HashMap<>();
		this.questions.version(found.getQuestionSetVersion())
			.questions()
			.values()
			.forEach((list) -> list.forEach((q) -> byId.put(q.id(), q)));
		Map<Long, Answer> before = new HashMap<>();
		found.getAnswers().forEach((a) -> before.put(a.questionId(), a));
		Map<String, FieldChange> changes = new TreeMap<>();
		for (Answer answer : given) {
			String old = text(before.get(answer.questionId()));
			String now = answer.settled() ? text(answer) : null;
			if (!java.util.Objects.equals(old, now)) {
				QuestionView question = byId.get(answer.questionId());
				changes.put("answer " + (question.step().ordinal() + 1) + "." + question.position(),
						new FieldChange(old, now));
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

	private NegotiationCase workable(long id, long version, CurrentUser user) {
		NegotiationCase found = this.cases.findById(id)
			.filter((c) -> CasePermissions.canSee(user, c.teamId()))
			.orElseThrow(() -> new CaseNotFoundException(id));
		if (!CasePermissions.canWork(user, found.teamId())) {
			throw new AccessDeniedException("Only the team's field officers work on its cases");
		}
		ConcurrentEditException.check("NegotiationCase", id, version, found.getVersion());
		return found;
	}

}
