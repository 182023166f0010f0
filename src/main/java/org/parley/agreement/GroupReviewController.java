package org.parley.agreement;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.web.Flash;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
 * goes back to the page with each message at its field and the typed text kept.
 */
@Controller
class GroupReviewController {

	private final GroupReviews reviews;

	private final MessageSource messages;

	GroupReviewController(GroupReviews reviews, MessageSource messages) {
		this.reviews = reviews;
		this.messages = messages;
	}

	@PostMapping("/agreements/{id}/reviews/{reviewId}")
	String record(@PathVariable long id, @PathVariable long reviewId, @RequestParam long version,
			@Valid @ModelAttribute("reviewRecord") GroupReviewRecord record, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		result.getFieldErrors().forEach((e) -> errors.putIfAbsent(e.getField(), text(e)));
		if (errors.isEmpty()) {
			try {
				this.reviews.record(reviewId, version, record, user);
				Flash.success(redirect, "agreement.monitoring.recorded");
				return "redirect:/agreements/" + id + "#reviews";
			}
			catch (RuleViolation violation) {
				errors.put((violation.field() != null) ? violation.field() : "form",
						text(new DefaultMessageSourceResolvable(violation.messageKey())));
			}
			catch (ConcurrentEditException conflict) {
				errors.put("form", text(new DefaultMessageSourceResolvable("agreement.conflict")));
			}
		}
		redirect.addFlashAttribute("reviewRecord", record);
		redirect.addFlashAttribute("reviewErrors", errors);
		redirect.addFlashAttribute("reviewing", reviewId);
		return "redirect:/agreements/" + id + "#review-" + reviewId;
	}

	private String text(MessageSourceResolvable message) {
		return this.messages.getMessage(message, LocaleContextHolder.getLocale());
	}

}
