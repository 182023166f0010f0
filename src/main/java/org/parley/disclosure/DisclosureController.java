package org.parley.disclosure;

import jakarta.validation.Valid;
import org.parley.audit.AuditDescriptions;
import org.parley.audit.AuditEntryView;
import org.parley.audit.AuditQueries;
import org.parley.audit.ReadAction;
import org.parley.audit.ReadLog;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.TeamCalendar;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.context.i18n.LocaleContextHolder;
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
 * The register's pages: the list with its filters, recording a request, its page with the
 * assessment, the decision and its history, and corrections while it is open. The
 * assessment, the decision, closing and withdrawing are {@link DisclosureDecisionPages}.
 */
@Controller
@RequestMapping("/disclosure-requests")
class DisclosureController {

	static final int PAGE_SIZE = 25;

	static final int HISTORY_SIZE = 20;

	private final DisclosureRequests requests;

	private final AuditQueries audit;

	private final AuditDescriptions descriptions;

	private final ReadLog readLog;

	private final TeamCalendar calendar;

	DisclosureController(DisclosureRequests requests, AuditQueries audit, AuditDescriptions descriptions,
			ReadLog readLog, TeamCalendar calendar) {
		this.requests = requests;
		this.audit = audit;
		this.descriptions = descriptions;
		this.readLog = readLog;
		this.calendar = calendar;
	}

	@GetMapping
	String list(@ModelAttribute("filter") DisclosureFilter filter, @RequestParam(required = false) String after,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		requireReader(user);
		model.addAttribute("page", this.requests.page(filter, after, PAGE_SIZE, user));
		model.addAttribute("states", RequestState.values());
		model.addAttribute("kinds", RequesterKind.values());
		model.addAttribute("canRecord", !this.requests.recordingTeams(user).isEmpty());
		model.addAttribute("teamNames", this.requests.teamNames(user));
		model.addAttribute("today", this.calendar.today());
		return "disclosure/list";
	}

	@GetMapping("/new")
	String newRequest(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("request", this.requests.draft(user));
		return formPage(null, null, user, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("request") DisclosureRequestForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.requests.requireRecorder(user);
		return Refusals.onForm(result, "disclosure.conflict")
			.attempt(() -> this.requests.record(form, user))
			.map((id) -> {
				Flash.success(redirect, "disclosure.recorded");
				return "redirect:/disclosure-requests/" + id;
			})
			.orElseGet(() -> formPage(null, null, user, model));
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Long historyAfter,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		DisclosureRequestView request = this.requests.get(id, user);
		this.readLog.record(ReadAction.OPENED, "DisclosureRequest", Long.toString(id), singleCase(request),
				request.teamId());
		model.addAttribute("r", request);
		model.addAttribute("linked", this.requests.linkedNames(request, user));
		model.addAttribute("teamName", this.requests.teamNames(user).get(request.teamId()));
		model.addAttribute("severalTeams", user.teamIds().size() > 1);
		model.addAttribute("canWork", this.requests.canWork(request, user));
		model.addAttribute("canDecide", this.requests.canDecide(request, user));
		model.addAttribute("today", this.calendar.today());
		model.addAttribute("end", new EndForm(null));
		KeysetPage<AuditEntryView> history = this.audit.history("DisclosureRequest", Long.toString(id), historyAfter,
				HISTORY_SIZE);
		model.addAttribute("history",
				new KeysetPage<>(this.descriptions.describe(history.items(), LocaleContextHolder.getLocale(), user),
						history.nextCursor()));
		return "disclosure/show";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		DisclosureRequestView request = workable(id, user);
		if (!request.open()) {
			Flash.warning(redirect, "disclosure.decided.no-change");
			return "redirect:/disclosure-requests/" + id;
		}
		model.addAttribute("request", request.form());
		return formPage(request, request.version(), user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("request") DisclosureRequestForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		DisclosureRequestView request = workable(id, user);
		if (Refusals.onForm(result, "disclosure.conflict")
			.attempt(() -> this.requests.update(id, version, form, user))) {
			Flash.success(redirect, "disclosure.saved");
			return "redirect:/disclosure-requests/" + id;
		}
		// The version the user edited, not the stored one: a stale form stays stale.
		return formPage(request, version, user, model);
	}

	private String formPage(DisclosureRequestView existing, Long version, CurrentUser user, Model model) {
		model.addAttribute("existing", existing);
		model.addAttribute("version", version);
		model.addAttribute("teams", this.requests.recordingTeams(user));
		model.addAttribute("choices", this.requests.linkChoices(user, (existing != null) ? existing.teamId() : null));
		model.addAttribute("kinds", RequesterKind.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("bases", LegalBasis.values());
		return "disclosure/form";
	}

	private DisclosureRequestView workable(long id, CurrentUser user) {
		DisclosureRequestView request = this.requests.get(id, user);
		if (!this.requests.canWork(request, user)) {
			throw new AccessDeniedException("Only the team's field officers and HQ reviewers work on its requests");
		}
		return request;
	}

	/** The case the request is filed under in the logs, when it concerns one. */
	static Long singleCase(DisclosureRequestView request) {
		return (request.caseIds().size() == 1) ? request.caseIds().iterator().next() : null;
	}

	private static void requireReader(CurrentUser user) {
		if (!user.hasRole("FIELD_OFFICER") && !user.hasRole("HQ_REVIEWER") && !user.hasRole("AUDITOR")) {
			throw new AccessDeniedException("The register is read by the teams' officers, reviewers and auditors");
		}
	}

}
