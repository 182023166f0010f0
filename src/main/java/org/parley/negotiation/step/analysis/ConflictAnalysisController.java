package org.parley.negotiation.step.analysis;

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

/** Saves the conflict analysis from its step page. */
@Controller
class ConflictAnalysisController {

	private final ConflictAnalyses analyses;

	private final StepSaves saves;

	ConflictAnalysisController(ConflictAnalyses analyses, StepSaves saves) {
		this.analyses = analyses;
		this.saves = saves;
	}

	@PostMapping("/cases/{id}/steps/conflict-analysis")
	String save(@PathVariable long id, @RequestParam(required = false) Long version,
			@Valid @ModelAttribute("analysisForm") ConflictAnalysisForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return this.saves.save(id, MethodStep.CONFLICT_ANALYSIS, result, user, model, redirect, "#content",
				() -> this.analyses.save(id, version, form, user));
	}

}
