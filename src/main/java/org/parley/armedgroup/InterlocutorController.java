package org.parley.armedgroup;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.parley.audit.AuditDescriptions;
import org.parley.audit.AuditQueries;
import org.parley.protection.Classification;
import org.parley.reference.ReferenceList;
import org.parley.reference.ReferenceLists;
import org.parley.shared.CurrentUser;
import org.parley.shared.ReadOnlySafe;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages for the people a team talks to. Only the recording team's field officers and HQ
 * reviewers reach them; everyone else gets "not found".
 */
@Controller
@RequestMapping("/interlocutors")
class InterlocutorController {

	static final int PAGE_SIZE = 25;

	private final InterlocutorRegistry registry;

	private final ArmedGroupQueries groups;

	private final ReferenceLists references;

	private final AuditQueries audit;

	private final AuditDescriptions descriptions;

	private final SubjectAccess subjectAccess;

	InterlocutorController(InterlocutorRegistry registry, ArmedGroupQueries groups, ReferenceLists references,
			AuditQueries audit, AuditDescriptions descriptions, SubjectAccess subjectAccess) {
		this.subjectAccess = subjectAccess;
		this.descriptions = descriptions;
		this.registry = registry;
		this.groups = groups;
		this.references = references;
		this.audit = audit;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long group,
			@RequestParam(required = false) String after, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("page", this.registry.summaries(user, q, group, after, PAGE_SIZE));
		model.addAttribute("q", q);
		model.addAttribute("group", (group != null) ? this.groups.ref(group) : null);
		model.addAttribute("canRecord", !this.registry.recordingTeams(user).isEmpty());
		model.addAttribute("typeLabels", this.references.labels(ReferenceList.INTERMEDIARY_TYPE));
		return "interlocutor/list";
	}

	@GetMapping("/new")
	String newInterlocutor(@RequestParam(required = false) Long group, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		List<Long> teams = List.copyOf(this.registry.recordingTeams(user));
		if (teams.isEmpty()) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only field officers record interlocutors");
		}
		model.addAttribute("form", InterlocutorForm.empty((teams.size() == 1) ? teams.get(0) : null, group));
		return formPage(null, user, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") InterlocutorForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return Refusals.onForm(result, "interlocutor.conflict")
			.attempt(() -> this.registry.record(form, user))
			.map((id) -> {
				Flash.success(redirect, "interlocutor.created", form.codeName());
				return "redirect:/interlocutors/" + id;
			})
			.orElseGet(() -> formPage(null, user, model));
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Long historyAfter,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		return page(id, historyAfter, null, user, model);
	}

	/**
	 * Shows the real name and contact details once, in this response only (never cached,
	 * never in a redirect or the session), after writing the reveal to the audit log.
	 */
	@ReadOnlySafe("Shows a protected value and records that it did; changes nothing")
	@PostMapping("/{id}/reveal")
	String reveal(@PathVariable long id, @RequestParam(required = false) @Size(max = 500) String reason,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
		InterlocutorRegistry.Revealed revealed = this.registry.reveal(id, reason, user);
		response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
		if (htmx != null) {
			model.addAttribute("revealed", revealed);
			return "interlocutor/_revealed";
		}
		return page(id, null, revealed, user, model);
	}

	/**
	 * A subject access request: the interlocutor's data as a JSON file, for HQ reviewers
	 * of its team (recorded in the audit and read logs first).
	 */
	@ReadOnlySafe("Exports a record and records that it did; changes nothing")
	@PostMapping("/{id}/subject-access")
	org.springframework.http.ResponseEntity<java.util.Map<String, Object>> subjectAccess(@PathVariable long id,
			@RequestParam(required = false) @Size(max = 500) String reason, @AuthenticationPrincipal CurrentUser user) {
		java.util.Map<String, Object> data = this.subjectAccess.export(id, reason, user);
		return org.springframework.http.ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header("Content-Disposition", "attachment; filename=\"interlocutor-" + id + "-subject-access.json\"")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(data);
	}

