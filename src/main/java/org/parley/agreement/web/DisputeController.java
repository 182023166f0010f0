package org.parley.agreement.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import org.parley.agreement.dispute.ContactRecord;
import org.parley.agreement.dispute.DisputeRecord;
import org.parley.agreement.dispute.Disputes;
import org.parley.agreement.dispute.OutcomeRecord;
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
 * Disputes on the agreement's page: the team raises one, records its hearings and
 * contacts, and closes it with an outcome. Refused input goes back to the page with each
 * message at its field and the typed text kept.
 */
@Controller
class DisputeController {

	private final Disputes disputes;

	private final MessageSource messages;

	DisputeController(Disputes disputes, MessageSource messages) {
		this.disputes = disputes;
		this.messages = messages;
	}

	@PostMapping("/agreements/{id}/disputes")
	String raise(@PathVariable long id, @Valid @ModelAttribute("disputeRecord") DisputeRecord record,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (Refusals.onForm(result, "agreement.conflict").attempt(() -> {
			this.disputes.raise(id, record, user);
		})) {
			Flash.success(redirect, "agreement.dispute.raised");
			return "redirect:/agreements/" + id + "#disputes";
		}
		return refused(id, "new", record, result, redirect);
	}

	@PostMapping("/agreements/{id}/disputes/{disputeId}/contacts")
	String contact(@PathVariable long id, @PathVariable long disputeId,
			@Valid @ModelAttribute("contactRecord") ContactRecord record, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (Refusals.onForm(result, "agreement.conflict").attempt(() -> {
			this.disputes.addContact(id, disputeId, record, user);
		})) {
			Flash.success(redirect, "agreement.dispute.contact-added");
			return "redirect:/agreements/" + id + "#dispute-" + disputeId;
		}
		return refused(id, "contact-" + disputeId, record, result, redirect);
	}

	@PostMapping("/agreements/{id}/disputes/{disputeId}/outcome")
	String close(@PathVariable long id, @PathVariable long disputeId, @RequestParam long version,
			@Valid @ModelAttribute("outcomeRecord") OutcomeRecord record, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (Refusals.onForm(result, "agreement.conflict")
			.attempt(() -> this.disputes.close(id, disputeId, version, record, user))) {
			Flash.success(redirect, "agreement.dispute.closed");
			return "redirect:/agreements/" + id + "#dispute-" + disputeId;
		}
		return refused(id, "outcome-" + disputeId, record, result, redirect);
	}

	/** Back to the form that was refused, with what was typed and why. */
	private String refused(long id, String form, Object typed, BindingResult result, RedirectAttributes redirect) {
		redirect.addFlashAttribute("disputeForm", form);
		redirect.addFlashAttribute("disputeTyped", typed);
		redirect.addFlashAttribute("disputeErrors", texts(result));
		return "redirect:/agreements/" + id + "#disputes";
	}

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
