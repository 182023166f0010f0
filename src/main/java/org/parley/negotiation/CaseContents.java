package org.parley.negotiation;

import org.parley.negotiation.step.StepContent;
import org.parley.negotiation.step.StepPages;
import org.parley.negotiation.step.measures.Measurements;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parley.shared.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's whole content at once, for a dossier: every step with its guiding questions,
 * answers and content, and the measurements of its measures of effectiveness. Step
 * contents are each step's own records (the same the API returns), handed over as
 * objects: the reader serialises or walks them without depending on this module's
 * internals.
 */
@Service
public class CaseContents {

	private final CaseQueries queries;

	private final CaseAccess access;

	private final StepPages pages;

	private final GuidingQuestions questions;

	private final Measurements measurements;

	CaseContents(CaseQueries queries, CaseAccess access, StepPages pages, GuidingQuestions questions,
			Measurements measurements) {
		this.queries = queries;
		this.access = access;
		this.pages = pages;
		this.questions = questions;
		this.measurements = measurements;
	}

	/** Every step of the case, in the method's order, if the user may read the case. */
	@Transactional(readOnly = true)
	public List<StepRecord> steps(long caseId, CurrentUser user, Locale locale) {
		CaseView view = this.queries.get(caseId, user);
		QuestionSetView set = this.questions.version(view.questionSetVersion());
		List<StepRecord> steps = new ArrayList<>();
		for (MethodStep step : MethodStep.values()) {
			StepPages.StepData data = this.pages.data(view, step, user);
			Map<Long, Answer> answers = new HashMap<>();
			data.answers().forEach((a) -> answers.put(a.questionId(), a));
			List<QuestionAnswer> answered = new ArrayList<>();
			for (QuestionView question : set.of(step)) {
				Answer answer = answers.get(question.id());
				answered.add(new QuestionAnswer(question.id(), question.position(), question.text(locale),
						(answer != null) ? answer.text() : null, answer != null && answer.notApplicable(),
						answer != null && data.answersRedacted()));
			}
			steps.add(new StepRecord(step, view.stage().stateOf(step), answered, data.content()));
		}
		return steps;
	}

	/**
	 * The measurements of each measure of effectiveness of the case, by the measure's id,
	 * in date order, if the user may read the case.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<Object>> measurements(long caseId, CurrentUser user) {
		CaseGrant grant = this.access.toRead(caseId, user);
		Map<Long, List<Object>> byMeasure = new java.util.LinkedHashMap<>();
		this.measurements.byMeasure(grant).forEach((moe, list) -> byMeasure.put(moe, List.copyOf(list)));
		return byMeasure;
	}

	/**
	 * One step of a case.
	 *
	 * @param content the step's own record (its sheet, rows or note), as the API returns
	 * it
	 */
	public record StepRecord(MethodStep step, StepStatus.State state, List<QuestionAnswer> questions, Object content) {

		/** The strictly confidential rounds of the step the reader may not read. */
		public int redactedRounds() {
			return (this.content instanceof StepContent c) ? c.redactedRounds() : 0;
		}

		/**
		 * The other strictly confidential values of the step the reader may not read: its
		 * answers and what its content redacts.
		 */
		public int redactedValues() {
			return (int) this.questions.stream().filter(QuestionAnswer::redacted).count()
					+ ((this.content instanceof StepContent c) ? c.redactedValues() : 0);
		}

	}

	/**
	 * A guiding question of the case's question set and its answer.
	 *
	 * @param text the question in the reader's language
	 * @param answer the answer, or (when not applicable) why, or null
	 * @param redacted there is an answer, strictly confidential, that the reader may not
	 * read (answer is null; decision 0022)
	 */
	public record QuestionAnswer(long questionId, int position, String text, String answer, boolean notApplicable,
			boolean redacted) {
	}

}
