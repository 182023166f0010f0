package org.parley.disclosure;

import jakarta.validation.Valid;
import org.parley.shared.CurrentUser;
import org.parley.shared.TeamCalendar;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * How a request moves: the team's assessment (field officers and HQ reviewers), HQ's
 * decision (HQ reviewers of the team only), closing it once the answer went out, or
 * recording that the requester withdrew it. Each page shows the request it acts on, so
 * that whoever assesses or decides has it in front of them.
 */
@Controller
@RequestMapping("/disclosure-requests/{id}")
class DisclosureDecisionPages {

	private final DisclosureRequests requests;

	private final TeamCalendar calendar;

	DisclosureDecisionPages(DisclosureRequests requests, TeamCalendar calendar) {
		this.requests = requests;
		this.calendar = calendar;
	}

	@GetMapping("/assessment")
	String assessment(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		DisclosureRequestView request = workable(id, user);
		if (!request.open()) {
			Flash.warning(redirect, "disclosure.decided.no-change");
			return "redirect:/disclosure-requests/" + id;
		}
		model.addAttribute("assessment", request.assessment());
		return assessmentPage(request, request.version(), user, model);
	}

	@PostMapping("/assessment")
	String assess(@PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("assessment") AssessmentForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		DisclosureRequestView request = workable(id, user);
		if (Refusals.onForm(result, "disclosure.conflict")
			.attempt(() -> this.requests.assess(id, version, form, user))) {
			Flash.success(redirect, "disclosure.assessed");
			return "redirect:/disclosure-requests/" + id;
		}
		return assessmentPage(request, version, user, model);
	}

	@GetMapping("/decision")
	String decision(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		DisclosureRequestView request = decidable(id, user);
		if (request.state() != RequestState.UNDER_ASSESSMENT) {
			Flash.warning(redirect, (request.state() == RequestState.RECEIVED) ? "disclosure.decision.assess-first"
					: "disclosure.decision.already");
			return "redirect:/disclosure-requests/" + id;
		}
		model.addAttribute("decision", new DecisionForm(null, null, null, false));
		return decisionPage(request, request.version(), user, model);
	}

	@PostMapping("/decision")
	String decide(@PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("decision") DecisionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		DisclosureRequestView request = decidable(id, user);
		if (Refusals.onForm(result, "disclosure.conflict")
			.attempt(() -> this.requests.decide(id, version, form, user))) {
			Flash.success(redirect, "disclosure.decided");
			return "redirect:/disclosure-requests/" + id;
		}
		return decisionPage(request, version, user, model);
	}

	@PostMapping("/closure")
	String close(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("end") EndForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		workable(id, user);
		if (!result.hasErrors() && Refusals.asFlash(redirect, "disclosure.conflict")
			.attempt(() -> this.requests.close(id, version, form.note(), user))) {
			Flash.success(redirect, "disclosure.closed");
		}
		else if (result.hasErrors()) {
			Flash.warning(redirect, "disclosure.note.too-long");
		}
		return "redirect:/disclosure-requests/" + id;
	}

	@PostMapping("/withdrawal")
	String withdraw(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("end") EndForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		workable(id, user);
		if (!result.hasErrors() && Refusals.asFlash(redirect, "disclosure.conflict")
			.attempt(() -> this.requests.withdraw(id, version, form.note(), user))) {
			Flash.success(redirect, "disclosure.withdrawn");
		}
		else if (result.hasErrors()) {
			Flash.warning(redirect, "disclosure.note.too-long");
		}
		return "redirect:/disclosure-requests/" + id + "#end";
	}

	private String assessmentPage(DisclosureRequestView request, long version, CurrentUser user, Model model) {
		model.addAttribute("r", request);
		model.addAttribute("version", version);
		model.addAttribute("linked", this.requests.linkedNames(request, user));
		model.addAttribute("today", this.calendar.today());
		return "disclosure/assessment";
	}

	private String decisionPage(DisclosureRequestView request, long version, CurrentUser user, Model model) {
		model.addAttribute("r", request);
		model.addAttribute("version", version);
		model.addAttribute("linked", this.requests.linkedNames(request, user));
		model.addAttribute("today", this.calendar.today());
		model.addAttribute("outcomes", DisclosureOutcome.values());
		return "disclosure/decision";
	}

	private DisclosureRequestView workable(long id, CurrentUser user) {
		DisclosureRequestView request = this.requests.get(id, user);
		if (!this.requests.canWork(request, user)) {
			throw new AccessDeniedException("Only the team's field officers and HQ reviewers work on its requests");
		}
		return request;
	}

	private DisclosureRequestView decidable(long id, CurrentUser user) {
		DisclosureRequestView request = this.requests.get(id, user);
		if (!this.requests.canDecide(request, user)) {
			throw new AccessDeniedException("Only HQ reviewers of the team decide on disclosure requests");
		}
		return request;
	}

}
