package org.parley.negotiation.step.objectives;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Saves the objectives from their step page. */
@Controller
class ObjectivesController {

	private final Objectives objectives;

	private final StepSaves saves;

	ObjectivesController(Objectives objectives, StepSaves saves) {
		this.objectives = objectives;
		this.saves = saves;
	}

	@PostMapping("/cases/{id}/objectives")
	String save(@PathVariable long id, @RequestParam(required = false) Long version,
			@Valid @ModelAttribute("objectivesForm") ObjectivesForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return this.saves.save(id, MethodStep.OBJECTIVES, result, user, model, redirect, "#content",
				() -> this.objectives.save(id, version, form, user));
	}

}
