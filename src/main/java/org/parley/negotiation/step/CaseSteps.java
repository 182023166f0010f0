package org.parley.negotiation.step;

import org.parley.negotiation.CaseNotFoundException;
import org.parley.negotiation.CaseStage;
import org.parley.negotiation.GuidingQuestions;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.Missing;
import org.parley.negotiation.QuestionView;
import org.parley.negotiation.StepStatus;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.casefile.NegotiationCaseRepository;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nine steps, one {@link CaseStep} each: which one answers for a step, what a step of
 * a case still lacks (each unanswered guiding question by its number and text, then what
 * the step itself requires), and where every step of a case stands.
 */
@Component
public class CaseSteps {

	private final Map<MethodStep, CaseStep> byStep = new EnumMap<>(MethodStep.class);

	private final GuidingQuestions questions;

	private final NegotiationCaseRepository cases;

	CaseSteps(List<CaseStep> steps, GuidingQuestions questions, NegotiationCaseRepository cases) {
		this.questions = questions;
		this.cases = cases;
		for (CaseStep step : steps) {
			if (this.byStep.put(step.step(), step) != null) {
				throw new IllegalStateException("Two implementations of step " + step.step());
			}
		}
		for (MethodStep step : MethodStep.values()) {
			if (!this.byStep.containsKey(step)) {
				throw new IllegalStateException("No implementation of step " + step);
			}
		}
	}

	public CaseStep of(MethodStep step) {
		return this.byStep.get(step);
	}

	/** What a step of the case still lacks (empty: it can be completed). */
	public List<Missing> missing(NegotiationCase file, MethodStep step) {
		List<Missing> missing = new ArrayList<>();
		for (QuestionView question : file.unanswered(this.questions.version(file.getQuestionSetVersion()).of(step))) {
			missing.add(Missing.of("question", question.position(), question.textEn(), question.textEs(),
					question.textFr()));
		}
		missing.addAll(of(step).missing(file));
		return missing;
	}

	/**
	 * Every step of a case the reader may see (checked by the caller) with its state and,
	 * for the current one, what it lacks.
	 */
	@Transactional(readOnly = true)
	public List<StepStatus> overview(long caseId) {
		return overview(this.cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(caseId)));
	}

	/** Every step of the case with its state and, for the current one, what it lacks. */
	public List<StepStatus> overview(NegotiationCase file) {
		CaseStage stage = file.stage();
		List<StepStatus> overview = new ArrayList<>();
		for (MethodStep step : MethodStep.values()) {
			StepStatus.State state = stage.stateOf(step);
			overview.add(
					new StepStatus(step, state, (state == StepStatus.State.CURRENT) ? missing(file, step) : List.of()));
		}
		return overview;
	}

}
