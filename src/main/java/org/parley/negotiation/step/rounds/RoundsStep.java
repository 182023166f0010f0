package org.parley.negotiation.step.rounds;

import org.parley.negotiation.MethodStep;
import org.parley.negotiation.Missing;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.step.CaseStep;
import org.parley.negotiation.step.StepContent;
import org.parley.negotiation.step.StepPage;
import java.util.List;

import org.parley.shared.TeamCalendar;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Step 6, negotiation rounds: complete once at least one round is recorded. Each round
 * keeps what was asked, offered and agreed, the next step and the safety precautions of a
 * meeting in person.
 */
@Component
class RoundsStep implements CaseStep {

	private final Rounds rounds;

	private final TeamCalendar calendar;

	RoundsStep(Rounds rounds, TeamCalendar calendar) {
		this.rounds = rounds;
		this.calendar = calendar;
	}

	@Override
	public MethodStep step() {
		return MethodStep.NEGOTIATION_ROUNDS;
	}

	@Override
	public List<Missing> missing(NegotiationCase file) {
		return this.rounds.any(file.getId()) ? List.of() : List.of(Missing.of("rounds"));
	}

	@Override
	public void show(StepPage page, Model model) {
		List<RoundView> rounds = this.rounds.of(page.grant());
		model.addAttribute("rounds", rounds);
		model.addAttribute("channels", Channel.values());
		model.addAttribute("levels", org.parley.protection.Classification.values());
		model.addAttribute("canClassify", page.grant().mayClassify());
		model.addAttribute("today", this.calendar.today());
		RoundView edited = (model.getAttribute("editId") instanceof Long editId)
				? rounds.stream().filter((r) -> r.id() == editId).findFirst().orElse(null) : null;
		if (edited != null) {
			model.addAttribute("editRound", edited);
		}
		if (!model.containsAttribute("roundForm")) {
			model.addAttribute("roundForm",
					(edited != null) ? edited.content() : RoundForm.empty(this.calendar.today()));
		}
	}

	@Override
	public StepContent content(StepPage page) {
		return new Content(this.rounds.of(page.grant()));
	}

	/** The step's content in the API. */
	record Content(List<RoundView> rounds) implements StepContent {

		@Override
		public int redactedRounds() {
			return (int) this.rounds.stream().filter(RoundView::redacted).count();
		}

	}

}
