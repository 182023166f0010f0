package org.parley.negotiation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.parley.armedgroup.GroupRef;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.web.Flash;
import org.parley.shared.web.JsonWriter;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page per step of the method: its guiding questions, its structured content, what it
 * still lacks, and (on the current step) the button that completes it. Every form keeps
 * what was typed when something is refused.
 */
@Controller
@RequestMapping("/cases/{id}")
class CaseStepController {

	private final CaseQueries cases;

	private final CaseSteps steps;

	private final CaseWorkflow workflow;

	private final GuidingQuestions questions;

	private final JsonWriter json;

	private final Measurements measurements;

	CaseStepController(CaseQueries cases, CaseSteps steps, CaseWorkflow workflow, GuidingQuestions questions,
			JsonWriter json, Measurements measurements) {
		this.json = json;
		this.measurements = measurements;
		this.cases = cases;
		this.steps = steps;
		this.workflow = workflow;
		this.questions = questions;
	}

	@GetMapping("/steps/{slug}")
	String step(@PathVariable long id, @PathVariable String slug, @RequestParam(required = false) Long assess,
			@RequestParam(required = false) Long edit, @RequestParam(required = false) Long compare,
			@RequestParam(required = false) Long with, @AuthenticationPrincipal CurrentUser user, Model model) {
		MethodStep step = step(id, slug);
		if (step == MethodStep.UNDERSTANDING_THE_GROUP) {
			if (assess != null && !model.containsAttribute("assessForm")) {
				model.addAttribute("assessForm", this.steps.prefill(id, assess, user).withBlankRows());
				model.addAttribute("assessGroup", assess);
			}
			model.addAttribute("editAssessment", edit);
			model.addAttribute("compare", compare);
			model.addAttribute("compareWith", with);
		}
		if (step == MethodStep.NEGOTIATION_ROUNDS || step == MethodStep.OBJECTIVES || step == MethodStep.FOLLOW_UP) {
			model.addAttribute("editId", edit);
		}
		return page(id, step, user, model);
	}

