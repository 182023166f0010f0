package org.parley.negotiation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.armedgroup.GroupDetails;
import org.parley.armedgroup.GroupProfile;
import org.parley.armedgroup.GroupRef;
import org.parley.armedgroup.InterlocutorRegistry;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditLog;
import org.parley.audit.AuditReason;
import org.parley.audit.FieldChange;
import org.parley.reference.ReferenceList;
import org.parley.reference.ReferenceLists;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamCalendar;
import org.parley.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The content of the method's steps: reading it under need-to-know, saving it under the
 * gates (a step's content is written only once the case has reached that step, so nothing
 * of the engagement is recorded before HQ's decision), and saying what each step still
 * lacks before it can be completed.
 */
@Service
public class CaseSteps {

	private final NegotiationCaseRepository cases;

	private final ConflictAnalysisRepository analyses;

	private final GroupAssessmentRepository assessments;

	private final ObjectivesSheetRepository objectives;

	private final MoeRepository moes;

	private final MoeMeasurementRepository measurements;

	private final EngagementPlanRepository engagements;

	private final NegotiationRoundRepository rounds;

	private final EngagementDecisionRepository decisions;

	private final CaseTransitionRepository transitions;

	private final GuidingQuestions questions;

	private final ArmedGroupQueries groups;

	private final InterlocutorRegistry interlocutors;

	private final ReferenceLists references;

	private final MessageSource messages;

	private final AuditLog auditLog;

	private final List<AgreementEvidence> agreementEvidence;

	private final Clock clock;

	private final TeamCalendar calendar;

	private final ApplicationEventPublisher events;

	CaseSteps(NegotiationCaseRepository cases, ConflictAnalysisRepository analyses,
			GroupAssessmentRepository assessments, ObjectivesSheetRepository objectives, MoeRepository moes,
			EngagementPlanRepository engagements, NegotiationRoundRepository rounds,
			EngagementDecisionRepository decisions, CaseTransitionRepository transitions, GuidingQuestions questions,
			ArmedGroupQueries groups, InterlocutorRegistry interlocutors, ReferenceLists references,
			MessageSource messages, AuditLog auditLog, List<AgreementEvidence> agreementEvidence, Clock clock,
			TeamCalendar calendar, MoeMeasurementRepository measurements, ApplicationEventPublisher events) {
		this.events = events;
		this.auditLog = auditLog;
		this.agreementEvidence = agreementEvidence;
		this.cases = cases;
		this.analyses = analyses;
		this.assessments = assessments;
		this.objectives = objectives;
		this.moes = moes;
		this.measurements = measurements;
		this.engagements = engagements;
		this.rounds = rounds;
		this.decisions = decisions;
		this.transitions = transitions;
		this.questions = questions;
		this.groups = groups;
		this.interlocutors = interlocutors;
		this.references = references;
		this.messages = messages;
		this.clock = clock;
		this.calendar = calendar;
	}

	LocalDate today() {
		return this.calendar.today();
	}

	// ---- Reading -------------------------------------------------------------------

	/** Every step of the case with its state and what it lacks. */
	@Transactional(readOnly = true)
	public List<StepStatus> overview(long caseId, CurrentUser user) {
		NegotiationCase found = visible(caseId, user);
		List<StepStatus> steps = new ArrayList<>();
		MethodStep current = found.getCurrentStep();
		boolean closed = found.getStatus() == CaseStatus.CLOSED;
		for (MethodStep step : MethodStep.values()) {
			StepStatus.State state;
			if (closed || step.ordinal() < current.ordinal()) {
				state = StepStatus.State.DONE;
			}
			else if (step == current) {
				state = StepStatus.State.CURRENT;
			}
			else if (step.engages() && !current.engages()) {
				state = StepStatus.State.BLOCKED;
			}
			else {
				state = StepStatus.State.LATER;
			}
			steps.add(new StepStatus(step, state,
					(state == StepStatus.State.CURRENT) ? missing(found, step) : List.of()));
		}
		return steps;
	}

	/** What a step of the case still lacks (empty: it can be completed). */
	@Transactional(readOnly = true)
	public List<Missing> missing(long caseId, MethodStep step, CurrentUser user) {
		return missing(visible(caseId, user), step);
	}

	@Transactional(readOnly = true)
	public Sheet<ConflictAnalysisForm> conflictAnalysis(long caseId, CurrentUser user) {
		visible(caseId, user);
		return this.analyses.findById(caseId)
			.map((a) -> new Sheet<>(a.form(), a.stamp()))
			.orElse(new Sheet<>(ConflictAnalysisForm.empty(), Sheet.Stamp.NEW));
	}

	/** The case's assessments, newest first. */
	@Transactional(readOnly = true)
	public List<AssessmentView> assessments(long caseId, CurrentUser user) {
		visible(caseId, user);
		Map<Long, String> names = new HashMap<>();
		return this.assessments.findByCaseIdOrderByAssessedOnDescIdDesc(caseId)
			.stream()
			.map((a) -> new AssessmentView(a.getId(), a.getGroupId(),
					names.computeIfAbsent(a.getGroupId(), (g) -> this.groups.ref(g).name()), a.getAssessedBy(),
					a.form(), a.getUpdatedAt(), a.getVersion()))
			.toList();
	}

	/**
	 * A new assessment of a group, pre-filled: from the group's latest assessment in this
	 * case, or else from its registry profile.
	 */
	@Transactional(readOnly = true)
	public AssessmentForm prefill(long caseId, long groupId, CurrentUser user) {
		NegotiationCase found = visible(caseId, user);
		if (!found.getGroupIds().contains(groupId)) {
			throw new CaseNotFoundException(caseId);
		}
		return this.assessments.findByCaseIdOrderByAssessedOnDescIdDesc(caseId)
			.stream()
			.filter((a) -> a.getGroupId() == groupId)
			.findFirst()
			.map((a) -> a.form().on(today(), a.form().influencers()))
			.orElseGet(() -> fromRegistry(this.groups.details(groupId)));
	}

	@Transactional(readOnly = true)
	public Sheet<ObjectivesForm> objectives(long caseId, CurrentUser user) {
		visible(caseId, user);
		return this.objectives.findById(caseId)
			.map((o) -> new Sheet<>(o.form(), o.stamp()))
			.orElse(new Sheet<>(ObjectivesForm.empty(), Sheet.Stamp.NEW));
	}

	/**
	 * The case's red lines: the organisation's (labelled in the reader's language) first,
	 * then the case's own. Before the objectives are first saved, the organisation's in
	 * force.
	 */
	@Transactional(readOnly = true)
	public List<RedLine> redLines(long caseId, CurrentUser user) {
		visible(caseId, user);
		Map<String, String> labels = this.references.labels(ReferenceList.RED_LINE);
		List<RedLine> held = this.objectives.findById(caseId).map((o) -> List.copyOf(o.redLines())).orElse(List.of());
		List<RedLine> lines = new ArrayList<>(ObjectivesSheet.merged(held, organisationalRedLines()));
		held.stream().filter((l) -> !l.organisational()).forEach(lines::add);
		return lines.stream()
			.map((l) -> l.organisational() ? new RedLine(labels.getOrDefault(l.code(), l.text()), l.code()) : l)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<MeasureOfEffectiveness.MoeView> moes(long caseId, CurrentUser user) {
		visible(caseId, user);
		return this.moes.findByCaseIdOrderById(caseId).stream().map(MeasureOfEffectiveness::view).toList();
	}

	@Transactional(readOnly = true)
	public Sheet<EngagementForm> engagement(long caseId, CurrentUser user) {
		visible(caseId, user);
		return this.engagements.findById(caseId)
			.map((e) -> new Sheet<>(e.form(), e.stamp()))
			.orElse(new Sheet<>(EngagementForm.empty(), Sheet.Stamp.NEW));
	}

	/** The interlocutors of the case's team, to choose intermediaries from. */
	@Transactional(readOnly = true)
	public List<InterlocutorRegistry.InterlocutorChoice> intermediaryChoices(long caseId, CurrentUser user) {
		return this.interlocutors.teamChoices(visible(caseId, user).teamId());
	}

	/** The case's rounds, newest first, numbered in date order. */
	@Transactional(readOnly = true)
	public List<RoundView> rounds(long caseId, CurrentUser user) {
		visible(caseId, user);
		List<NegotiationRound> all = this.rounds.findByCaseIdOrderByHeldOnDescIdDesc(caseId);
		LocalDate today = today();
		List<RoundView> views = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			NegotiationRound round = all.get(i);
			views.add(new RoundView(round.getId(), all.size() - i, round.form(), round.getCreatedBy(),
					round.getVersion(), round.getNextStepDue() != null && round.getNextStepDue().isBefore(today)));
		}
		return views;
	}

	/** One round of the case, numbered as in {@link #rounds}. */
	@Transactional(readOnly = true)
	public RoundView round(long caseId, long roundId, CurrentUser user) {
		return rounds(caseId, user).stream()
			.filter((r) -> r.id() == roundId)
			.findFirst()
			.orElseThrow(() -> new CaseNotFoundException(caseId));
	}

	/** The closure as the team described it, and who asked HQ to confirm it. */
	@Transactional(readOnly = true)
	public ClosureView closure(long caseId, CurrentUser user) {
		NegotiationCase found = visible(caseId, user);
		return new ClosureView(new ClosureForm(found.getClosureOutcome(), found.getLessonsLearned()),
				found.getClosureRequestedBy(), found.getClosureRequestedAt(), found.getClosedBy());
	}

	/**
	 * The case's agreements, for its agreement step (the reader's access checked here).
	 */
	@Transactional(readOnly = true)
	public List<AgreementEvidence.AgreementLink> agreements(long caseId, CurrentUser user) {
		visible(caseId, user);
		return this.agreementEvidence.stream().flatMap((e) -> e.agreementsOf(caseId).stream()).toList();
	}

	/** The note of the agreement or follow-up step. */
	@Transactional(readOnly = true)
	public String note(long caseId, MethodStep step, CurrentUser user) {
		return visible(caseId, user).note(step);
	}

	/**
	 * The records that make up the case, by audit entity type, for its history: the case,
	 * its sheets, assessments, measures and their measurements, rounds and decisions.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<String>> auditedRecords(long caseId, CurrentUser user) {
		visible(caseId, user);
		String id = Long.toString(caseId);
		Map<String, List<String>> records = new java.util.LinkedHashMap<>();
		records.put("NegotiationCase", List.of(id));
		records.put("ConflictAnalysis", List.of(id));
		records.put("ObjectivesSheet", List.of(id));
		records.put("EngagementPlan", List.of(id));
		records.put("GroupAssessment",
				this.assessments.findByCaseIdOrderByAssessedOnDescIdDesc(caseId)
					.stream()
					.map((a) -> Long.toString(a.getId()))
					.toList());
		records.put("MeasureOfEffectiveness",
				this.moes.findByCaseIdOrderById(caseId).stream().map((m) -> Long.toString(m.view().id())).toList());
		records.put("MoeMeasurement",
				this.measurements.findByCaseIdOrderByMeasuredOnAscIdAsc(caseId)
					.stream()
					.map((m) -> Long.toString(m.getId()))
					.toList());
		records.put("NegotiationRound",
				this.rounds.findByCaseIdOrderByHeldOnDescIdDesc(caseId)
					.stream()
					.map((r) -> Long.toString(r.getId()))
					.toList());
		records.put("EngagementDecision",
				this.decisions.findByCaseIdOrderByRequestedAtDescIdDesc(caseId)
					.stream()
					.map((d) -> Long.toString(d.view().id()))
					.toList());
		this.agreementEvidence.forEach((e) -> records.putAll(e.auditedRecords(caseId)));
		return records;
	}

	// ---- Writing -------------------------------------------------------------------

	@Transactional
	public void saveConflictAnalysis(long caseId, Long version, ConflictAnalysisForm form, CurrentUser user) {
		NegotiationCase found = writable(caseId, MethodStep.CONFLICT_ANALYSIS, user);
		ConflictAnalysis sheet = this.analyses.findById(caseId).orElse(null);
		checkVersion("ConflictAnalysis", caseId, version, (sheet != null) ? sheet.stamp().version() : null);
		if (sheet == null) {
			sheet = new ConflictAnalysis(caseId, found.teamId());
		}
		sheet.update(form, user.username(), this.clock.instant());
		this.analyses.saveAndFlush(sheet);
	}

	/** Records a new dated assessment of one of the case's groups. */
	@Transactional
	public long assess(long caseId, long groupId, AssessmentForm form, CurrentUser user) {
		NegotiationCase found = writable(caseId, MethodStep.UNDERSTANDING_THE_GROUP, user);
		if (!found.getGroupIds().contains(groupId)) {
			throw new RuleViolation(null, "negotiation.assessment.group-not-in-case");
		}
		GroupAssessment assessment = new GroupAssessment(caseId, found.teamId(), groupId, this.clock.instant());
		assessment.update(form, user.username(), this.clock.instant());
		return this.assessments.saveAndFlush(assessment).getId();
	}

	@Transactional
	public void updateAssessment(long caseId, long assessmentId, long version, AssessmentForm form, CurrentUser user) {
		writable(caseId, MethodStep.UNDERSTANDING_THE_GROUP, user);
		GroupAssessment assessment = this.assessments.findById(assessmentId)
			.filter((a) -> a.getCaseId() == caseId)
			.orElseThrow(() -> new CaseNotFoundException(caseId));
		ConcurrentEditException.check("GroupAssessment", assessmentId, version, assessment.getVersion());
		assessment.update(form, user.username(), this.clock.instant());
		this.assessments.flush();
	}

	@Transactional
	public void saveObjectives(long caseId, Long version, ObjectivesForm form, CurrentUser user) {
		NegotiationCase found = writable(caseId, MethodStep.OBJECTIVES, user);
		ObjectivesSheet sheet = this.objectives.findById(caseId).orElse(null);
		checkVersion("ObjectivesSheet", caseId, version, (sheet != null) ? sheet.stamp().version() : null);
		if (sheet == null) {
			sheet = new ObjectivesSheet(caseId, found.teamId());
		}
		if (form.objectives().stream().anyMatch((o) -> !o.blank() && Text.blankToNull(o.text()) == null)) {
			throw new RuleViolation("objectives", "negotiation.objectives.text-required");
		}
		sheet.update(form, organisationalRedLines(), user.username(), this.clock.instant());
		this.objectives.saveAndFlush(sheet);
	}

	@Transactional
	public long addMoe(long caseId, MoeForm form, CurrentUser user) {
		NegotiationCase found = writable(caseId, MethodStep.OBJECTIVES, user);
		MeasureOfEffectiveness moe = new MeasureOfEffectiveness(caseId, found.teamId(), this.clock.instant());
		moe.update(form, this.clock.instant());
		return this.moes.saveAndFlush(moe).view().id();
	}

	@Transactional
	public void updateMoe(long caseId, long moeId, long version, MoeForm form, CurrentUser user) {
		writable(caseId, MethodStep.OBJECTIVES, user);
		MeasureOfEffectiveness moe = moe(caseId, moeId);
		ConcurrentEditException.check("MeasureOfEffectiveness", moeId, version, moe.getVersion());
		moe.update(form, this.clock.instant());
		this.moes.flush();
	}

	@Transactional
	public void removeMoe(long caseId, long moeId, long version, CurrentUser user) {
		writable(caseId, MethodStep.OBJECTIVES, user);
		MeasureOfEffectiveness moe = moe(caseId, moeId);
		ConcurrentEditException.check("MeasureOfEffectiveness", moeId, version, moe.getVersion());
		if (this.measurements.existsByMoeId(moeId)) {
			// What was measured against it stays: the follow-up would lose its record.
			throw new RuleViolation(null, "negotiation.moe.has-measurements");
		}
		// Its own delete entry is not found through the case any more: the case keeps it.
		this.auditLog.record(user.username(), AuditAction.UPDATE, "NegotiationCase", Long.toString(caseId),
				moe.teamId(), Map.of("moe", new FieldChange(moe.view().content().indicator(), null)), null);
		this.moes.delete(moe);
		this.moes.flush();
	}

	@Transactional
	public void saveEngagement(long caseId, Long version, EngagementForm form, CurrentUser user) {
		NegotiationCase found = writable(caseId, MethodStep.ENGAGEMENT_MODALITY, user);
		EngagementPlan plan = this.engagements.findById(caseId).orElse(null);
		checkVersion("EngagementPlan", caseId, version, (plan != null) ? plan.stamp().version() : null);
		Set<Long> known = this.interlocutors.teamChoices(found.teamId())
			.stream()
			.map(InterlocutorRegistry.InterlocutorChoice::id)
			.collect(Collectors.toSet());
		if (!known.containsAll(form.intermediaryIds())) {
			throw new RuleViolation("intermediaryIds", "negotiation.engagement.intermediary.unknown");
		}
		if (plan == null) {
			plan = new EngagementPlan(caseId, found.teamId());
		}
		plan.update(form, user.username(), this.clock.instant());
		this.engagements.saveAndFlush(plan);
	}

	@Transactional
	public long addRound(long caseId, RoundForm form, CurrentUser user) {
		NegotiationCase found = writable(caseId, MethodStep.NEGOTIATION_ROUNDS, user);
		NegotiationRound round = new NegotiationRound(caseId, found.teamId(), user.username(), this.clock.instant());
		round.update(form, this.clock.instant());
		long id = this.rounds.saveAndFlush(round).getId();
		refreshNextStep(found);
		return id;
	}

	@Transactional
	public void updateRound(long caseId, long roundId, long version, RoundForm form, CurrentUser user) {
		NegotiationCase found = writable(caseId, MethodStep.NEGOTIATION_ROUNDS, user);
		NegotiationRound round = round(caseId, roundId);
		ConcurrentEditException.check("NegotiationRound", roundId, version, round.getVersion());
		round.update(form, this.clock.instant());
		this.rounds.flush();
		refreshNextStep(found);
	}

	@Transactional
	public void nextStepDone(long caseId, long roundId, long version, CurrentUser user) {
		NegotiationCase found = writable(caseId, MethodStep.NEGOTIATION_ROUNDS, user);
		NegotiationRound round = round(caseId, roundId);
		ConcurrentEditException.check("NegotiationRound", roundId, version, round.getVersion());
		round.markNextStepDone(this.clock.instant());
		this.rounds.flush();
		refreshNextStep(found);
	}

	/** The note that completes the agreement or follow-up step for now. */
	@Transactional
	public void saveNote(long caseId, long version, MethodStep step, String note, CurrentUser user) {
		NegotiationCase found = writable(caseId, step, user);
		ConcurrentEditException.check("NegotiationCase", caseId, version, found.getVersion());
		if (note != null && note.length() > CaseWorkflow.MAX_ANSWER) {
			throw new RuleViolation("note", "validation.too-long");
		}
		found.note(step, note, this.clock.instant());
		this.cases.flush();
	}

	/** Saves the closure; with {@code request}, also asks HQ to confirm it. */
	@Transactional
	public void saveClosure(long caseId, long version, ClosureForm form, boolean request, CurrentUser user) {
		NegotiationCase found = writable(caseId, MethodStep.CLOSURE, user);
		ConcurrentEditException.check("NegotiationCase", caseId, version, found.getVersion());
		found.describeClosure(form.outcome(), form.lessonsLearned(), this.clock.instant());
		if (request) {
			found.requestClosure(missing(found, MethodStep.CLOSURE), user.username(), this.clock.instant());
			this.events.publishEvent(new CaseClosureRequested(caseId, found.teamId(), user.username()));
		}
		this.cases.flush();
	}

	/**
	 * An HQ reviewer of the team confirms the closure (the case is closed) or returns it
	 * to the team with a reason.
	 */
	@Transactional
	public void decideClosure(long caseId, long version, boolean confirm, String reason, CurrentUser reviewer) {
		NegotiationCase found = visible(caseId, reviewer);
		if (!CasePermissions.canDecide(reviewer, found.teamId())) {
			throw new AccessDeniedException("Only HQ reviewers of the team confirm a closure");
		}
		ConcurrentEditException.check("NegotiationCase", caseId, version, found.getVersion());
		String requestedBy = found.getClosureRequestedBy();
		if (confirm) {
			found.confirmClosure(reviewer.username(), this.clock.instant());
		}
		else {
			found.returnClosure(reviewer.username(), reason, this.clock.instant());
		}
		AuditReason.set(reason);
		this.transitions.save(new CaseTransition(caseId, found.teamId(), MethodStep.CLOSURE, MethodStep.CLOSURE,
				confirm ? TransitionKind.CLOSE : TransitionKind.CLOSE_RETURNED, Text.blankToNull(reason),
				reviewer.username(), this.clock.instant()));
		this.cases.flush();
		this.events
			.publishEvent(new CaseClosureDecided(caseId, found.teamId(), requestedBy, confirm, reviewer.username()));
	}

	// ---- What a step lacks ---------------------------------------------------------

	List<Missing> missing(NegotiationCase found, MethodStep step) {
		List<Missing> missing = new ArrayList<>();
		long unanswered = found.missing(this.questions.version(found.getQuestionSetVersion()).of(step)).size();
		if (unanswered > 0) {
			missing.add(Missing.of("questions", unanswered));
		}
		long id = found.getId();
		switch (step) {
			case CONFLICT_ANALYSIS -> conflictAnalysisMissing(id, missing);
			case UNDERSTANDING_THE_GROUP -> understandingMissing(found, missing);
			case OBJECTIVES -> objectivesMissing(id, missing);
			case INTERNAL_DECISION -> decisionMissing(id, missing);
			case ENGAGEMENT_MODALITY -> engagementMissing(id, missing);
			case NEGOTIATION_ROUNDS -> {
				if (this.rounds.findByCaseIdOrderByHeldOnDescIdDesc(id).isEmpty()) {
					missing.add(Missing.of("rounds"));
				}
			}
			case AGREEMENT -> {
				boolean inForce = this.agreementEvidence.stream().anyMatch((e) -> e.hasAgreementInForce(id));
				if (!inForce && found.note(step) == null) {
					missing.add(Missing.of("agreement"));
				}
			}
			case FOLLOW_UP -> {
				if (found.note(step) == null) {
					missing.add(Missing.of("note"));
				}
			}
			case CLOSURE -> {
				if (found.getClosureOutcome() == null) {
					missing.add(Missing.of("closure.outcome"));
				}
				if (found.getLessonsLearned() == null) {
					missing.add(Missing.of("closure.lessons"));
				}
			}
		}
		return missing;
	}

	private void conflictAnalysisMissing(long id, List<Missing> missing) {
		ConflictAnalysis sheet = this.analyses.findById(id).orElse(null);
		ConflictAnalysisForm form = (sheet != null) ? sheet.form() : ConflictAnalysisForm.empty();
		require(form.context(), "analysis.context", missing);
		if (form.actors().isEmpty()) {
			missing.add(Missing.of("analysis.actors"));
		}
		require(form.territorialControl(), "analysis.territorial-control", missing);
		require(form.statePresence(), "analysis.state-presence", missing);
		require(form.humanitarianNeeds(), "analysis.needs", missing);
		require(form.risks(), "analysis.risks", missing);
		if (form.legalRegime() == null || form.legalReasoning() == null) {
			missing.add(Missing.of("analysis.legal"));
		}
		if (form.factsAgreed() == null || form.normsShared() == null) {
			missing.add(Missing.of("analysis.island"));
		}
	}

	private void understandingMissing(NegotiationCase found, List<Missing> missing) {
		if (found.getGroupIds().isEmpty()) {
			missing.add(Missing.of("assessment.no-groups"));
			return;
		}
		List<GroupAssessment> all = this.assessments.findByCaseIdOrderByAssessedOnDescIdDesc(found.getId());
		for (Long groupId : found.getGroupIds()) {
			String name = this.groups.ref(groupId).name();
			GroupAssessment latest = all.stream().filter((a) -> a.getGroupId() == groupId).findFirst().orElse(null);
			if (latest == null) {
				missing.add(Missing.of("assessment.none", name));
				continue;
			}
			AssessmentForm form = latest.form();
			if (form.decisionMakers() == null || form.interests() == null || form.gainsLosses() == null) {
				missing.add(Missing.of("assessment.incomplete", name));
			}
			if (form.positions() == null || form.motives() == null) {
				missing.add(Missing.of("assessment.iceberg", name));
			}
			if (form.influencers().isEmpty()) {
				missing.add(Missing.of("assessment.network", name));
			}
		}
	}

	private void objectivesMissing(long id, List<Missing> missing) {
		ObjectivesForm form = this.objectives.findById(id).map(ObjectivesSheet::form).orElse(ObjectivesForm.empty());
		if (form.objectives().isEmpty()) {
			missing.add(Missing.of("objectives.none"));
		}
		else if (form.objectives().stream().anyMatch((o) -> o.bottomLine() == null)) {
			missing.add(Missing.of("objectives.bottom-line"));
		}
		require(form.alternative(), "objectives.alternative", missing);
		if (this.moes.findByCaseIdOrderById(id).isEmpty()) {
			missing.add(Missing.of("objectives.moe"));
		}
	}

	private void decisionMissing(long id, List<Missing> missing) {
		DecisionStatus latest = this.decisions.findByCaseIdOrderByRequestedAtDescIdDesc(id)
			.stream()
			.findFirst()
			.map((d) -> d.getStatus())
			.orElse(null);
		missing.add(Missing.of("decision." + ((latest == null) ? "none" : latest.name().toLowerCase(Locale.ROOT))));
	}

	private void engagementMissing(long id, List<Missing> missing) {
		EngagementForm form = this.engagements.findById(id).map(EngagementPlan::form).orElse(EngagementForm.empty());
		if (form.modality() == null) {
			missing.add(Missing.of("engagement.modality"));
		}
		require(form.reason(), "engagement.reason", missing);
		if (form.members().isEmpty()) {
			missing.add(Missing.of("engagement.members"));
		}
		if (form.modality() == Modality.INDIRECT && form.intermediaryIds().isEmpty()) {
			missing.add(Missing.of("engagement.intermediaries"));
		}
		if (form.approaches().isEmpty()) {
			missing.add(Missing.of("engagement.approaches"));
		}
	}

	private static void require(String value, String key, List<Missing> missing) {
		if (value == null || value.isBlank()) {
			missing.add(Missing.of(key));
		}
	}

	// ---- Helpers -------------------------------------------------------------------

	private List<RedLine> organisationalRedLines() {
		return this.references.options(ReferenceList.RED_LINE, Set.of())
			.stream()
			.map((o) -> new RedLine(o.label(), o.code()))
			.toList();
	}

	private AssessmentForm fromRegistry(GroupDetails details) {
		Locale locale = LocaleContextHolder.getLocale();
		GroupProfile p = details.profile();
		String structure = join("\n",
				(p.structure() != null) ? label("armedgroup.Structure." + p.structure(), locale) : null, p.cohesion());
		String interests = join("\n", labelled("armedgroup.field.interestsEconomic", p.interestsEconomic(), locale),
				labelled("armedgroup.field.interestsPolitical", p.interestsPolitical(), locale),
				labelled("armedgroup.field.interestsSocial", p.interestsSocial(), locale));
		String perception = join("\n", (p.stance() != null) ? label("armedgroup.Stance." + p.stance(), locale) : null,
				p.stanceEvidence());
		String past = details.commitments()
			.stream()
			.sorted(Comparator.comparing((c) -> (c.madeOn() != null) ? c.madeOn() : LocalDate.MIN))
			.map((c) -> join(" · ", Objects.toString(c.madeOn(), null), c.theme(), c.counterpart()))
			.collect(Collectors.joining("\n"));
		return new AssessmentForm(today(), structure, p.leadership(), interests, perception, null,
				Text.blankToNull(past), null, null, null, List.of());
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private String labelled(String key, String value, Locale locale) {
		return (value == null || value.isBlank()) ? null : label(key, locale) + ": " + value;
	}

	private static String join(String separator, String... parts) {
		String joined = java.util.Arrays.stream(parts)
			.filter((s) -> s != null && !s.isBlank())
			.collect(Collectors.joining(separator));
		return joined.isEmpty() ? null : joined;
	}

	private void refreshNextStep(NegotiationCase found) {
		NegotiationRound earliest = this.rounds.findByCaseIdOrderByHeldOnDescIdDesc(found.getId())
			.stream()
			.filter((r) -> r.getNextStepDue() != null)
			.min(Comparator.comparing(NegotiationRound::getNextStepDue))
			.orElse(null);
		if (earliest != null) {
			found.nextStep(earliest.getNextStep(), earliest.getNextStepDue());
		}
		else {
			found.nextStep(null, null);
		}
		this.cases.flush();
	}

	private MeasureOfEffectiveness moe(long caseId, long moeId) {
		return this.moes.findById(moeId)
			.filter((m) -> m.getCaseId() == caseId)
			.orElseThrow(() -> new CaseNotFoundException(caseId));
	}

	private NegotiationRound round(long caseId, long roundId) {
		return this.rounds.findById(roundId)
			.filter((r) -> r.getCaseId() == caseId)
			.orElseThrow(() -> new CaseNotFoundException(caseId));
	}

	private static void checkVersion(String type, long id, Long given, Long stored) {
		if (!Objects.equals(given, stored)) {
			throw new ConcurrentEditException(type, id);
		}
	}

	NegotiationCase visible(long caseId, CurrentUser user) {
		return this.cases.findById(caseId)
			.filter((c) -> CasePermissions.canSee(user, c.teamId()))
			.orElseThrow(() -> new CaseNotFoundException(caseId));
	}

	/**
	 * The case, if the user works on it and it has reached the step: nothing of a step is
	 * written before the case gets there, so nothing of the engagement before HQ's
	 * decision.
	 */
	NegotiationCase writable(long caseId, MethodStep step, CurrentUser user) {
		NegotiationCase found = visible(caseId, user);
		if (!CasePermissions.canWork(user, found.teamId())) {
			throw new AccessDeniedException("Only the team's field officers work on its cases");
		}
		if (found.getStatus() != CaseStatus.ACTIVE) {
			throw new RuleViolation(null, "negotiation.case.closed");
		}
		if (step.ordinal() > found.getCurrentStep().ordinal()) {
			throw new RuleViolation(null, (step.engages() && !found.getCurrentStep().engages())
					? "negotiation.gate.decision-required" : "negotiation.step.not-reached");
		}
		return found;
	}

	/** The closure of a case as its page shows it. */
	public record ClosureView(ClosureForm content, String requestedBy, java.time.Instant requestedAt, String closedBy) {
	}

}
