package org.parley.agreement.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.parley.agreement.TransferKind;
import org.parley.agreement.TransferRecipient;
import org.parley.agreement.TransferRefusal;
import org.parley.agreement.TransferStatus;
import org.parley.agreement.TransferView;
import org.parley.agreement.transfer.TransferRecord;
import org.parley.agreement.transfer.TransferReview;
import org.parley.agreement.transfer.Transfers;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What is given, on the case's transfers page (decision 0026): the team's field officers
 * record a transfer (a payment for access is refused at its question), an HQ reviewer who
 * did not record it approves or refuses it; HQ lists the transfers of its teams. Refused
 * input comes back on the page with the message at its field.
 */
@Controller
class TransferController {

	static final int PAGE_SIZE = 25;

	private final Transfers transfers;

	private final TransferPage page;

	private final org.springframework.context.MessageSource messages;

	TransferController(Transfers transfers, TransferPage page, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.transfers = transfers;
		this.page = page;
	}

	@GetMapping("/cases/{id}/transfers")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return this.page.show(id, user, model);
	}

	@PostMapping("/cases/{id}/transfers")
	String record(@PathVariable long id, @Valid @ModelAttribute("transfer") TransferRecord record, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Refusals.onForm(result, "transfer.conflict").attempt(() -> {
			this.transfers.record(id, record, user);
		})) {
			Flash.success(redirect, "transfer.recorded");
			return "redirect:/cases/" + id + "/transfers";
		}
		return this.page.show(id, user, model);
	}

	@PostMapping("/cases/{id}/transfers/{transferId}/approval")
	String review(@PathVariable long id, @PathVariable long transferId, @RequestParam long version,
			@Valid @ModelAttribute("review") TransferReview review, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Refusals.onForm(result, "transfer.conflict")
			.attempt(() -> this.transfers.review(id, transferId, version, review, user))) {
			Flash.success(redirect, Boolean.TRUE.equals(review.approve()) ? "transfer.approved" : "transfer.refused");
			return "redirect:/cases/" + id + "/transfers#transfer-" + transferId;
		}
		model.addAttribute("reviewed", transferId);
		model.addAttribute("reviewErrors", texts(result));
		return this.page.show(id, user, model);
	}

	@GetMapping("/transfers")
	String across(@RequestParam(required = false) TransferStatus status, @RequestParam(required = false) String cursor,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		TransferStatus shown = (status != null) ? status : TransferStatus.PENDING;
		KeysetPage<TransferView> found = this.transfers.across(user, shown, cursor, PAGE_SIZE);
		model.addAttribute("page", found);
		model.addAttribute("status", shown);
		model.addAttribute("statuses", List.of(TransferStatus.values()));
		model.addAttribute("pendingCount", this.transfers.pendingCount(user));
		return "agreement/transfers-across";
	}

	private Map<String, String> texts(BindingResult result) {
		Map<String, String> texts = new java.util.LinkedHashMap<>();
		result.getFieldErrors()
			.forEach((e) -> texts.putIfAbsent(e.getField(),
					this.messages.getMessage(e, org.springframework.context.i18n.LocaleContextHolder.getLocale())));
		result.getGlobalErrors()
			.forEach((e) -> texts.putIfAbsent("form",
					this.messages.getMessage(e, org.springframework.context.i18n.LocaleContextHolder.getLocale())));
		return texts;
	}

	/** The choices of the forms. */
	static Map<String, Object> choices() {
		return Map.of("kinds", List.of(TransferKind.values()), "recipientKinds", List.of(TransferRecipient.values()),
				"refusals", List.of(TransferRefusal.values()), "currencies",
				List.of("MXN", "USD", "GTQ", "HNL", "EUR"));
	}

}
