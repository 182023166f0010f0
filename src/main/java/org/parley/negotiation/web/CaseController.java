package org.parley.negotiation.web;

import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.CaseIncidents;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseStatus;
import org.parley.negotiation.CaseView;
import org.parley.negotiation.CaseWorkflow;
import org.parley.negotiation.DecisionStatus;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.ObjectiveType;
import org.parley.negotiation.Priority;
import org.parley.negotiation.casefile.CaseForm;
import org.parley.negotiation.casefile.Cases;
import org.parley.negotiation.casefile.DecisionRequest;
import org.parley.negotiation.casefile.Mandate;
import org.parley.negotiation.step.CaseSteps;
import org.parley.negotiation.step.StepPage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.armedgroup.GroupRef;
import org.parley.audit.AuditDescriptions;
import org.parley.audit.AuditQueries;
import org.parley.audit.ReadAction;
import org.parley.audit.ReadLog;
import org.parley.identity.ParleyUser;
import org.parley.identity.UserAccount;
import org.parley.protection.Classification;
import org.parley.shared.CurrentUser;
import org.parley.shared.TeamCalendar;
import org.parley.shared.Text;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.beans.factory.ObjectProvider;
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
 * The case pages: the list, opening a case, its overview with the method's steps, the
 * request to engage and HQ's decision on it, going back a step, and the details form.
 */
@Controller
@RequestMapping("/cases")
class CaseController {

	static final int PAGE_SIZE = 25;

	/** How many of the latest changes the case's overview shows. */
	static final int RECENT = 5;

	private final CaseQueries queries;

	private final Cases cases;

	private final CaseWorkflow workflow;

	private final CaseAccess access;

	private final CaseSteps steps;

	private final ArmedGroupQueries groups;

	private final AuditQueries audit;

	private final CaseHistory history;

	private final TeamCalendar calendar;

	private final ObjectProvider<CaseIncidents> incidents;

	private final ReadLog readLog;

	private final AuditDescriptions descriptions;

