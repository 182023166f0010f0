package org.parley.negotiation.step.engagement;

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

/** Saves the engagement modality from its step page. */
@Controller
class EngagementController {

	private final EngagementPlans plans;

	private final StepSaves saves;

	EngagementController(EngagementPlans plans, StepSaves saves) {
		this.plans = plans;
		this.saves = saves;
	}

	@PostMapping("/cases/{id}/engagement")
	String save(@PathVariable long id, @RequestParam(required = false) Long version,
			@Valid @ModelAttribute("engagementForm") EngagementForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return this.saves.save(id, MethodStep.ENGAGEMENT_MODALITY, result, user, model, redirect, "#content",
				() -> this.plans.save(id, version, form, user));
	}

}
