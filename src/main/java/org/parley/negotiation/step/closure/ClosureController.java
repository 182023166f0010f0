package org.parley.negotiation.step.closure;

import org.parley.negotiation.CaseWorkflow;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.step.StepSaves;
import jakarta.validation.Valid;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.Flash;

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

/**
 * The closure from its step page: the team saves the outcome and lessons and asks HQ to
 * confirm; an HQ reviewer who did not ask closes the case or returns it with a reason.
 */
@Controller
@RequestMapping("/cases/{id}/closure")
class ClosureController {

	private final Closures closures;

	private final CaseWorkflow workflow;

	private final StepSaves saves;

	ClosureController(Closures closures, CaseWorkflow workflow, StepSaves saves) {
		this.closures = closures;
		this.workflow = workflow;
		this.saves = saves;
	}

	@PostMapping
	String save(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "save") String action,
			@Valid @ModelAttribute("closureForm") ClosureForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		boolean request = "request".equals(action);
		return this.saves.save(id, MethodStep.CLOSURE, result, user, model, redirect, "#content", () -> {
			if (request) {
				this.workflow.requestClosure(id, version, form.outcome(), form.lessonsLearned(), user);
			}
			else {
				this.closures.describe(id, version, form, user);
			}
		});
	}

	@PostMapping("/decision")
	String decide(@PathVariable long id, @ModelAttribute DecisionForm form, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("closureReason", form.reason());
		String done = this.saves.act(id, MethodStep.CLOSURE, user, model, redirect, "#content", () -> {
			if (form.confirming()) {
				this.workflow.confirmClosure(id, form.version(), form.reason(), user);
			}
			else {
				this.workflow.returnClosure(id, form.version(), form.reason(), user);
			}
		});
		if (done.startsWith("redirect:")) {
			Flash.success(redirect,
					form.confirming() ? "negotiation.closure.confirmed" : "negotiation.closure.returned");
		}
		return done;
	}

	/**
	 * HQ's answer to a request to close, as posted.
	 *
	 * @param version the case's version the reviewer saw
	 * @param outcome {@code confirm} to close the case; anything else returns it
	 */
	record DecisionForm(long version, String outcome, String reason) {

		boolean confirming() {
			return "confirm".equals(this.outcome);
		}

	}

}
