package org.parley.negotiation.questions;

import org.parley.negotiation.GuidingQuestions;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.QuestionSetView;
import org.parley.negotiation.QuestionView;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators keep the guiding questions (everything under /admin is theirs).
 */
@PreAuthorize("hasRole('ADMIN')")
@Controller
@RequestMapping("/admin/guiding-questions")
class GuidingQuestionAdminController {

	private final GuidingQuestions questions;

	private final QuestionSets sets;

	GuidingQuestionAdminController(GuidingQuestions questions, QuestionSets sets) {
		this.questions = questions;
		this.sets = sets;
	}

	@GetMapping
	String overview(@RequestParam(required = false) Integer version, Model model) {
		model.addAttribute("set", (version != null) ? this.questions.version(version) : this.questions.current());
		model.addAttribute("versions", this.questions.versions());
		model.addAttribute("steps", MethodStep.values());
		return "admin/guiding-questions";
	}

	@GetMapping("/{step}")
	String edit(@PathVariable MethodStep step, Model model) {
		QuestionSetView current = this.questions.current();
		List<QuestionView> questions = current.of(step);
		model.addAttribute("form",
				new QuestionsForm(current.versionNo(),
						String.join("\n", questions.stream().map(QuestionView::textEn).toList()),
						String.join("\n", questions.stream().map(QuestionView::textEs).toList()),
						String.join("\n", questions.stream().map(QuestionView::textFr).toList()), null));
		return editPage(step, model);
	}

	@PostMapping("/{step}")
	String publish(@PathVariable MethodStep step, @Valid @ModelAttribute("form") QuestionsForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser admin, Model model,
			RedirectAttributes redirect) {
		Integer version = Refusals.onForm(result, "negotiation.questions.conflict")
			.attempt(() -> this.sets.publish(form.baseVersion(), step, List.of(form.english()), List.of(form.spanish()),
					List.of(form.french()), form.note(), admin.username()))
			.orElse(null);
		if (version != null) {
			Flash.success(redirect, "negotiation.questions.published", version);
			return "redirect:/admin/guiding-questions";
		}
		return editPage(step, model);
	}

	private String editPage(MethodStep step, Model model) {
		model.addAttribute("step", step);
		return "admin/guiding-questions-step";
	}

	record QuestionsForm(int baseVersion, @Size(max = 20000, message = "{validation.too-long}") String english,
			@Size(max = 20000, message = "{validation.too-long}") String spanish,
			@Size(max = 20000, message = "{validation.too-long}") String french,
			@Size(max = 500, message = "{validation.too-long}") String note) {

		QuestionsForm {
			english = (english == null) ? "" : english;
			spanish = (spanish == null) ? "" : spanish;
			french = (french == null) ? "" : french;
		}

	}

}