	CaseController(CaseQueries queries, Cases cases, CaseWorkflow workflow, CaseAccess access, CaseSteps steps,
			ArmedGroupQueries groups, AuditQueries audit, CaseHistory history, TeamCalendar calendar,
			ObjectProvider<CaseIncidents> incidents, ReadLog readLog, AuditDescriptions descriptions) {
		this.readLog = readLog;
		this.queries = queries;
		this.cases = cases;
		this.workflow = workflow;
		this.access = access;
		this.steps = steps;
		this.groups = groups;
		this.audit = audit;
		this.history = history;
		this.calendar = calendar;
		this.incidents = incidents;
		this.descriptions = descriptions;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) MethodStep step,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Long group,
			@RequestParam(required = false) String country, @RequestParam(required = false) Long team,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q,
			@RequestParam(required = false) String after, @AuthenticationPrincipal CurrentUser user, Model model) {
		String area = Text.blankToNull(country);
		String words = Text.blankToNull(q);
		model.addAttribute("page",
				this.queries.page(user,
						new CaseQueries.CaseFilter(mine, step, status, group, area, team, overdue)
							.on(this.calendar.today())
							.searching(words),
						after, PAGE_SIZE));
		model.addAttribute("q", words);
		model.addAttribute("team", team);
		model.addAttribute("overdue", overdue);
		model.addAttribute("today", this.calendar.today());
		model.addAttribute("teams", this.queries.readingTeams(user));
		model.addAttribute("group", group);
		model.addAttribute("country", area);
		model.addAttribute("groupChoices", this.groups.choices(null, 200));
		model.addAttribute("mine", mine);
		model.addAttribute("step", step);
		model.addAttribute("status", status);
		model.addAttribute("steps", MethodStep.values());
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("canOpen", !this.access.teamsToWork(user).isEmpty());
		return "negotiation/list";
	}

	@GetMapping("/new")
	String newCase(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<ParleyUser.TeamRef> teams = this.queries.openingTeams(user);
		if (teams.isEmpty()) {
			throw new AccessDeniedException("Only field officers open cases");
		}
		Long team = (teams.size() == 1) ? teams.get(0).id() : null;
		model.addAttribute("form", new CaseForm(team, null, null, null, null, null, null, Priority.MEDIUM,
				user.username(), Classification.CONFIDENTIAL, List.of()));
		return formPage(null, team, user, model);
	}

	@PostMapping
	String open(@Valid @ModelAttribute("form") CaseForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Long id = Refusals.onForm(result, "negotiation.case.conflict")
			.attempt(() -> this.cases.open(form, user))
			.orElse(null);
		if (id != null) {
			Flash.success(redirect, "negotiation.case.opened", form.title());
			return "redirect:/cases/" + id;
		}
		return formPage(null, form.teamId(), user, model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, java.util.Locale locale,
			Model model) {
		CaseView view = this.queries.get(id, user);
		CaseGrant grant = this.access.of(view, user);
		this.readLog.record(ReadAction.OPENED, "NegotiationCase", Long.toString(id), id, view.teamId());
		model.addAttribute("c", view);
		model.addAttribute("canSeeReads", CaseReadsController.mayList(user, view.teamId()));
		model.addAttribute("steps", MethodStep.values());
		model.addAttribute("canWork", grant.mayWork());
		model.addAttribute("canDecide", grant.mayDecide());
		model.addAttribute("canClassify", grant.mayClassify());
		model.addAttribute("levels", Classification.values());
		// The latest changes; the whole history is a page of its own.
		model.addAttribute("recent", this.descriptions
			.describe(this.audit.history(this.history.records(grant), null, RECENT).items(), locale, user));
		model.addAttribute("overview", this.steps.overview(id));
		model.addAttribute("today", this.calendar.today());
		model.addAttribute("earlierSteps", Arrays.stream(MethodStep.values()).filter(view::isBefore).toList());
		model.addAttribute("timeline", this.queries.timeline(id, user));
		CaseIncidents recorded = this.incidents.getIfAvailable();
		model.addAttribute("incidentCount", (recorded != null) ? recorded.countOfCase(id, user) : 0L);
		// The card of the request to engage and HQ's decision, as on step 4.
		this.steps.of(MethodStep.INTERNAL_DECISION).show(new StepPage(view, grant, user, StepPage.Query.NONE), model);
		return "negotiation/show";
	}

	/** Asks HQ for the decision to engage. */
	@PostMapping("/{id}/decisions")
	String requestDecision(@PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("decisionForm") DecisionRequest form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, java.util.Locale locale, Model model,
			RedirectAttributes redirect) {
		// Refusals show at the top of the decision card: its form may be hidden (a
		// request
		// is already waiting).
		if (!result.hasErrors() && Refusals.onPage(model, "decideError", "negotiation.case.conflict").attempt(() -> {
			try {
				return this.workflow.requestDecision(id, version, form, user);
			}
			catch (Mandate.AssessmentIncomplete incomplete) {
				// said next to each designation's fields, and at the top of the card
				model.addAttribute("assessmentErrors", incomplete.problems());
				throw incomplete;
			}
		}).isPresent()) {
			Flash.success(redirect, "negotiation.decision.requested");
			return "redirect:/cases/" + id + "#decision";
		}
		result.getFieldErrors()
			.stream()
			.filter((e) -> e.getField().startsWith("assessments["))
			.findFirst()
			// Also at the top of the card: the assessment's fields may be hidden
			.ifPresent((e) -> model.addAttribute("decideError",
					e.isBindingFailure() ? "typeMismatch.date" : org.parley.shared.PlausibleDate.MESSAGE_KEY));
		return show(id, user, locale, model);
	}

	/** An HQ reviewer approves, rejects or returns a request to engage. */
	@PostMapping("/{id}/decisions/{decisionId}")
	String decide(@PathVariable long id, @PathVariable long decisionId, @ModelAttribute DecisionForm form,
			@AuthenticationPrincipal CurrentUser user, java.util.Locale locale, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("decideReason", form.reason());
		if (form.outcome() == null) {
			model.addAttribute("decideError", "negotiation.decision.choose");
		}
		else if (Refusals.onPage(model, "decideError", "negotiation.decision.conflict")
			.attempt(() -> this.workflow.decide(id, decisionId, form.version(), form.outcome(), form.reason(),
					Boolean.TRUE.equals(form.assessmentsRead()), user))) {
			Flash.success(redirect, "negotiation.decision.decided." + form.outcome().name());
			return "redirect:/cases/" + id + "#decision";
		}
		return show(id, user, locale, model);
	}

	/** Sends the case back to an earlier step with a reason. */
	@PostMapping("/{id}/back")
	String back(@PathVariable long id, @ModelAttribute BackForm form, @AuthenticationPrincipal CurrentUser user,
			java.util.Locale locale, Model model, RedirectAttributes redirect) {
		if (Refusals.onPage(model, "backError", "negotiation.case.conflict")
			.attempt(() -> this.workflow.goBack(id, form.version(), form.step(), form.reason(), user))) {
			Flash.success(redirect, "negotiation.step.returned", form.step().ordinal() + 1);
			return "redirect:/cases/" + id;
		}
		model.addAttribute("backReason", form.reason());
		return show(id, user, locale, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		CaseView view = this.queries.get(id, user);
		model.addAttribute("form",
				new CaseForm(view.teamId(), view.title(), view.country(), view.region(), view.locality(),
						view.groups().stream().map(GroupRef::id).collect(Collectors.toSet()), view.objectiveType(),
						view.priority(), view.leadNegotiator(), view.classification(), view.namedReviewerIds()));
		model.addAttribute("version", view.version());
		return formPage(view, view.teamId(), user, model);
	}

	@PostMapping("/{id}")
	String describe(@PathVariable long id, @Valid @ModelAttribute("form") CaseForm form, BindingResult result,
			@RequestParam long version, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		CaseView view = this.queries.get(id, user);
		model.addAttribute("version", version);
		if (Refusals.onForm(result, "negotiation.case.conflict")
			.attempt(() -> this.cases.describe(id, version, form, user))) {
			Flash.success(redirect, "negotiation.case.saved", form.title());
			return "redirect:/cases/" + id;
		}
		return formPage(view, view.teamId(), user, model);
	}

	private String formPage(CaseView view, Long teamId, CurrentUser user, Model model) {
		model.addAttribute("c", view);
		model.addAttribute("teams", this.queries.openingTeams(user));
		List<UserAccount> negotiators = new ArrayList<>();
		if (teamId != null) {
			negotiators.addAll(this.cases.negotiators(teamId));
		}
		else {
			this.queries.openingTeams(user)
				.forEach((team) -> this.cases.negotiators(team.id())
					.stream()
					.filter((m) -> !negotiators.contains(m))
					.forEach(negotiators::add));
		}
		model.addAttribute("negotiators", negotiators);
		model.addAttribute("levels", Classification.values());
		List<UserAccount> reviewers = new ArrayList<>();
		(teamId != null ? List.of(teamId)
				: this.queries.openingTeams(user).stream().map(ParleyUser.TeamRef::id).toList())
			.forEach((team) -> this.cases.reviewers(team)
				.stream()
				.filter((r) -> !reviewers.contains(r))
				.forEach(reviewers::add));
		model.addAttribute("reviewers", reviewers);
		model.addAttribute("objectiveTypes", ObjectiveType.values());
		model.addAttribute("priorities", Priority.values());
		List<GroupRef> choices = new ArrayList<>(this.groups.choices(null, 200));
		if (view != null) {
			view.groups().stream().filter((g) -> !choices.contains(g)).forEach(choices::add);
		}
		model.addAttribute("groupChoices", choices);
		return "negotiation/form";
	}

	/**
	 * HQ's answer to a request to engage, as posted from the decision card.
	 *
	 * @param version the request's version the reviewer saw
	 */
	record DecisionForm(long version, DecisionStatus outcome, String reason, Boolean assessmentsRead) {
	}

	/**
	 * A move back to an earlier step, as posted from the case's page.
	 *
	 * @param version the case's version the user saw
	 */
	record BackForm(long version, MethodStep step, String reason) {
	}

}
