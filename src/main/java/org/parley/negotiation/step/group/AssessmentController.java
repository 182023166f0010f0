package org.parley.negotiation.step.group;

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

/** Assessments of the case's groups, recorded and corrected from the step's page. */
@Controller
@RequestMapping("/cases/{id}/assessments")
class AssessmentController {

	private static final MethodStep STEP = MethodStep.UNDERSTANDING_THE_GROUP;

	private final Assessments assessments;

	private final StepSaves saves;

	AssessmentController(Assessments assessments, StepSaves saves) {
		this.assessments = assessments;
		this.saves = saves;
	}

	@PostMapping
	String assess(@PathVariable long id, @RequestParam long groupId,
			@Valid @ModelAttribute("assessForm") AssessmentForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("assessGroup", groupId);
		return this.saves.save(id, STEP, result, user, model, redirect, "#group-" + groupId,
				() -> this.assessments.assess(id, groupId, form, user));
	}

	@PostMapping("/{assessmentId}")
	String update(@PathVariable long id, @PathVariable long assessmentId, @RequestParam long version,
			@Valid @ModelAttribute("editForm") AssessmentForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("editAssessment", assessmentId);
		return this.saves.save(id, STEP, result, user, model, redirect, "#assessment-" + assessmentId,
				() -> this.assessments.update(id, assessmentId, version, form, user));
	}

}
