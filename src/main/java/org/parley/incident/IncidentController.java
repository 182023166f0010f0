package org.parley.incident;

import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseView;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.validation.Valid;
import org.parley.agreement.Agreements;
import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.armedgroup.GroupChoiceLabels;
import org.parley.armedgroup.GroupRef;
import org.parley.audit.AuditDescriptions;
import org.parley.audit.AuditEntryView;
import org.parley.audit.AuditQueries;
import org.parley.audit.ReadAction;
import org.parley.audit.ReadLog;
import org.parley.identity.ParleyUser;
import org.parley.protection.Classification;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.PlausibleDate;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.context.i18n.LocaleContextHolder;
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
 * The incident pages: the list with its filters, recording an incident (also straight
 * from a violated compliance check), its page with its history, corrections, and the
 * summary that may go to other agencies.
 */
@Controller
@RequestMapping("/incidents")
class IncidentController {

	static final int PAGE_SIZE = 25;

	static final int HISTORY_SIZE = 20;

	private final Incidents incidents;

	private final CaseQueries cases;

	private final ArmedGroupQueries groups;

	private final AuditQueries audit;

	private final Agreements agreements;

	private final ReadLog readLog;

	private final AuditDescriptions descriptions;

	private final GroupChoiceLabels groupLabels;

	IncidentController(Incidents incidents, CaseQueries cases, ArmedGroupQueries groups, AuditQueries audit,
			Agreements agreements, ReadLog readLog, AuditDescriptions descriptions, GroupChoiceLabels groupLabels) {
		this.groupLabels = groupLabels;
		this.readLog = readLog;
		this.descriptions = descriptions;
		this.agreements = agreements;
		this.incidents = incidents;
		this.cases = cases;
		this.groups = groups;
		this.audit = audit;
	}

	@GetMapping
	String list(@ModelAttribute("filter") IncidentFilter filter, @RequestParam(required = false) String after,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		requireReader(user);
		model.addAttribute("page", this.incidents.summaries(filter, after, PAGE_SIZE, user));
		model.addAttribute("types", IncidentType.values());
		model.addAttribute("certainties", Certainty.values());
		model.addAttribute("groupChoices", this.groups.choices(null, 200));
		model.addAttribute("canRecord", !this.incidents.recordingTeams(user).isEmpty());
		return "incident/list";
	}

