package org.parley.access;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.armedgroup.GroupChoiceLabels;
import org.parley.armedgroup.GroupRef;
import org.parley.identity.ParleyUser;
import org.parley.incident.IncidentFilter;
import org.parley.incident.Incidents;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseView;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.format.annotation.DateTimeFormat;
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
 * The access pages: the table of areas by month with its trend and charts, which HQ reads
 * across its teams; the teams' constraints; and the field officers' forms to record a
 * constraint and to rate an area's month.
 */
@Controller
@RequestMapping("/access")
class AccessController {

	/** The spans the table offers, in months. */
	static final Set<Integer> SPANS = Set.of(3, 6, 12);

	static final int AREAS_PER_PAGE = 50;

	static final int PAGE_SIZE = 25;

	private final AccessConstraints constraints;

	private final AccessSeverities severities;

	private final CaseQueries cases;

	private final Incidents incidents;

	private final ArmedGroupQueries groups;

	private final GroupChoiceLabels groupLabels;

	AccessController(AccessConstraints constraints, AccessSeverities severities, CaseQueries cases, Incidents incidents,
			ArmedGroupQueries groups, GroupChoiceLabels groupLabels) {
		this.constraints = constraints;
		this.severities = severities;
		this.cases = cases;
		this.incidents = incidents;
		this.groups = groups;
		this.groupLabels = groupLabels;
	}

	@GetMapping
	String table(@RequestParam(defaultValue = "6") int months, @RequestParam(required = false) String country,
			@RequestParam(required = false) String after, @AuthenticationPrincipal CurrentUser user, Model model) {
		int span = SPANS.contains(months) ? months : 6;
		YearMonth last = this.severities.thisMonth();
		String only = (country != null && country.matches("[A-Za-z]{2}")) ? country.toUpperCase() : null;
		model.addAttribute("table",
				this.severities.table(last.minusMonths(span - 1L), last, only, after, AREAS_PER_PAGE, user));
		model.addAttribute("months", span);
		model.addAttribute("spans", List.of(3, 6, 12));
		model.addAttribute("country", only);
		model.addAttribute("recordingTeams", AccessPermissions.recordingTeams(user));
		model.addAttribute("canRecord", !AccessPermissions.recordingTeams(user).isEmpty());
		return "access/table";
	}

	@GetMapping("/constraints")
	String constraints(@RequestParam(required = false) String country, @RequestParam(required = false) String after,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		String only = (country != null && country.matches("[A-Za-z]{2}")) ? country.toUpperCase() : null;
		model.addAttribute("page", this.constraints.page(only, after, PAGE_SIZE, user));
		model.addAttribute("editableTeams", AccessPermissions.recordingTeams(user));
		model.addAttribute("country", only);
		model.addAttribute("canRecord", !AccessPermissions.recordingTeams(user).isEmpty());
		return "access/constraints";
	}

	@GetMapping("/constraints/new")
	String newConstraint(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("constraint", this.constraints.draft(user));
		return constraintPage(user, model);
	}

	@PostMapping("/constraints")
	String record(@Valid @ModelAttribute("constraint") ConstraintForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return Refusals.onForm(result, "access.conflict")
			.attempt(() -> this.constraints.record(form, user))
			.map((id) -> {
				Flash.success(redirect, "access.constraint.recorded");
				return "redirect:/access/constraints";
			})
			.orElseGet(() -> constraintPage(user, model));
	}

	@GetMapping("/constraints/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ConstraintView constraint = this.constraints.get(id, user);
		if (!this.constraints.canEdit(constraint, user)) {
			throw new AccessDeniedException("Only the team's field officers correct its access constraints");
		}
		model.addAttribute("constraint", constraint.form());
		model.addAttribute("existing", id);
		model.addAttribute("version", constraint.version());
		return constraintPage(user, model);
	}

	@PostMapping("/constraints/{id}")
	String update(@PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("constraint") ConstraintForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Refusals.onForm(result, "access.conflict")
			.attempt(() -> this.constraints.update(id, version, form, user))) {
			Flash.success(redirect, "access.constraint.saved");
			return "redirect:/access/constraints";
		}
		// The version the user edited, not the stored one: a stale form stays stale.
		model.addAttribute("existing", id);
		model.addAttribute("version", version);
		return constraintPage(user, model);
	}

	/** The form for an area's month: its rating to correct, or a new one. */
	@GetMapping("/severities/new")
	String rateMonth(@RequestParam(required = false) Long teamId, @RequestParam(required = false) String country,
			@RequestParam(required = false) String region, @RequestParam(required = false) String locality,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		String code = (country != null && country.matches("[A-Za-z]{2}")) ? country : null;
		model.addAttribute("severity", this.severities.draft(teamId, new Area(code, region, locality), month, user));
		return severityPage(user, model);
	}

	@PostMapping("/severities")
	String rate(@Valid @ModelAttribute("severity") SeverityForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Refusals.onForm(result, "access.severity.conflict")
			.attempt(() -> this.severities.record(form, user))
			.isPresent()) {
			Flash.success(redirect, "access.severity.recorded");
			return "redirect:/access?country=" + form.area().country();
		}
		return severityPage(user, model);
	}

	private String constraintPage(CurrentUser user, Model model) {
		model.addAttribute("teams", teams(user));
		model.addAttribute("categories", AccessCategory.values());
		Map<AccessCategory, List<AccessSubtype>> subtypes = new java.util.EnumMap<>(AccessCategory.class);
		for (AccessCategory category : AccessCategory.values()) {
			subtypes.put(category, AccessSubtype.of(category));
		}
		model.addAttribute("subtypes", subtypes);
		model.addAttribute("caseChoices",
				byId(this.cases
					.page(user, new CaseQueries.CaseFilter(false, null, null, null, null, null, false), null, 200)
					.items(), CaseView::id, CaseView::title));
		model.addAttribute("incidentChoices",
				this.incidents.summaries(new IncidentFilter(null, null, null, null, null), null, 100, user)
					.items()
					.stream()
					.filter((incident) -> AccessPermissions.canRecord(user, incident.teamId()))
					.toList());
		model.addAttribute("groupChoices",
				byId(this.groups.choices(null, 200), GroupRef::id, this.groupLabels::choice));
		return "access/constraint-form";
	}

	private String severityPage(CurrentUser user, Model model) {
		model.addAttribute("teams", teams(user));
		model.addAttribute("levels", List.of(0, 1, 2, 3));
		model.addAttribute("thisMonth", this.severities.thisMonth());
		return "access/severity-form";
	}

	private Map<Long, String> teams(CurrentUser user) {
		return byId(this.constraints.recordingTeams(user), ParleyUser.TeamRef::id, ParleyUser.TeamRef::name);
	}

	/** Records to choose from, by id, in their order. */
	private static <T> Map<Long, String> byId(List<T> records, java.util.function.Function<T, Long> id,
			java.util.function.Function<T, String> name) {
		Map<Long, String> choices = new LinkedHashMap<>();
		records.forEach((r) -> choices.put(id.apply(r), name.apply(r)));
		return choices;
	}

}
