package org.parley.negotiation;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.web.ETags;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The method's steps of a case through the JSON API: where each step stands and what it
 * lacks, its guiding questions and answers, completing the current step, and the content
 * of the steps (conflict analysis, assessments, objectives and measures, engagement,
 * rounds, notes, closure). The same gates as the pages: nothing of the engagement is
 * written before HQ has decided.
 *
 * <p>
 * If-Match carries the version of what is changed: the case's for answers, completing,
 * notes and closure; the sheet's for the conflict analysis, objectives and engagement (a
 * sheet never saved has none: If-Match may be left out only then); the row's for
 * assessments, measures and rounds.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}")
class CaseStepApi {

	private final CaseQueries cases;

	private final CaseSteps steps;

	private final CaseWorkflow workflow;

	private final GuidingQuestions questions;

	private final MessageSource messages;

	CaseStepApi(CaseQueries cases, CaseSteps steps, CaseWorkflow workflow, GuidingQuestions questions,
			MessageSource messages) {
		this.cases = cases;
		this.steps = steps;
		this.workflow = workflow;
		this.questions = questions;
		this.messages = messages;
	}

	// ---- Steps, questions and answers ----------------------------------------------

	/** Every step of the case with its state and (on the current one) what it lacks. */
	@GetMapping("/steps")
	List<StepOverview> overview(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.steps.overview(id, user)
			.stream()
			.map((s) -> new StepOverview(s.step(), s.slug(), s.state(), missing(s.missing(), locale)))
			.toList();
	}

	/**
	 * One step ({@code conflict-analysis} ... {@code closure}, or {@code current}): its
	 * guiding questions in the caller's language, their answers, what it lacks, and its
	 * content.
	 */
	@GetMapping("/steps/{slug}")
	StepDetail step(@PathVariable long id, @PathVariable String slug, @AuthenticationPrincipal CurrentUser user) {
		CaseView view = this.cases.get(id, user);
		return detail(view, step(view, slug), user);
	}

	/**
	 * Saves answers to the step's questions (If-Match: the case's version). A blank
	 * answer that is not marked "not applicable" removes the earlier one.
	 */
	@PutMapping("/steps/{slug}/answers")
	ResponseEntity<StepDetail> answer(@PathVariable long id, @PathVariable String slug,
			@RequestHeader("If-Match") String ifMatch,
			@RequestBody @Size(max = 200, message = "{validation.too-many}") List<AnswerInput> given,
			@AuthenticationPrincipal CurrentUser user) {
		List<Answer> answers = given.stream().map(AnswerInput::answer).toList();
		CaseView view = this.cases.get(id, user);
		MethodStep step = step(view, slug);
		Set<Long> ofStep = this.questions.version(view.questionSetVersion())
			.of(step)
			.stream()
			.map(QuestionView::id)
			.collect(Collectors.toSet());
		if (answers.stream().anyMatch((a) -> a.questionId() != null && !ofStep.contains(a.questionId()))) {
			throw new RuleViolation(null, "negotiation.answer.other-step");
		}
		this.workflow.answer(id, ETags.version(ifMatch), answers, false, user);
		CaseView saved = this.cases.get(id, user);
		return ResponseEntity.ok().eTag(Long.toString(saved.version())).body(detail(saved, step, user));
	}

