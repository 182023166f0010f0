package org.parley.negotiation.step;

import org.parley.negotiation.MethodStep;
import java.util.function.Supplier;

import org.parley.shared.CurrentUser;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every step page saves its content: on success back to the step's page with a
 * message; refused, the same page again with the message next to the field (or at the top
 * of the page) and what was typed.
 */
@Component
public class StepSaves {

	private static final String CONFLICT = "negotiation.step.conflict";

	private final StepPages pages;

	StepSaves(StepPages pages) {
		this.pages = pages;
	}

	/**
	 * Saves a form of the step.
	 * @param anchor where the page opens again ({@code #content})
	 */
	public String save(long caseId, MethodStep step, BindingResult form, CurrentUser user, Model model,
			RedirectAttributes redirect, String anchor, Runnable change) {
		// What a step still lacks is listed at the top of the page, not on the form.
		return save(caseId, step, Refusals.onForm(form, CONFLICT).withParticularsOnPage(model, "stepError"), user,
				model, redirect, anchor, change);
	}

	/** Saves something of the step that has no form (a button: done, remove). */
	public String act(long caseId, MethodStep step, CurrentUser user, Model model, RedirectAttributes redirect,
			String anchor, Runnable change) {
		return save(caseId, step, onPage(model), user, model, redirect, anchor, change);
	}

	/** Refusals as the step page's message (with what a step still lacks, if said). */
	public static Refusals onPage(Model model) {
		return Refusals.onPage(model, "stepError", CONFLICT);
	}

	/** Runs the change the way it is told to show refusals. */
	public String save(long caseId, MethodStep step, Refusals refusals, CurrentUser user, Model model,
			RedirectAttributes redirect, String anchor, Runnable change) {
		return save(caseId, step, refusals, user, model, redirect, anchor, () -> {
			change.run();
			return Boolean.TRUE;
		});
	}

	private String save(long caseId, MethodStep step, Refusals refusals, CurrentUser user, Model model,
			RedirectAttributes redirect, String anchor, Supplier<?> change) {
		if (refusals.attempt(change).isPresent()) {
			Flash.success(redirect, "negotiation.step.saved");
			return "redirect:/cases/" + caseId + "/steps/" + step.slug() + anchor;
		}
		model.addAttribute("formError", true);
		return this.pages.render(caseId, step, user, model);
	}

}
