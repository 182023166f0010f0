package org.parley.negotiation.step.closure;

import org.parley.negotiation.MethodStep;
import org.parley.negotiation.Missing;
import org.parley.negotiation.casefile.ClosureOutcome;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.step.CaseStep;
import org.parley.negotiation.step.StepContent;
import org.parley.negotiation.step.StepPage;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Step 9, closure: the outcome and the lessons learned are needed before the team asks HQ
 * to confirm; an HQ reviewer who did not ask closes the case or returns it.
 */
@Component
class ClosureStep implements CaseStep {

	private final Closures closures;

	ClosureStep(Closures closures) {
		this.closures = closures;
	}

	@Override
	public MethodStep step() {
		return MethodStep.CLOSURE;
	}

	@Override
	public List<Missing> missing(NegotiationCase file) {
		List<Missing> missing = new ArrayList<>();
		if (file.getClosureOutcome() == null) {
			missing.add(Missing.of("closure.outcome"));
		}
		if (file.getLessonsLearned() == null) {
			missing.add(Missing.of("closure.lessons"));
		}
		return missing;
	}

	@Override
	public void show(StepPage page, Model model) {
		ClosureView closure = this.closures.of(page.grant());
		model.addAttribute("closure", closure);
		if (!model.containsAttribute("closureForm")) {
			model.addAttribute("closureForm", closure.content());
		}
		model.addAttribute("outcomes", ClosureOutcome.values());
	}

	@Override
	public StepContent content(StepPage page) {
		return new Content(this.closures.of(page.grant()));
	}

	/** The step's content in the API. */
	record Content(ClosureView closure) implements StepContent {
	}

}