	/**
	 * A new incident, possibly started from a case, an agreement, one of its commitments
	 * or the compliance check that found a violation.
	 */
	@GetMapping("/new")
	String newIncident(@RequestParam(required = false) Long caseId, @RequestParam(required = false) Long agreementId,
			@RequestParam(required = false) String commitment, @RequestParam(required = false) Long checkId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
			@RequestParam(required = false) Long groupId, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("incident", this.incidents.draft(caseId, agreementId, commitment, checkId,
				PlausibleDate.Range.accepts(occurredOn) ? occurredOn : null, groupId, user));
		return formPage(null, null, user, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("incident") IncidentForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.incidents.requireRecorder(user);
		return Refusals.onForm(result, "incident.conflict")
			.attempt(() -> this.incidents.record(form, user))
			.map((id) -> {
				Flash.success(redirect, "incident.recorded");
				return "redirect:/incidents/" + id;
			})
			.orElseGet(() -> formPage(null, null, user, model));
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Long historyAfter,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		IncidentView incident = this.incidents.get(id, user);
		this.readLog.record(ReadAction.OPENED, "Incident", Long.toString(id), incident.caseId(), incident.teamId());
		model.addAttribute("i", incident);
		model.addAttribute("caseTitle", caseTitle(incident.caseId(), user));
		model.addAttribute("agreementTitle", linkedTitle(() -> (incident.agreementId() != null)
				? this.agreements.details(incident.agreementId(), user).latest().content().title() : null));
		model.addAttribute("canEdit", this.incidents.canEdit(incident, user) && !incident.redacted());
		model.addAttribute("canClassify", this.incidents.canClassify(incident, user));
		model.addAttribute("levels", Classification.values());
		model.addAttribute("categories", AffectedPeople.CATEGORIES);
		KeysetPage<AuditEntryView> history = this.audit.history("Incident", Long.toString(id), historyAfter,
				HISTORY_SIZE);
		model.addAttribute("history",
				new KeysetPage<>(this.descriptions.describe(history.items(), LocaleContextHolder.getLocale(), user),
						history.nextCursor()));
		return "incident/show";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		IncidentView incident = this.incidents.get(id, user);
		if (!this.incidents.canEdit(incident, user)) {
			throw new AccessDeniedException("Only the team's field officers and HQ reviewers correct incidents");
		}
		model.addAttribute("incident", incident.form());
		return formPage(incident, incident.version(), user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("incident") IncidentForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		IncidentView incident = this.incidents.get(id, user);
		if (!this.incidents.canEdit(incident, user)) {
			throw new AccessDeniedException("Only the team's field officers and HQ reviewers correct incidents");
		}
		if (Refusals.onForm(result, "incident.conflict")
			.attempt(() -> this.incidents.update(id, version, form, user))) {
			Flash.success(redirect, "incident.saved");
			return "redirect:/incidents/" + id;
		}
		// The version the user edited, not the stored one: a stale form stays stale.
		return formPage(incident, version, user, model);
	}

	/**
	 * An HQ reviewer of the team changes the level, with a reason (decision 0022); the
	 * sealed fields are resealed under the new level's key.
	 */
	@PostMapping("/{id}/classification")
	String classify(@PathVariable long id, @RequestParam(required = false) Classification classification,
			@RequestParam(required = false) @jakarta.validation.constraints.Size(max = 500) String reason,
			@RequestParam long version, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (Refusals.asFlash(redirect, "classification.conflict")
			.attempt(() -> this.incidents.classify(id, version, classification, reason, user))) {
			Flash.success(redirect, "classification.changed");
		}
		return "redirect:/incidents/" + id;
	}

	/** What may be sent to other agencies: only the fields marked shareable. */
	@GetMapping("/{id}/shareable")
	String shareable(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("s", this.incidents.shareable(id, user));
		model.addAttribute("id", id);
		model.addAttribute("categories", AffectedPeople.CATEGORIES);
		return "incident/shareable";
	}

	private String formPage(IncidentView existing, Long version, CurrentUser user, Model model) {
		model.addAttribute("existing", existing);
		model.addAttribute("version", version);
		if (model.getAttribute("incident") instanceof IncidentForm form) {
			model.addAttribute("linkedCase", linkedTitle(() -> caseTitle(form.caseId(), user)));
			model.addAttribute("linkedAgreement", linkedTitle(() -> (form.agreementId() != null)
					? this.agreements.details(form.agreementId(), user).latest().content().title() : null));
		}
		model.addAttribute("teams",
				byId(this.incidents.recordingTeams(user), ParleyUser.TeamRef::id, ParleyUser.TeamRef::name));
		model.addAttribute("caseChoices",
				byId(this.cases
					.page(user, new CaseQueries.CaseFilter(false, null, null, null, null, null, false), null, 200)
					.items(), CaseView::id, CaseView::title));
		model.addAttribute("types", IncidentType.values());
		model.addAttribute("levels", Classification.values());
		model.addAttribute("reviewers", this.incidents.reviewerChoices((existing != null) ? List.of(existing.teamId())
				: this.incidents.recordingTeams(user).stream().map(ParleyUser.TeamRef::id).toList()));
		model.addAttribute("affectedValues", Affected.values());
		model.addAttribute("certainties", Certainty.values());
		model.addAttribute("sharedFieldValues", SharedField.values());
		model.addAttribute("categories", AffectedPeople.CATEGORIES);
		model.addAttribute("groupChoices",
				byId(this.groups.choices(null, 200), GroupRef::id, this.groupLabels::choice));
		return "incident/form";
	}

	/** Records to choose from, by id, in their order. */
	private static <T> Map<Long, String> byId(List<T> records, Function<T, Long> id, Function<T, String> name) {
		Map<Long, String> choices = new LinkedHashMap<>();
		records.forEach((r) -> choices.put(id.apply(r), name.apply(r)));
		return choices;
	}

	/**
	 * A linked record's title, or null if the reader may not see it (the form names it by
	 * number).
	 */
	private static String linkedTitle(java.util.function.Supplier<String> title) {
		try {
			return title.get();
		}
		catch (org.parley.shared.NotFoundException hidden) {
			return null;
		}
	}

	private String caseTitle(Long caseId, CurrentUser user) {
		return (caseId != null) ? this.cases.get(caseId, user).title() : null;
	}

	private static void requireReader(CurrentUser user) {
		if (!user.hasRole("FIELD_OFFICER") && !user.hasRole("HQ_REVIEWER") && !user.hasRole("AUDITOR")) {
			throw new AccessDeniedException("Incidents are read by the teams' officers, reviewers and auditors");
		}
	}

}
