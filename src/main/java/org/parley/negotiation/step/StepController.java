package org.parley.negotiation.step;

import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseWorkflow;
import org.parley.negotiation.MethodStep;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page per step of the method, and its guiding questions: saved, or saved and the step
 * completed. Each step's own content is saved by its controller, in its package.
 */
@Controller
@RequestMapping("/cases/{id}")
class StepController {

	private final StepPages pages;

	private final CaseWorkflow workflow;

	private final CaseQueries queries;

	StepController(StepPages pages, CaseWorkflow workflow, CaseQueries queries) {
		this.pages = pages;
		this.workflow = workflow;
		this.queries = queries;
	}

	@GetMapping("/steps/{slug}")
	String step(@PathVariable long id, @PathVariable String slug, @RequestParam(required = false) Long edit,
			@RequestParam(required = false) Long assess, @RequestParam(required = false) Long compare,
			@RequestParam(required = false) Long with, @AuthenticationPrincipal CurrentUser user, Model model) {
		return this.pages.render(id, StepPages.step(id, slug), user, new StepPage.Query(edit, assess, compare, with),
				model);
	}

	/** Saves answers to the step's questions; "complete" also moves the case on. */
	@PostMapping("/answers")
	String answer(@PathVariable long id, @ModelAttribute AnswersForm form, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		MethodStep page = MethodStep.ofSlug(form.step());
		long version = (form.version() != null) ? form.version() : -1;
		Refusals refusals = Refusals.onPage(model, "stepError", "negotiation.case.conflict");
		if (form.completing()) {
			MethodStep now = refusals.attempt(() -> this.workflow.answerAndComplete(id, version, form.answers(), user))
				.orElse(null);
			if (now != null) {
				Flash.success(redirect, "negotiation.step.completed", now.ordinal() + 1);
				return "redirect:/cases/" + id + "/steps/" + now.slug();
			}
		}
		else if (refusals.attempt(() -> this.workflow.answer(id, version, form.answers(), user))) {
			Flash.success(redirect, "negotiation.answers.saved");
			return "redirect:/cases/" + id + ((page != null) ? "/steps/" + page.slug() : "") + "#questions";
		}
		// Show what was typed, not what is stored.
		model.addAttribute("typed", form.answers());
		MethodStep shown = (page != null) ? page : this.queries.get(id, user).currentStep();
		return this.pages.render(id, shown, user, model);
	}

}