	/**
	 * Completes the current step (If-Match: the case's version): 422 with what is
	 * {@code missing} while it is incomplete. The internal decision is passed only by
	 * HQ's approval, and a case is closed only by HQ's confirmation.
	 */
	@PostMapping("/steps/current/complete")
	ResponseEntity<CaseView> complete(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		this.workflow.answer(id, ETags.version(ifMatch), List.of(), true, user);
		CaseView view = this.cases.get(id, user);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	// ---- Step 1: conflict analysis -------------------------------------------------

	@GetMapping("/conflict-analysis")
	ResponseEntity<Sheet<ConflictAnalysisForm>> conflictAnalysis(@PathVariable long id,
			@AuthenticationPrincipal CurrentUser user) {
		return sheet(this.steps.conflictAnalysis(id, user));
	}

	@PutMapping("/conflict-analysis")
	ResponseEntity<Sheet<ConflictAnalysisForm>> saveConflictAnalysis(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ConflictAnalysisForm form, @AuthenticationPrincipal CurrentUser user) {
		Long version = ETags.versionOrNew(ifMatch, this.steps.conflictAnalysis(id, user).version());
		this.steps.saveConflictAnalysis(id, version, form, user);
		return sheet(this.steps.conflictAnalysis(id, user));
	}

	// ---- Step 2: understanding the group -------------------------------------------

	/** The case's dated assessments of its groups, newest first. */
	@GetMapping("/assessments")
	List<AssessmentView> assessments(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.steps.assessments(id, user);
	}

	/**
	 * A new assessment of one of the case's groups, pre-filled from its latest one or
	 * from the registry, to change and post.
	 */
	@GetMapping("/assessments/prefill")
	AssessmentForm prefill(@PathVariable long id, @RequestParam long groupId,
			@AuthenticationPrincipal CurrentUser user) {
		return this.steps.prefill(id, groupId, user);
	}

	@GetMapping("/assessments/{assessmentId}")
	ResponseEntity<AssessmentView> assessment(@PathVariable long id, @PathVariable long assessmentId,
			@AuthenticationPrincipal CurrentUser user) {
		AssessmentView view = assessmentOf(id, assessmentId, user);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	/** Records a new dated assessment of one of the case's groups. */
	@PostMapping("/assessments")
	ResponseEntity<AssessmentView> assess(@PathVariable long id, @RequestParam long groupId,
			@Valid @RequestBody AssessmentForm form, @AuthenticationPrincipal CurrentUser user) {
		long assessmentId = this.steps.assess(id, groupId, form, user);
		AssessmentView view = assessmentOf(id, assessmentId, user);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/assessments/" + assessmentId))
			.eTag(Long.toString(view.version()))
			.body(view);
	}

	@PutMapping("/assessments/{assessmentId}")
	ResponseEntity<AssessmentView> updateAssessment(@PathVariable long id, @PathVariable long assessmentId,
			@RequestHeader("If-Match") String ifMatch, @Valid @RequestBody AssessmentForm form,
			@AuthenticationPrincipal CurrentUser user) {
		this.steps.updateAssessment(id, assessmentId, ETags.version(ifMatch), form, user);
		AssessmentView view = assessmentOf(id, assessmentId, user);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	// ---- Step 3: objectives --------------------------------------------------------

	@GetMapping("/objectives")
	ResponseEntity<Sheet<ObjectivesForm>> objectives(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return sheet(this.steps.objectives(id, user));
	}

	/**
	 * Saves the objectives, the case's own red lines and the alternative; the
	 * organisation's red lines always stay (see the step's {@code redLines}).
	 */
	@PutMapping("/objectives")
	ResponseEntity<Sheet<ObjectivesForm>> saveObjectives(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody ObjectivesForm form,
			@AuthenticationPrincipal CurrentUser user) {
		Long version = ETags.versionOrNew(ifMatch, this.steps.objectives(id, user).version());
		this.steps.saveObjectives(id, version, form, user);
		return sheet(this.steps.objectives(id, user));
	}

	@GetMapping("/moes")
	List<MeasureOfEffectiveness.MoeView> moes(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.steps.moes(id, user);
	}

	@GetMapping("/moes/{moeId}")
	ResponseEntity<MeasureOfEffectiveness.MoeView> moe(@PathVariable long id, @PathVariable long moeId,
			@AuthenticationPrincipal CurrentUser user) {
		MeasureOfEffectiveness.MoeView view = moeOf(id, moeId, user);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	@PostMapping("/moes")
	ResponseEntity<MeasureOfEffectiveness.MoeView> addMoe(@PathVariable long id, @Valid @RequestBody MoeForm form,
			@AuthenticationPrincipal CurrentUser user) {
		long moeId = this.steps.addMoe(id, form, user);
		MeasureOfEffectiveness.MoeView view = moeOf(id, moeId, user);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/moes/" + moeId))
			.eTag(Long.toString(view.version()))
			.body(view);
	}

	@PutMapping("/moes/{moeId}")
	ResponseEntity<MeasureOfEffectiveness.MoeView> updateMoe(@PathVariable long id, @PathVariable long moeId,
			@RequestHeader("If-Match") String ifMatch, @Valid @RequestBody MoeForm form,
			@AuthenticationPrincipal CurrentUser user) {
		this.steps.updateMoe(id, moeId, ETags.version(ifMatch), form, user);
		MeasureOfEffectiveness.MoeView view = moeOf(id, moeId, user);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	@DeleteMapping("/moes/{moeId}")
	ResponseEntity<Void> removeMoe(@PathVariable long id, @PathVariable long moeId,
			@RequestHeader("If-Match") String ifMatch, @AuthenticationPrincipal CurrentUser user) {
		this.steps.removeMoe(id, moeId, ETags.version(ifMatch), user);
		return ResponseEntity.noContent().build();
	}

	// ---- Step 5: engagement modality -----------------------------------------------

	@GetMapping("/engagement")
	ResponseEntity<Sheet<EngagementForm>> engagement(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return sheet(this.steps.engagement(id, user));
	}

	@PutMapping("/engagement")
	ResponseEntity<Sheet<EngagementForm>> saveEngagement(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody EngagementForm form,
			@AuthenticationPrincipal CurrentUser user) {
		Long version = ETags.versionOrNew(ifMatch, this.steps.engagement(id, user).version());
		this.steps.saveEngagement(id, version, form, user);
		return sheet(this.steps.engagement(id, user));
	}

	// ---- Step 6: negotiation rounds ------------------------------------------------

	/** The case's rounds, newest first, numbered in date order. */
	@GetMapping("/rounds")
	List<RoundView> rounds(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.steps.rounds(id, user);
	}

	@GetMapping("/rounds/{roundId}")
	ResponseEntity<RoundView> round(@PathVariable long id, @PathVariable long roundId,
			@AuthenticationPrincipal CurrentUser user) {
		return withETag(this.steps.round(id, roundId, user));
	}

	/**
	 * Records a round, once HQ has approved the engagement; in person, with the safety
	 * precautions or why some were not taken.
	 */
	@PostMapping("/rounds")
	ResponseEntity<RoundView> addRound(@PathVariable long id, @Valid @RequestBody RoundForm form,
			@AuthenticationPrincipal CurrentUser user) {
		long roundId = this.steps.addRound(id, form, user);
		RoundView view = this.steps.round(id, roundId, user);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/rounds/" + roundId))
			.eTag(Long.toString(view.version()))
			.body(view);
	}

	@PutMapping("/rounds/{roundId}")
	ResponseEntity<RoundView> updateRound(@PathVariable long id, @PathVariable long roundId,
			@RequestHeader("If-Match") String ifMatch, @Valid @RequestBody RoundForm form,
			@AuthenticationPrincipal CurrentUser user) {
		this.steps.updateRound(id, roundId, ETags.version(ifMatch), form, user);
		return withETag(this.steps.round(id, roundId, user));
	}

	/** Marks the round's next step as done. */
	@PostMapping("/rounds/{roundId}/next-step-done")
	ResponseEntity<RoundView> nextStepDone(@PathVariable long id, @PathVariable long roundId,
			@RequestHeader("If-Match") String ifMatch, @AuthenticationPrincipal CurrentUser user) {
		this.steps.nextStepDone(id, roundId, ETags.version(ifMatch), user);
		return withETag(this.steps.round(id, roundId, user));
	}

	// ---- Steps 7 and 8: notes of the agreement and the follow-up -------------------

	/**
	 * The note that completes the agreement or follow-up step ({@code agreement},
	 * {@code follow-up}); If-Match: the case's version.
	 */
	@PutMapping("/notes/{slug}")
	ResponseEntity<Note> saveNote(@PathVariable long id, @PathVariable String slug,
			@RequestHeader("If-Match") String ifMatch, @Valid @RequestBody Note note,
			@AuthenticationPrincipal CurrentUser user) {
		CaseView view = this.cases.get(id, user);
		MethodStep step = step(view, slug);
		this.steps.saveNote(id, ETags.version(ifMatch), step, note.note(), user);
		return ResponseEntity.ok()
			.eTag(Long.toString(this.cases.get(id, user).version()))
			.body(new Note(this.steps.note(id, step, user)));
	}

	// ---- Step 9: closure -----------------------------------------------------------

	@GetMapping("/closure")
	ResponseEntity<CaseSteps.ClosureView> closure(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return closureWithETag(id, user);
	}

	/**
	 * Saves the outcome and lessons learned (If-Match: the case's version); with
	 * {@code request=true}, also asks HQ to confirm the closure (422 with what is
	 * {@code missing} while incomplete).
	 */
	@PutMapping("/closure")
	ResponseEntity<CaseSteps.ClosureView> saveClosure(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@RequestParam(defaultValue = "false") boolean request, @Valid @RequestBody ClosureForm form,
			@AuthenticationPrincipal CurrentUser user) {
		this.steps.saveClosure(id, ETags.version(ifMatch), form, request, user);
		return closureWithETag(id, user);
	}

	/**
	 * An HQ reviewer of the team, who did not ask, confirms the closure (the case is
	 * closed) or returns it with a reason; If-Match: the case's version.
	 */
	@PostMapping("/closure/decision")
	ResponseEntity<CaseSteps.ClosureView> decideClosure(@PathVariable long id,
			@RequestHeader("If-Match") String ifMatch, @Valid @RequestBody ClosureDecision decision,
			@AuthenticationPrincipal CurrentUser user) {
		this.steps.decideClosure(id, ETags.version(ifMatch), decision.confirm(), decision.reason(), user);
		return closureWithETag(id, user);
	}

	// ---- Helpers -------------------------------------------------------------------

	private StepDetail detail(CaseView view, MethodStep step, CurrentUser user) {
		long id = view.id();
		Locale locale = LocaleContextHolder.getLocale();
		List<QuestionView> stepQuestions = this.questions.version(view.questionSetVersion()).of(step);
		Set<Long> ids = stepQuestions.stream().map(QuestionView::id).collect(Collectors.toSet());
		List<Answer> answers = this.workflow.answers(id).stream().filter((a) -> ids.contains(a.questionId())).toList();
		StepStatus status = this.steps.overview(id, user).get(step.ordinal());
		boolean reached = step.ordinal() <= view.currentStep().ordinal();
		List<Missing> missing = reached ? this.steps.missing(id, step, user) : List.of();
		return new StepDetail(step, step.slug(), status.state(), view.version(),
				stepQuestions.stream().map((q) -> new Question(q.id(), q.position(), q.text(locale))).toList(), answers,
				missing(missing, locale), content(id, step, user));
	}

	private StepContent content(long id, MethodStep step, CurrentUser user) {
		return switch (step) {
			case CONFLICT_ANALYSIS -> new StepContent(this.steps.conflictAnalysis(id, user), null, null, null, null,
					null, null, null, null, null);
			case UNDERSTANDING_THE_GROUP ->
				new StepContent(null, this.steps.assessments(id, user), null, null, null, null, null, null, null, null);
			case OBJECTIVES -> new StepContent(null, null, this.steps.objectives(id, user),
					this.steps.redLines(id, user), this.steps.moes(id, user), null, null, null, null, null);
			case INTERNAL_DECISION ->
				new StepContent(null, null, null, null, null, this.workflow.decisions(id), null, null, null, null);
			case ENGAGEMENT_MODALITY ->
				new StepContent(null, null, null, null, null, null, this.steps.engagement(id, user), null, null, null);
			case NEGOTIATION_ROUNDS ->
				new StepContent(null, null, null, null, null, null, null, this.steps.rounds(id, user), null, null);
			case AGREEMENT, FOLLOW_UP ->
				new StepContent(null, null, null, null, null, null, null, null, this.steps.note(id, step, user), null);
			case CLOSURE ->
				new StepContent(null, null, null, null, null, null, null, null, null, this.steps.closure(id, user));
		};
	}

	private List<MissingItem> missing(List<Missing> missing, Locale locale) {
		return missing.stream()
			.map((m) -> new MissingItem(m.key(), m.args(), this.messages.getMessage(m, locale)))
			.toList();
	}

	/** The step of a URL name ({@code current}: the case's current step). */
	private static MethodStep step(CaseView view, String slug) {
		MethodStep step = "current".equals(slug) ? view.currentStep() : MethodStep.ofSlug(slug);
		if (step == null) {
			throw new CaseNotFoundException(view.id());
		}
		return step;
	}

	private AssessmentView assessmentOf(long id, long assessmentId, CurrentUser user) {
		return this.steps.assessments(id, user)
			.stream()
			.filter((a) -> a.id() == assessmentId)
			.findFirst()
			.orElseThrow(() -> new CaseNotFoundException(id));
	}

	private MeasureOfEffectiveness.MoeView moeOf(long id, long moeId, CurrentUser user) {
		return this.steps.moes(id, user)
			.stream()
			.filter((m) -> m.id() == moeId)
			.findFirst()
			.orElseThrow(() -> new CaseNotFoundException(id));
	}

	private ResponseEntity<CaseSteps.ClosureView> closureWithETag(long id, CurrentUser user) {
		CaseSteps.ClosureView closure = this.steps.closure(id, user);
		return ResponseEntity.ok().eTag(Long.toString(this.cases.get(id, user).version())).body(closure);
	}

	private static <F> ResponseEntity<Sheet<F>> sheet(Sheet<F> sheet) {
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
		if (sheet.version() != null) {
			ok.eTag(Long.toString(sheet.version()));
		}
		return ok.body(sheet);
	}

	private static ResponseEntity<RoundView> withETag(RoundView view) {
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	/**
	 * A step in the case's overview.
	 *
	 * @param missing what the current step still lacks (empty for the others)
	 */
	record StepOverview(MethodStep step, String slug, StepStatus.State state, List<MissingItem> missing) {
	}

	/**
	 * One thing a step lacks before it can be completed.
	 *
	 * @param key its message key
	 * @param args the key's arguments (e.g. how many questions are unanswered)
	 * @param message in the caller's language
	 */
	record MissingItem(String key, List<Object> args, String message) {
	}

	/** A guiding question of the case's question set, in the caller's language. */
	record Question(long id, int position, String text) {
	}

	/**
	 * One step of a case.
	 *
	 * @param caseVersion the case's version: If-Match for answers and completing
	 * @param answers the answers to this step's questions
	 * @param missing what it still lacks (empty: it can be completed; empty too for a
	 * step the case has not reached)
	 */
	record StepDetail(MethodStep step, String slug, StepStatus.State state, long caseVersion, List<Question> questions,
			List<Answer> answers, List<MissingItem> missing, StepContent content) {
	}

	/**
	 * The content of a step: only the parts of that step are filled, the others are null.
	 */
	record StepContent(Sheet<ConflictAnalysisForm> conflictAnalysis, List<AssessmentView> assessments,
			Sheet<ObjectivesForm> objectives, List<RedLine> redLines, List<MeasureOfEffectiveness.MoeView> moes,
			List<DecisionView> decisions, Sheet<EngagementForm> engagement, List<RoundView> rounds, String note,
			CaseSteps.ClosureView closure) {
	}

	/**
	 * An answer to a guiding question.
	 *
	 * @param text the answer (or, with "not applicable", why); blank removes it
	 * @param notApplicable the question does not apply to this case (false when left out)
	 */
	record AnswerInput(Long questionId, String text, Boolean notApplicable) {

		Answer answer() {
			return new Answer(this.questionId, this.text, Boolean.TRUE.equals(this.notApplicable));
		}

	}

	/** The note of the agreement or follow-up step. */
	record Note(@Size(max = CaseWorkflow.MAX_ANSWER, message = "{validation.too-long}") String note) {
	}

	/**
	 * HQ's answer to a request to close the case.
	 *
	 * @param confirm true to close the case, false to return it to the team
	 * @param reason required to return it
	 */
	record ClosureDecision(@NotNull(message = "{validation.required}") Boolean confirm,
			@Size(max = 10000, message = "{validation.too-long}") String reason) {
	}

}
