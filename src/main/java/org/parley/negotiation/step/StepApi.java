package org.parley.negotiation.step;

import org.parley.negotiation.Answer;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseView;
import org.parley.negotiation.CaseWorkflow;
import org.parley.negotiation.GuidingQuestions;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.Missing;
import org.parley.negotiation.QuestionView;
import org.parley.negotiation.StepStatus;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.web.ETags;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The method's steps of a case through the JSON API: where each step stands and what it
 * lacks, its guiding questions and answers, completing the current step, and each step's
 * content (written through the step's own resource: {@code conflict-analysis},
 * {@code assessments}, {@code objectives}, {@code moes}, {@code decisions},
 * {@code engagement}, {@code rounds}, {@code notes}, {@code closure}). The same gates as
 * the pages: nothing of the engagement is written before HQ has decided. If-Match carries
 * the case's version for answers and completing.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}")
class StepApi {

	private final CaseQueries queries;

	private final CaseWorkflow workflow;

	private final GuidingQuestions questions;

	private final CaseSteps steps;

	private final StepPages pages;

	private final MessageSource messages;

	StepApi(CaseQueries queries, CaseWorkflow workflow, GuidingQuestions questions, CaseSteps steps, StepPages pages,
			MessageSource messages) {
		this.queries = queries;
		this.workflow = workflow;
		this.questions = questions;
		this.steps = steps;
		this.pages = pages;
		this.messages = messages;
	}

	/** Every step of the case with its state and (on the current one) what it lacks. */
	@GetMapping("/steps")
	List<StepOverview> overview(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		this.queries.get(id, user);
		Locale locale = LocaleContextHolder.getLocale();
		return this.steps.overview(id)
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
		CaseView view = this.queries.get(id, user);
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
		CaseView view = this.queries.get(id, user);
		MethodStep step = step(view, slug);
		Set<Long> ofStep = this.questions.version(view.questionSetVersion())
			.of(step)
			.stream()
			.map(QuestionView::id)
			.collect(Collectors.toSet());
		if (answers.stream().anyMatch((a) -> a.questionId() != null && !ofStep.contains(a.questionId()))) {
			throw new RuleViolation(null, "negotiation.answer.other-step");
		}
		this.workflow.answer(id, ETags.version(ifMatch), answers, user);
		CaseView saved = this.queries.get(id, user);
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
		this.workflow.completeStep(id, ETags.version(ifMatch), user);
		CaseView view = this.queries.get(id, user);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	private StepDetail detail(CaseView view, MethodStep step, CurrentUser user) {
		Locale locale = LocaleContextHolder.getLocale();
		StepPages.StepData data = this.pages.data(view, step, user);
		return new StepDetail(step, step.slug(), view.stage().stateOf(step), view.version(),
				this.questions.version(view.questionSetVersion())
					.of(step)
					.stream()
					.map((q) -> new Question(q.id(), q.position(), q.text(locale)))
					.toList(),
				data.answers(), missing(data.missing(), locale), data.content(), data.answersRedacted());
	}

	private List<MissingItem> missing(List<Missing> missing, Locale locale) {
		return missing.stream()
			.map((m) -> new MissingItem(m.key(), m.args(), this.messages.getMessage(m, locale)))
			.toList();
	}

	/** The step of a URL name ({@code current}: the case's current step). */
	private static MethodStep step(CaseView view, String slug) {
		return "current".equals(slug) ? view.currentStep() : StepPages.step(view.id(), slug);
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
	 * @param content the step's content (its sheet, rows or note)
	 * @param answersRedacted the case is strictly confidential and the caller may not
	 * read its answers (their text is left out; decision 0022)
	 */
	record StepDetail(MethodStep step, String slug, StepStatus.State state, long caseVersion, List<Question> questions,
			List<Answer> answers, List<MissingItem> missing, StepContent content, boolean answersRedacted) {
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

}
