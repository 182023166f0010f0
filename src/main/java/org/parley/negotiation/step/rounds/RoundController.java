package org.parley.negotiation.step.rounds;

import org.parley.negotiation.MethodStep;
import org.parley.negotiation.step.StepSaves;
import jakarta.validation.Valid;
import org.parley.shared.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Rounds recorded, corrected and their next steps done from the step's page. */
@Controller
@RequestMapping("/cases/{id}/rounds")
class RoundController {

	private static final MethodStep STEP = MethodStep.NEGOTIATION_ROUNDS;

	private final Rounds rounds;

	private final StepSaves saves;

	RoundController(Rounds rounds, StepSaves saves) {
		this.rounds = rounds;
		this.saves = saves;
	}

	@PostMapping
	String add(@PathVariable long id, @Valid @ModelAttribute("roundForm") RoundForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return this.saves.save(id, STEP, result, user, model, redirect, "#rounds",
				() -> this.rounds.add(id, form, user));
	}

	@PostMapping("/{roundId}")
	String update(@PathVariable long id, @PathVariable long roundId, @RequestParam long version,
			@Valid @ModelAttribute("roundForm") RoundForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("editId", roundId);
		return this.saves.save(id, STEP, result, user, model, redirect, "#round-" + roundId,
				() -> this.rounds.update(id, roundId, version, form, user));
	}

	@PostMapping("/{roundId}/next-step-done")
	String nextStepDone(@PathVariable long id, @PathVariable long roundId, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return this.saves.act(id, STEP, user, model, redirect, "#round-" + roundId,
				() -> this.rounds.nextStepDone(id, roundId, version, user));
	}

}
