package org.parley.agreement.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import org.parley.agreement.monitoring.GroupReviewRecord;
import org.parley.agreement.monitoring.ObligationRecording;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team records its periodic review of a group on the agreement's page. Refused input
 * goes back to the page with each message at its field (or on the form) and the typed
 * text kept.
 */
@Controller
class GroupReviewController {

	private final ObligationRecording recording;

	private final MessageSource messages;

	GroupReviewController(ObligationRecording recording, MessageSource messages) {
		this.recording = recording;
		this.messages = messages;
	}

	@PostMapping("/agreements/{id}/reviews/{reviewId}")
	String record(@PathVariable long id, @PathVariable long reviewId, @RequestParam long version,
			@Valid @ModelAttribute("reviewRecord") GroupReviewRecord record, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (Refusals.onForm(result, "agreement.conflict")
			.attempt(() -> this.recording.recordReview(reviewId, version, record, user))) {
			Flash.success(redirect, "agreement.monitoring.recorded");
			return "redirect:/agreements/" + id + "#reviews";
		}
		redirect.addFlashAttribute("reviewRecord", record);
		redirect.addFlashAttribute("reviewErrors", texts(result));
		redirect.addFlashAttribute("reviewing", reviewId);
		return "redirect:/agreements/" + id + "#review-" + reviewId;
	}

	/**
	 * The form's errors in the reader's language, to show after the redirect: each
	 * field's (a date far in the future breaks two rules, and both are said), and the
	 * first of the whole form's under {@code form}.
	 */
	private Map<String, String> texts(BindingResult result) {
		Map<String, String> texts = new LinkedHashMap<>();
		result.getFieldErrors()
			.forEach((e) -> texts.merge(e.getField(), this.messages.getMessage(e, LocaleContextHolder.getLocale()),
					(first, next) -> first.equals(next) ? first : first + " " + next));
		result.getGlobalErrors()
			.forEach((e) -> texts.putIfAbsent("form", this.messages.getMessage(e, LocaleContextHolder.getLocale())));
		return texts;
	}

}
