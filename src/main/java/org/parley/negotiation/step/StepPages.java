package org.parley.negotiation.step;

import org.parley.negotiation.Answer;
import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.CaseNotFoundException;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseView;
import org.parley.negotiation.GuidingQuestions;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.Missing;
import org.parley.negotiation.QuestionView;
import org.parley.negotiation.StepStatus;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.casefile.NegotiationCaseRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.parley.protection.FieldSealer;
import org.parley.shared.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * Draws a step's page: the stepper, the step's guiding questions and answers, what it
 * still lacks, and (from its {@link CaseStep}) its content. Used for the page itself and
 * again, with what the user typed, when a change on it is refused.
 */
@Component
public class StepPages {

	/** The template of every step page; the step's own part is its fragment. */
	public static final String TEMPLATE = "negotiation/step";

	private final CaseQueries queries;

	private final CaseAccess access;

	private final NegotiationCaseRepository cases;

	private final CaseSteps steps;

	private final GuidingQuestions questions;

	private final FieldSealer sealer;

	StepPages(CaseQueries queries, CaseAccess access, NegotiationCaseRepository cases, CaseSteps steps,
			GuidingQuestions questions, FieldSealer sealer) {
		this.sealer = sealer;
		this.queries = queries;
		this.access = access;
		this.cases = cases;
		this.steps = steps;
		this.questions = questions;
	}

	/** The step named in a URL ({@code conflict-analysis} … {@code closure}). */
	public static MethodStep step(long caseId, String slug) {
		MethodStep step = MethodStep.ofSlug(slug);
		if (step == null) {
			throw new CaseNotFoundException(caseId);
		}
		return step;
	}

	/** The page of a step, nothing opened in it. */
	@Transactional(readOnly = true)
	public String render(long caseId, MethodStep step, CurrentUser user, Model model) {
		return render(caseId, step, user, StepPage.Query.NONE, model);
	}

	/**
	 * The page of a step. Refused answers ({@code typed}) and what a refusal put in the
	 * model ({@code stepError}, its details, a form with its errors) are shown as they
	 * are.
	 */
	@Transactional(readOnly = true)
	public String render(long caseId, MethodStep step, CurrentUser user, StepPage.Query query, Model model) {
		CaseView view = this.queries.get(caseId, user);
		CaseGrant grant = this.access.of(view, user);
		NegotiationCase file = this.cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
		List<StepStatus> overview = this.steps.overview(file);
		boolean reached = grant.stage().reached(step);
		model.addAttribute("c", view);
		model.addAttribute("step", step);
		model.addAttribute("overview", overview);
		model.addAttribute("status", overview.get(step.ordinal()));
		model.addAttribute("canWork", grant.mayWork());
		model.addAttribute("canDecide", grant.mayDecide());
		model.addAttribute("editable", grant.mayWork() && !grant.stage().closed() && reached);
		model.addAttribute("reached", reached);
		if (model.getAttribute("stepErrorDetails") instanceof List<?> details && !details.isEmpty()) {
			model.addAttribute("stepMissing", details);
		}
		else if (!model.containsAttribute("stepMissing")) {
			model.addAttribute("stepMissing", reached ? this.steps.missing(file, step) : List.of());
		}
		List<QuestionView> stepQuestions = this.questions.version(view.questionSetVersion()).of(step);
		model.addAttribute("stepQuestions", stepQuestions);
		Map<Long, Answer> answers = new HashMap<>();
		// A strictly confidential case's answers only for those who may read them.
		file.answers(stepQuestions.stream().map(QuestionView::id).toList(), grant.mayOpen() ? this.sealer : null)
			.forEach((a) -> answers.put(a.questionId(), a));
		model.addAttribute("answersRedacted", !grant.mayOpen());
		if (model.getAttribute("typed") instanceof List<?> typed) {
			typed.forEach((a) -> answers.put(((Answer) a).questionId(), (Answer) a));
		}
		model.addAttribute("answers", answers);
		if (query.edit() != null && !model.containsAttribute("editId")) {
			model.addAttribute("editId", query.edit());
		}
		this.steps.of(step).show(new StepPage(view, grant, user, query), model);
		return TEMPLATE;
	}

	/**
	 * A step of a case the reader may see (read through {@link CaseQueries}) as the API
	 * returns it: the answers to its questions, what it lacks (if reached) and its
	 * content.
	 */
	@Transactional(readOnly = true)
	public StepData data(CaseView view, MethodStep step, CurrentUser user) {
		NegotiationCase file = this.cases.findById(view.id()).orElseThrow(() -> new CaseNotFoundException(view.id()));
		Set<Long> ofStep = this.questions.version(view.questionSetVersion())
			.of(step)
			.stream()
			.map(QuestionView::id)
			.collect(Collectors.toSet());
		CaseGrant grant = this.access.of(view, user);
		return new StepData(file.answers(ofStep, grant.mayOpen() ? this.sealer : null),
				view.stage().reached(step) ? this.steps.missing(file, step) : List.of(),
				this.steps.of(step).content(new StepPage(view, grant, user, StepPage.Query.NONE)), !grant.mayOpen());
	}

	/**
	 * A step's answers, what it lacks and its content.
	 *
	 * @param missing empty too for a step the case has not reached
	 * @param answersRedacted the case is strictly confidential and the reader may not
	 * read its answers (their text is null)
	 */
	public record StepData(List<Answer> answers, List<Missing> missing, StepContent content, boolean answersRedacted) {
	}

}
