package org.parley.negotiation;

import java.util.List;

import jakarta.validation.Valid;
import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.armedgroup.GroupRef;
import org.parley.audit.AuditQueries;
import org.parley.identity.ParleyUser;
import org.parley.identity.UserAccount;
import org.parley.shared.Text;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.web.Flash;

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
 * The case pages: the list, opening a case, its overview with the method's steps, and its
 * details form.
 */
@Controller
@RequestMapping("/cases")
class CaseController {

	static final int PAGE_SIZE = 25;

	private final CaseQueries cases;

	private final GuidingQuestions questions;

	private final ArmedGroupQueries groups;

	private final AuditQueries audit;

	private final CaseWorkflow workflow;

	private final CaseSteps steps;

	private final ObjectProvider<CaseIncidents> incidents;

	CaseController(CaseQueries cases, GuidingQuestions questions, ArmedGroupQueries groups, AuditQueries audit,
			CaseWorkflow workflow, CaseSteps steps, ObjectProvider<CaseIncidents> incidents) {
		this.incidents = incidents;
		this.steps = steps;
		this.workflow = workflow;
		this.cases = cases;
		this.questions = questions;
		this.groups = groups;
		this.audit = audit;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) MethodStep step,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Long group,
			@RequestParam(required = false) String country, @RequestParam(required = false) Long team,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String after,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		String area = Text.blankToNull(country);
		model.addAttribute("page", this.cases.page(user,
				new CaseQueries.CaseFilter(mine, step, status, group, area, team, overdue).on(this.steps.today()),
				after, PAGE_SIZE));
		model.addAttribute("team", team);
		model.addAttribute("overdue", overdue);
		model.addAttribute("today", this.steps.today());
		model.addAttribute("teams", this.cases.readingTeams(user));
		model.addAttribute("group", group);
		model.addAttribute("country", area);
		model.addAttribute("groupChoices", this.groups.choices(null, 200));
		model.addAttribute("mine", mine);
		model.addAttribute("step", step);
		model.addAttribute("status", status);
		model.addAttribute("steps", MethodStep.values());
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("canOpen", !this.cases.openingTeams(user).isEmpty());
		return "negotiation/list";
	}

	@GetMapping("/new")
	String newCase(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<ParleyUser.TeamRef> teams = this.cases.openingTeams(user);
		if (teams.isEmpty()) {
			throw new AccessDeniedException("Only field officers open cases");
		}
		Long team = (teams.size() == 1) ? teams.get(0).id() : null;
		model.addAttribute("form",
				new CaseForm(team, null, null, null, null, null, null, Priority.MEDIUM, user.username()));
		return formPage(null, team, user, model);
	}

	@PostMapping
	String open(@Valid @ModelAttribute("form") CaseForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = this.cases.open(form, user);
				Flash.success(redirect, "negotiation.case.opened", form.title());
				return "redirect:/cases/" + id;
			}
			catch (RuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
		}
		return formPage(null, form.teamId(), user, model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Long historyAfter,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		CaseView view = this.cases.get(id, user);
		model.addAttribute("c", view);
		model.addAttribute("steps", MethodStep.values());
		model.addAttribute("canWork", this.cases.canWork(view, user));
		model.addAttribute("history", this.audit.history(this.steps.auditedRecords(id, user), historyAfter, 20));
		return showPage(view, user, model);
	}

	/** Asks HQ for the decision to engage. */
	@PostMapping("/{id}/decisions")
	String requestDecision(@PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("decisionForm") DecisionRequest form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.workflow.requestDecision(id, version, form, user);
				Flash.success(redirect, "negotiation.decision.requested");
				return "redirect:/cases/" + id + "#decision";
			}
			catch (RuleViolation violation) {
				// Shown at the top of the decision card: the form may be hidden (a
				// request is
				// already waiting).
				model.addAttribute("decideError", violation.messageKey());
			}
			catch (ConcurrentEditException conflict) {
				model.addAttribute("decideError", "negotiation.case.conflict");
			}
		}
		return show(id, null, user, model);
	}

	/** An HQ reviewer approves, rejects or returns a request to engage. */
	@PostMapping("/{id}/decisions/{decisionId}")
	String decide(@PathVariable long id, @PathVariable long decisionId, @RequestParam long version,
			@RequestParam(required = false) DecisionStatus outcome, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (outcome == null) {
			model.addAttribute("decideError", "negotiation.decision.choose");
			model.addAttribute("decideReason", reason);
			return show(id, null, user, model);
		}
		try {
			this.workflow.decide(id, decisionId, version, outcome, reason, user);
			Flash.success(redirect, "negotiation.decision.decided." + outcome.name());
			return "redirect:/cases/" + id + "#decision";
		}
		catch (RuleViolation violation) {
			model.addAttribute("decideError", violation.messageKey());
		}
		catch (ConcurrentEditException conflict) {
			model.addAttribute("decideError", "negotiation.decision.conflict");
		}
		model.addAttribute("decideReason", reason);
		return show(id, null, user, model);
	}

	/** Sends the case back to an earlier step with a reason. */
	@PostMapping("/{id}/back")
	String back(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) MethodStep step,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		try {
			this.workflow.returnTo(id, version, step, reason, user);
			Flash.success(redirect, "negotiation.step.returned", step.ordinal() + 1);
			return "redirect:/cases/" + id;
		}
		catch (RuleViolation violation) {
			model.addAttribute("backError", violation.messageKey());
		}
		catch (ConcurrentEditException conflict) {
			model.addAttribute("backError", "negotiation.case.conflict");
		}
		model.addAttribute("backReason", reason);
		return show(id, null, user, model);
	}

	private String showPage(CaseView view, CurrentUser user, Model model) {
		model.addAttribute("overview", this.steps.overview(view.id(), user));
		model.addAttribute("today", this.steps.today());
		model.addAttribute("earlierSteps",
				java.util.Arrays.stream(MethodStep.values()).filter(view::isBefore).toList());
		model.addAttribute("timeline", this.workflow.timeline(view.id()));
		CaseIncidents recorded = this.incidents.getIfAvailable();
		model.addAttribute("incidentCount", (recorded != null) ? recorded.countOfCase(view.id(), user) : 0L);
		List<DecisionView> decisions = this.workflow.decisions(view.id());
		model.addAttribute("decisions", decisions);
		model.addAttribute("pending",
				decisions.stream().filter((d) -> d.status() == DecisionStatus.PENDING).findFirst().orElse(null));
		model.addAttribute("canDecide", this.cases.canDecide(view, user));
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", DecisionRequest.empty(this.steps.redLines(view.id(), user)));
		}
		return "negotiation/show";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		CaseView view = this.cases.get(id, user);
		model.addAttribute("form",
				new CaseForm(view.teamId(), view.title(), view.country(), view.region(), view.locality(),
						view.groups().stream().map(GroupRef::id).collect(java.util.stream.Collectors.toSet()),
						view.objectiveType(), view.priority(), view.leadNegotiator()));
		model.addAttribute("version", view.version());
		return formPage(view, view.teamId(), user, model);
	}

	@PostMapping("/{id}")
	String describe(@PathVariable long id, @Valid @ModelAttribute("form") CaseForm form, BindingResult result,
			@RequestParam long version, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		CaseView view = this.cases.get(id, user);
		model.addAttribute("version", version);
		if (!result.hasErrors()) {
			try {
				this.cases.describe(id, version, form, user);
				Flash.success(redirect, "negotiation.case.saved", form.title());
				return "redirect:/cases/" + id;
			}
			catch (RuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
			catch (ConcurrentEditException conflict) {
				result.reject("negotiation.case.conflict");
			}
		}
		return formPage(view, view.teamId(), user, model);
	}

	private String formPage(CaseView view, Long teamId, CurrentUser user, Model model) {
		model.addAttribute("c", view);
		model.addAttribute("teams", this.cases.openingTeams(user));
		List<UserAccount> negotiators = new java.util.ArrayList<>();
		if (teamId != null) {
			negotiators.addAll(this.cases.negotiators(teamId));
		}
		else {
			this.cases.openingTeams(user)
				.forEach((team) -> this.cases.negotiators(team.id())
					.stream()
					.filter((m) -> !negotiators.contains(m))
					.forEach(negotiators::add));
		}
		model.addAttribute("negotiators", negotiators);
		model.addAttribute("objectiveTypes", ObjectiveType.values());
		model.addAttribute("priorities", Priority.values());
		List<GroupRef> choices = new java.util.ArrayList<>(this.groups.choices(null, 200));
		if (view != null) {
			view.groups().stream().filter((g) -> !choices.contains(g)).forEach(choices::add);
		}
		model.addAttribute("groupChoices", choices);
		return "negotiation/form";
	}

}