	/**
	 * An HQ reviewer of the team changes the level, with a reason (decision 0022); the
	 * values are resealed under the new level's key. Refusals come back as a notice on
	 * the record's page.
	 */
	@PostMapping("/{id}/classification")
	String classify(@PathVariable long id, @RequestParam(required = false) Classification classification,
			@RequestParam(required = false) @Size(max = 500) String reason, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (Refusals.asFlash(redirect, "classification.conflict")
			.attempt(() -> this.registry.classify(id, version, classification, reason, user))) {
			Flash.success(redirect, "classification.changed");
		}
		return "redirect:/interlocutors/" + id;
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		InterlocutorView interlocutor = this.registry.details(id, user);
		model.addAttribute("form", InterlocutorForm.of(interlocutor));
		return formPage(interlocutor, user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") InterlocutorForm form, BindingResult result,
			@RequestParam long version, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		InterlocutorView interlocutor = this.registry.details(id, user);
		Refusals refusals = Refusals.onForm(result, "interlocutor.conflict").onConflict(() -> {
			model.addAttribute("theirHistory",
					this.descriptions.describe(this.audit.history("Interlocutor", Long.toString(id), null, 5).items(),
							LocaleContextHolder.getLocale(), user));
			model.addAttribute("conflictVersion", interlocutor.version());
		});
		if (refusals.attempt(() -> this.registry.update(id, version, form, user))) {
			Flash.success(redirect, "interlocutor.saved", form.codeName());
			return "redirect:/interlocutors/" + id;
		}
		model.addAttribute("version", model.containsAttribute("conflictVersion") ? interlocutor.version() : version);
		return formPage(interlocutor, user, model);
	}

	private String page(long id, Long historyAfter, InterlocutorRegistry.Revealed revealed, CurrentUser user,
			Model model) {
		InterlocutorView interlocutor = this.registry.details(id, user);
		model.addAttribute("person", interlocutor);
		model.addAttribute("revealed", revealed);
		model.addAttribute("canEdit", this.registry.canEdit(interlocutor, user) && !interlocutor.redacted());
		model.addAttribute("canClassify", this.registry.canClassify(interlocutor, user));
		model.addAttribute("levels", Classification.values());
		model.addAttribute("reviewers", this.registry.reviewerChoices(List.of(interlocutor.teamId())));
		model.addAttribute("canExport", user.hasRole("HQ_REVIEWER") && !interlocutor.redacted());
		model.addAttribute("typeLabels", this.references.labels(ReferenceList.INTERMEDIARY_TYPE));
		model.addAttribute("history", ArmedGroupController.described(
				this.audit.history("Interlocutor", Long.toString(id), historyAfter, ArmedGroupController.HISTORY_SIZE),
				this.descriptions, user));
		return "interlocutor/show";
	}

	private String formPage(InterlocutorView interlocutor, CurrentUser user, Model model) {
		model.addAttribute("person", interlocutor);
		if (!model.containsAttribute("version") && interlocutor != null) {
			model.addAttribute("version", interlocutor.version());
		}
		model.addAttribute("teams", this.registry.recordingTeamRefs(user));
		model.addAttribute("affiliations", Affiliation.values());
		model.addAttribute("channels", ContactChannel.values());
		model.addAttribute("levels", Classification.values());
		model.addAttribute("reviewers", this.registry.reviewerChoices(
				(interlocutor != null) ? List.of(interlocutor.teamId()) : this.registry.recordingTeams(user)));
		InterlocutorForm form = (InterlocutorForm) model.getAttribute("form");
		model.addAttribute("intermediaryTypes",
				this.references.options(ReferenceList.INTERMEDIARY_TYPE,
						(interlocutor != null && interlocutor.intermediaryType() != null)
								? List.of(interlocutor.intermediaryType()) : List.of()));
		java.util.List<GroupRef> choices = new java.util.ArrayList<>(this.groups.choices(null, 50));
		if (form != null && form.armedGroupId() != null
				&& choices.stream().noneMatch((c) -> c.id() == form.armedGroupId())) {
			choices.add(0, this.groups.ref(form.armedGroupId()));
		}
		model.addAttribute("choices", choices);
		return "interlocutor/form";
	}

}
