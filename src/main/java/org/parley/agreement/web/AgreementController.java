package org.parley.agreement.web;

import org.parley.negotiation.CaseQueries;
import jakarta.validation.Valid;
import org.parley.agreement.AgreementDetails;
import org.parley.agreement.AgreementDraft;
import org.parley.agreement.Agreements;
import org.parley.agreement.CommitmentCategory;
import org.parley.agreement.DisputeSettlement;
import org.parley.agreement.FormOfAgreement;
import org.parley.agreement.PartyKind;
import org.parley.agreement.Recurrence;
import org.parley.agreement.SigningStatus;
import org.parley.agreement.Stage;
import org.parley.agreement.internal.AgreementNotFoundException;
import org.parley.agreement.internal.AgreementWorkflow;
import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The agreement's page, and the form of a version: drafting a new agreement, writing the
 * version being drafted, answering the one HQ returned.
 */
@Controller
class AgreementController {

	static final int WAITING_PAGE = 50;

	private final AgreementWorkflow workflow;

	private final Agreements agreements;

	private final AgreementPage page;

	private final CaseQueries cases;

	private final ArmedGroupQueries groups;

	private final MessageSource messages;

	AgreementController(AgreementWorkflow workflow, Agreements agreements, AgreementPage page, CaseQueries cases,
			ArmedGroupQueries groups, MessageSource messages) {
		this.workflow = workflow;
		this.agreements = agreements;
		this.page = page;
		this.cases = cases;
		this.groups = groups;
		this.messages = messages;
	}

	/**
	 * Every version waiting for this HQ reviewer, longest waiting first, a page at a time
	 * (the start page shows the first of them).
	 */
	@GetMapping("/agreements/waiting")
	String waiting(@RequestParam(required = false) String cursor, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		if (!user.hasRole("HQ_REVIEWER")) {
			throw new org.springframework.security.access.AccessDeniedException("HQ reviewers review agreements");
		}
		model.addAttribute("page", this.agreements.waitingPage(user, cursor, WAITING_PAGE));
		model.addAttribute("count", this.agreements.countWaitingFor(user));
		return "agreement/waiting";
	}

	@GetMapping("/agreements/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Integer compare,
			@RequestParam(required = false) Integer with, @RequestParam(required = false) Long historyAfter,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		return this.page.open(id, compare, with, historyAfter, user, model);
	}

	@GetMapping("/cases/{caseId}/agreements/new")
	String draft(@PathVariable long caseId, @AuthenticationPrincipal CurrentUser user, Model model) {
		String organisation = this.messages.getMessage("agreement.party.organisation", null,
				LocaleContextHolder.getLocale());
		model.addAttribute("draft", this.workflow.firstDraft(caseId, organisation, user).withBlankRows());
		return formPage(caseId, null, null, user, model);
	}

	@PostMapping("/cases/{caseId}/agreements")
	String create(@PathVariable long caseId, @Valid @ModelAttribute("draft") AgreementDraft draft, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return Refusals.onForm(result, "agreement.conflict")
			.attempt(() -> this.workflow.create(caseId, draft, user))
			.map((id) -> {
				Flash.success(redirect, "agreement.saved");
				return "redirect:/agreements/" + id;
			})
			.orElseGet(() -> formPage(caseId, null, null, user, model));
	}

	@GetMapping("/agreements/{id}/versions/{versionId}/edit")
	String edit(@PathVariable long id, @PathVariable long versionId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		AgreementDetails details = this.agreements.details(id, user);
		AgreementDetails.VersionView version = version(details, versionId);
		model.addAttribute("draft", version.content().withBlankRows());
		return formPage(details.caseId(), details, version, user, model);
	}

	@PostMapping("/agreements/{id}/versions/{versionId}")
	String update(@PathVariable long id, @PathVariable long versionId, @RequestParam long version,
			@Valid @ModelAttribute("draft") AgreementDraft draft, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Refusals.onForm(result, "agreement.conflict")
			.attempt(() -> this.workflow.update(id, versionId, version, draft, user))) {
			Flash.success(redirect, "agreement.saved");
			return "redirect:/agreements/" + id;
		}
		AgreementDetails details = this.agreements.details(id, user);
		model.addAttribute("typedVersion", version);
		return formPage(details.caseId(), details, version(details, versionId), user, model);
	}

	private static AgreementDetails.VersionView version(AgreementDetails details, long versionId) {
		return details.versions()
			.stream()
			.filter((v) -> v.id() == versionId)
			.findFirst()
			.orElseThrow(() -> new AgreementNotFoundException(details.id()));
	}

	private String formPage(long caseId, AgreementDetails details, AgreementDetails.VersionView version,
			CurrentUser user, Model model) {
		model.addAttribute("c", this.cases.get(caseId, user));
		model.addAttribute("a", details);
		model.addAttribute("v", version);
		model.addAttribute("answering", (details != null && version != null) ? details.returnedBefore(version) : null);
		model.addAttribute("forms", FormOfAgreement.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("signingStatuses", SigningStatus.values());
		model.addAttribute("settlements", DisputeSettlement.values());
		model.addAttribute("categories", CommitmentCategory.values());
		model.addAttribute("recurrences", Recurrence.values());
		model.addAttribute("partyKinds", PartyKind.values());
		model.addAttribute("groupChoices", this.groups.choices(null, 200));
		return "agreement/form";
	}

}
