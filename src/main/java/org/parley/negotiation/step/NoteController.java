package org.parley.negotiation.step;

import org.parley.negotiation.MethodStep;
import org.parley.shared.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The note of the agreement or follow-up step, saved from its page. */
@Controller
class NoteController {

	private final CaseNotes notes;

	private final StepSaves saves;

	NoteController(CaseNotes notes, StepSaves saves) {
		this.notes = notes;
		this.saves = saves;
	}

	@PostMapping("/cases/{id}/notes/{slug}")
	String save(@PathVariable long id, @PathVariable String slug, @ModelAttribute NoteForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		MethodStep step = StepPages.step(id, slug);
		model.addAttribute("typedNote", form.note());
		long version = (form.version() != null) ? form.version() : -1;
		return this.saves.act(id, step, user, model, redirect, "#content",
				() -> this.notes.save(id, version, step, form.note(), user));
	}

	/** The note as posted, with the case's version the page was drawn from. */
	record NoteForm(Long version, String note) {
	}

}
