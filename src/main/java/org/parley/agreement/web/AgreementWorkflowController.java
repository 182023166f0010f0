package org.parley.agreement.web;

import org.parley.agreement.internal.AgreementWorkflow;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What is done to an agreement from its page: the team sends a version to HQ and starts a
 * change of the agreement in force, HQ approves or returns a version with comments per
 * commitment, and either changes its status with a reason. A refusal shows the page again
 * with its message and what was typed.
 */
@Controller
class AgreementWorkflowController {

	private final AgreementWorkflow workflow;

	private final AgreementPage page;

	AgreementWorkflowController(AgreementWorkflow workflow, AgreementPage page) {
		this.workflow = workflow;
		this.page = page;
	}

	@PostMapping("/agreements/{id}/versions/{versionId}/submit")
	String submit(@PathVariable long id, @PathVariable long versionId, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return act(id, user, model, redirect, "agreement.submitted",
				() -> this.workflow.submit(id, versionId, version, user));
	}

	@PostMapping("/agreements/{id}/versions/{versionId}/review")
	String review(@PathVariable long id, @PathVariable long versionId, @RequestParam long version,
			@ModelAttribute("reviewForm") ReviewForm review, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (review.approves()) {
			return act(id, user, model, redirect, "agreement.approved",
					() -> this.workflow.approve(id, versionId, version, review.comment(), user));
		}
		return act(id, user, model, redirect, "agreement.returned",
				() -> this.workflow.returnWith(id, versionId, version, review.comment(), review.onCommitments(), user));
	}

	@PostMapping("/agreements/{id}/revise")
	String revise(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		return act(id, user, model, redirect, "agreement.revision.started",
				() -> this.workflow.revise(id, version, user));
	}

	@PostMapping("/agreements/{id}/status")
	String move(@PathVariable long id, @RequestParam long version, @ModelAttribute("statusForm") StatusForm status,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return act(id, user, model, redirect, "agreement.status.changed",
				() -> this.workflow.move(id, version, status.to(), status.reason(), user));
	}

	/** Makes the change and goes back to the page, or shows the page with the refusal. */
	private String act(long id, CurrentUser user, Model model, RedirectAttributes redirect, String success,
			Runnable change) {
		if (Refusals.onPage(model, "agreementError", "agreement.conflict").attempt(change)) {
			Flash.success(redirect, success);
			return "redirect:/agreements/" + id;
		}
		return this.page.show(id, user, model);
	}

}