	/** Saves answers to the step's questions; "complete" also moves the case on. */
	@PostMapping("/answers")
	String answer(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "save") String action,
			@RequestParam(required = false) String step, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		List<Answer> answers = new ArrayList<>();
		for (Map.Entry<String, String> param : params.entrySet()) {
			if (param.getKey().startsWith("answer_")) {
				try {
					long question = Long.parseLong(param.getKey().substring("answer_".length()));
					answers.add(new Answer(question, param.getValue(), params.containsKey("na_" + question)));
				}
				catch (NumberFormatException ex) {
					// not one of ours: ignored
				}
			}
		}
		MethodStep page = MethodStep.ofSlug(step);
		try {
			boolean complete = "complete".equals(action);
			MethodStep now = this.workflow.answer(id, version, answers, complete, user);
			if (complete) {
				Flash.success(redirect, "negotiation.step.completed", now.ordinal() + 1);
				return "redirect:/cases/" + id + "/steps/" + now.slug();
			}
			Flash.success(redirect, "negotiation.answers.saved");
			return "redirect:/cases/" + id + ((page != null) ? "/steps/" + page.slug() : "") + "#questions";
		}
		catch (StepIncompleteException incomplete) {
			model.addAttribute("stepError", incomplete.messageKey());
			model.addAttribute("stepMissing", incomplete.missing());
		}
		catch (RuleViolation violation) {
			model.addAttribute("stepError", violation.messageKey());
		}
		catch (ConcurrentEditException conflict) {
			model.addAttribute("stepError", "negotiation.case.conflict");
		}
		// Show what was typed, not what is stored.
		model.addAttribute("typed", answers);
		MethodStep shown = (page != null) ? page : this.cases.get(id, user).currentStep();
		return page(id, shown, user, model);
	}

	@PostMapping("/steps/conflict-analysis")
	String saveAnalysis(@PathVariable long id, @RequestParam(required = false) Long version,
			@Valid @ModelAttribute("analysisForm") ConflictAnalysisForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return save(id, MethodStep.CONFLICT_ANALYSIS, result, user, model, redirect, "#content",
				() -> this.steps.saveConflictAnalysis(id, version, form, user));
	}

	@PostMapping("/assessments")
	String assess(@PathVariable long id, @RequestParam long groupId,
			@Valid @ModelAttribute("assessForm") AssessmentForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("assessGroup", groupId);
		return save(id, MethodStep.UNDERSTANDING_THE_GROUP, result, user, model, redirect, "#group-" + groupId,
				() -> this.steps.assess(id, groupId, form, user));
	}

	@PostMapping("/assessments/{assessmentId}")
	String updateAssessment(@PathVariable long id, @PathVariable long assessmentId, @RequestParam long version,
			@Valid @ModelAttribute("editForm") AssessmentForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("editAssessment", assessmentId);
		return save(id, MethodStep.UNDERSTANDING_THE_GROUP, result, user, model, redirect,
				"#assessment-" + assessmentId,
				() -> this.steps.updateAssessment(id, assessmentId, version, form, user));
	}

	@PostMapping("/objectives")
	String saveObjectives(@PathVariable long id, @RequestParam(required = false) Long version,
			@Valid @ModelAttribute("objectivesForm") ObjectivesForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return save(id, MethodStep.OBJECTIVES, result, user, model, redirect, "#content",
				() -> this.steps.saveObjectives(id, version, form, user));
	}

	@PostMapping("/moes")
	String addMoe(@PathVariable long id, @Valid @ModelAttribute("moeForm") MoeForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return save(id, MethodStep.OBJECTIVES, result, user, model, redirect, "#moes",
				() -> this.steps.addMoe(id, form, user));
	}

	@PostMapping("/moes/{moeId}")
	String updateMoe(@PathVariable long id, @PathVariable long moeId, @RequestParam long version,
			@Valid @ModelAttribute("moeEditForm") MoeForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("editId", moeId);
		return save(id, MethodStep.OBJECTIVES, result, user, model, redirect, "#moes",
				() -> this.steps.updateMoe(id, moeId, version, form, user));
	}

	@PostMapping("/moes/{moeId}/delete")
	String removeMoe(@PathVariable long id, @PathVariable long moeId, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return save(id, MethodStep.OBJECTIVES, null, user, model, redirect, "#moes",
				() -> this.steps.removeMoe(id, moeId, version, user));
	}

	@PostMapping("/moes/{moeId}/measurements")
	String addMeasurement(@PathVariable long id, @PathVariable long moeId,
			@Valid @ModelAttribute("measurementForm") MeasurementForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("measurementMoe", moeId);
		return save(id, MethodStep.FOLLOW_UP, result, user, model, redirect, "#moe-" + moeId,
				() -> this.measurements.add(id, moeId, form, user));
	}

	@PostMapping("/moes/{moeId}/measurements/{measurementId}")
	String updateMeasurement(@PathVariable long id, @PathVariable long moeId, @PathVariable long measurementId,
			@RequestParam long version, @Valid @ModelAttribute("measurementEditForm") MeasurementForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("editId", measurementId);
		return save(id, MethodStep.FOLLOW_UP, result, user, model, redirect, "#moe-" + moeId,
				() -> this.measurements.update(id, moeId, measurementId, version, form, user));
	}

	@PostMapping("/moes/{moeId}/measurements/{measurementId}/delete")
	String removeMeasurement(@PathVariable long id, @PathVariable long moeId, @PathVariable long measurementId,
			@RequestParam long version, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return save(id, MethodStep.FOLLOW_UP, null, user, model, redirect, "#moe-" + moeId,
				() -> this.measurements.remove(id, moeId, measurementId, version, user));
	}

	@PostMapping("/engagement")
	String saveEngagement(@PathVariable long id, @RequestParam(required = false) Long version,
			@Valid @ModelAttribute("engagementForm") EngagementForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return save(id, MethodStep.ENGAGEMENT_MODALITY, result, user, model, redirect, "#content",
				() -> this.steps.saveEngagement(id, version, form, user));
	}

	@PostMapping("/rounds")
	String addRound(@PathVariable long id, @Valid @ModelAttribute("roundForm") RoundForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return save(id, MethodStep.NEGOTIATION_ROUNDS, result, user, model, redirect, "#rounds",
				() -> this.steps.addRound(id, form, user));
	}

	@PostMapping("/rounds/{roundId}")
	String updateRound(@PathVariable long id, @PathVariable long roundId, @RequestParam long version,
			@Valid @ModelAttribute("roundForm") RoundForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("editId", roundId);
		return save(id, MethodStep.NEGOTIATION_ROUNDS, result, user, model, redirect, "#round-" + roundId,
				() -> this.steps.updateRound(id, roundId, version, form, user));
	}

	@PostMapping("/rounds/{roundId}/next-step-done")
	String nextStepDone(@PathVariable long id, @PathVariable long roundId, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return save(id, MethodStep.NEGOTIATION_ROUNDS, null, user, model, redirect, "#round-" + roundId,
				() -> this.steps.nextStepDone(id, roundId, version, user));
	}

	@PostMapping("/notes/{slug}")
	String saveNote(@PathVariable long id, @PathVariable String slug, @RequestParam long version,
			@RequestParam(required = false) String note, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		MethodStep step = step(id, slug);
		model.addAttribute("typedNote", note);
		return save(id, step, null, user, model, redirect, "#content",
				() -> this.steps.saveNote(id, version, step, note, user));
	}

	@PostMapping("/closure")
	String saveClosure(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "save") String action, @Valid @ModelAttribute("closureForm") ClosureForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		boolean request = "request".equals(action);
		return save(id, MethodStep.CLOSURE, result, user, model, redirect, "#content",
				() -> this.steps.saveClosure(id, version, form, request, user));
	}

	@PostMapping("/closure/decision")
	String decideClosure(@PathVariable long id, @RequestParam long version, @RequestParam String outcome,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("closureReason", reason);
		boolean confirm = "confirm".equals(outcome);
		String done = save(id, MethodStep.CLOSURE, null, user, model, redirect, "#content",
				() -> this.steps.decideClosure(id, version, confirm, reason, user));
		if (done.startsWith("redirect:")) {
			Flash.success(redirect, confirm ? "negotiation.closure.confirmed" : "negotiation.closure.returned");
		}
		return done;
	}

	/**
	 * Runs a save: on success back to the step page with a message; on a refused rule or
	 * a concurrent edit, the same page again with the message and what was typed.
	 */
	private String save(long id, MethodStep step, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect, String anchor, Runnable action) {
		if (result == null || !result.hasErrors()) {
			try {
				action.run();
				Flash.success(redirect, "negotiation.step.saved");
				return "redirect:/cases/" + id + "/steps/" + step.slug() + anchor;
			}
			catch (StepIncompleteException incomplete) {
				model.addAttribute("stepError", incomplete.messageKey());
				model.addAttribute("stepMissing", incomplete.missing());
			}
			catch (RuleViolation violation) {
				if (result != null && violation.field() != null) {
					result.rejectValue(violation.field(), violation.messageKey());
				}
				else if (result != null) {
					result.reject(violation.messageKey());
				}
				else {
					model.addAttribute("stepError", violation.messageKey());
				}
			}
			catch (ConcurrentEditException conflict) {
				if (result != null) {
					result.reject("negotiation.step.conflict");
				}
				else {
					model.addAttribute("stepError", "negotiation.step.conflict");
				}
			}
		}
		model.addAttribute("formError", true);
		return page(id, step, user, model);
	}

	private MethodStep step(long id, String slug) {
		MethodStep step = MethodStep.ofSlug(slug);
		if (step == null) {
			throw new CaseNotFoundException(id);
		}
		return step;
	}

	private String page(long id, MethodStep step, CurrentUser user, Model model) {
		CaseView view = this.cases.get(id, user);
		List<StepStatus> overview = this.steps.overview(id, user);
		StepStatus status = overview.get(step.ordinal());
		boolean canWork = this.cases.canWork(view, user);
		boolean editable = canWork && view.status() == CaseStatus.ACTIVE
				&& step.ordinal() <= view.currentStep().ordinal();
		model.addAttribute("c", view);
		model.addAttribute("step", step);
		model.addAttribute("overview", overview);
		model.addAttribute("status", status);
		model.addAttribute("canWork", canWork);
		model.addAttribute("editable", editable);
		model.addAttribute("canDecide", this.cases.canDecide(view, user));
		model.addAttribute("reached", step.ordinal() <= view.currentStep().ordinal());
		if (!model.containsAttribute("stepMissing")) {
			model.addAttribute("stepMissing",
					model.getAttribute("reached") == Boolean.TRUE ? this.steps.missing(id, step, user) : List.of());
		}
		QuestionSetView set = this.questions.version(view.questionSetVersion());
		model.addAttribute("stepQuestions", set.of(step));
		Map<Long, Answer> answers = new HashMap<>();
		this.workflow.answers(id).forEach((a) -> answers.put(a.questionId(), a));
		if (model.getAttribute("typed") instanceof List<?> typed) {
			typed.forEach((a) -> answers.put(((Answer) a).questionId(), (Answer) a));
		}
		model.addAttribute("answers", answers);
		switch (step) {
			case CONFLICT_ANALYSIS -> conflictAnalysis(id, user, model);
			case UNDERSTANDING_THE_GROUP -> understanding(id, view, user, model);
			case OBJECTIVES -> objectives(id, user, model);
			case INTERNAL_DECISION -> decision(id, view, user, model);
			case ENGAGEMENT_MODALITY -> engagement(id, user, model);
			case NEGOTIATION_ROUNDS -> rounds(id, user, model);
			case AGREEMENT -> {
				note(id, step, user, model);
				model.addAttribute("agreements", this.steps.agreements(id, user));
			}
			case FOLLOW_UP -> {
				note(id, step, user, model);
				followUp(id, user, model);
			}
			case CLOSURE -> closure(id, user, model);
		}
		return "negotiation/step";
	}

	private void note(long id, MethodStep step, CurrentUser user, Model model) {
		model.addAttribute("note", model.containsAttribute("typedNote") ? model.getAttribute("typedNote")
				: this.steps.note(id, step, user));
	}

	/**
	 * Each measure of effectiveness with its measurements: a chart (its data as JSON for
	 * moe-chart.js), a table of the values, and a form to add one.
	 */
	private void followUp(long id, CurrentUser user, Model model) {
		List<MeasureOfEffectiveness.MoeView> moes = this.steps.moes(id, user);
		Map<Long, List<MoeMeasurement.MeasurementView>> byMeasure = this.measurements.byMeasure(id, user);
		Map<Long, String> charts = new HashMap<>();
		for (MeasureOfEffectiveness.MoeView moe : moes) {
			List<MoeMeasurement.MeasurementView> values = byMeasure.getOrDefault(moe.id(), List.of());
			charts.put(moe.id(),
					this.json.write(new ChartData(moe.content().indicator(), moe.content().unit(),
							moe.content().baseline(), moe.content().target(),
							values.stream()
								.map((v) -> new ChartPoint(v.content().measuredOn().toString(), v.content().value()))
								.toList())));
		}
		model.addAttribute("moes", moes);
		model.addAttribute("measurementsByMoe", byMeasure);
		model.addAttribute("chartJson", charts);
		MeasurementForm blank = MeasurementForm.empty(this.steps.today());
		model.addAttribute("blankMeasurement", blank);
		if (!model.containsAttribute("measurementForm")) {
			model.addAttribute("measurementForm", blank);
		}
		if (model.getAttribute("editId") instanceof Long editId && !model.containsAttribute("measurementEditForm")) {
			byMeasure.values()
				.stream()
				.flatMap(List::stream)
				.filter((m) -> m.id() == editId)
				.findFirst()
				.ifPresent((m) -> model.addAttribute("measurementEditForm", m.content()));
		}
	}

	private void conflictAnalysis(long id, CurrentUser user, Model model) {
		Sheet<ConflictAnalysisForm> sheet = this.steps.conflictAnalysis(id, user);
		model.addAttribute("sheet", sheet);
		if (!model.containsAttribute("analysisForm")) {
			model.addAttribute("analysisForm", sheet.content().withBlankRows());
		}
		model.addAttribute("actorKinds", ActorKind.values());
		model.addAttribute("legalRegimes", LegalRegime.values());
		model.addAttribute("quadrants", IslandQuadrant.values());
	}

	private void understanding(long id, CaseView view, CurrentUser user, Model model) {
		List<AssessmentView> all = this.steps.assessments(id, user);
		Map<Long, List<AssessmentView>> byGroup = new LinkedHashMap<>();
		for (GroupRef group : view.groups()) {
			byGroup.put(group.id(), all.stream().filter((a) -> a.groupId() == group.id()).toList());
		}
		model.addAttribute("assessmentsByGroup", byGroup);
		Map<Long, String> networks = new HashMap<>();
		all.forEach((a) -> networks.put(a.id(), this.json.write(a.content().influencers())));
		model.addAttribute("networkJson", networks);
		model.addAttribute("influences", Influence.values());
		model.addAttribute("dispositions", Disposition.values());
		Object edit = model.getAttribute("editAssessment");
		if (edit instanceof Long editId && !model.containsAttribute("editForm")) {
			all.stream()
				.filter((a) -> a.id() == editId)
				.findFirst()
				.ifPresent((a) -> model.addAttribute("editForm", a.content().withBlankRows()));
		}
		if (model.getAttribute("compare") instanceof Long a && model.getAttribute("compareWith") instanceof Long b) {
			AssessmentView left = all.stream().filter((x) -> x.id() == a).findFirst().orElse(null);
			AssessmentView right = all.stream().filter((x) -> x.id() == b).findFirst().orElse(null);
			if (left != null && right != null && left.groupId() == right.groupId()) {
				model.addAttribute("compareLeft", left);
				model.addAttribute("compareRight", right);
			}
		}
	}

	private void objectives(long id, CurrentUser user, Model model) {
		Sheet<ObjectivesForm> sheet = this.steps.objectives(id, user);
		model.addAttribute("sheet", sheet);
		if (!model.containsAttribute("objectivesForm")) {
			model.addAttribute("objectivesForm", sheet.content().withBlankRows());
		}
		model.addAttribute("redLines", this.steps.redLines(id, user));
		List<MeasureOfEffectiveness.MoeView> moes = this.steps.moes(id, user);
		model.addAttribute("moes", moes);
		Map<Long, MoeMeasurement.MeasurementView> latest = new HashMap<>();
		this.measurements.byMeasure(id, user).forEach((moeId, values) -> {
			if (!values.isEmpty()) {
				latest.put(moeId, values.get(values.size() - 1));
			}
		});
		model.addAttribute("latestMeasurements", latest);
		if (!model.containsAttribute("moeForm")) {
			model.addAttribute("moeForm", MoeForm.empty());
		}
		if (model.getAttribute("editId") instanceof Long editId && !model.containsAttribute("moeEditForm")) {
			moes.stream()
				.filter((m) -> m.id() == editId)
				.findFirst()
				.ifPresent((m) -> model.addAttribute("moeEditForm", m.content()));
		}
		model.addAttribute("priorities", Priority.values());
	}

	private void decision(long id, CaseView view, CurrentUser user, Model model) {
		List<DecisionView> decisions = this.workflow.decisions(view.id());
		model.addAttribute("decisions", decisions);
		model.addAttribute("pending",
				decisions.stream().filter((d) -> d.status() == DecisionStatus.PENDING).findFirst().orElse(null));
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", DecisionRequest.empty(this.steps.redLines(view.id(), user)));
		}
	}

	private void engagement(long id, CurrentUser user, Model model) {
		Sheet<EngagementForm> sheet = this.steps.engagement(id, user);
		model.addAttribute("sheet", sheet);
		if (!model.containsAttribute("engagementForm")) {
			model.addAttribute("engagementForm", sheet.content().withBlankRows());
		}
		model.addAttribute("modalities", Modality.values());
		model.addAttribute("intermediaries", this.steps.intermediaryChoices(id, user));
		model.addAttribute("approachFamilies", Approach.Family.values());
	}

	private void rounds(long id, CurrentUser user, Model model) {
		List<RoundView> rounds = this.steps.rounds(id, user);
		model.addAttribute("rounds", rounds);
		model.addAttribute("channels", Channel.values());
		model.addAttribute("today", this.steps.today());
		if (!model.containsAttribute("roundForm")) {
			if (model.getAttribute("editId") instanceof Long editId) {
				rounds.stream()
					.filter((r) -> r.id() == editId)
					.findFirst()
					.ifPresent((r) -> model.addAttribute("roundForm", r.content()));
			}
			if (!model.containsAttribute("roundForm")) {
				model.addAttribute("roundForm", RoundForm.empty(this.steps.today()));
			}
		}
		if (model.getAttribute("editId") instanceof Long editId) {
			rounds.stream()
				.filter((r) -> r.id() == editId)
				.findFirst()
				.ifPresent((r) -> model.addAttribute("editRound", r));
		}
	}

	private void closure(long id, CurrentUser user, Model model) {
		CaseSteps.ClosureView closure = this.steps.closure(id, user);
		model.addAttribute("closure", closure);
		if (!model.containsAttribute("closureForm")) {
			model.addAttribute("closureForm", closure.content());
		}
		model.addAttribute("outcomes", ClosureOutcome.values());
	}

	/**
	 * What moe-chart.js draws for a measure: its values over time against baseline and
	 * target.
	 */
	record ChartData(String indicator, String unit, java.math.BigDecimal baseline, java.math.BigDecimal target,
			List<ChartPoint> points) {
	}

	/** A measurement on the chart: an ISO date and the value. */
	record ChartPoint(String date, java.math.BigDecimal value) {
	}

}
