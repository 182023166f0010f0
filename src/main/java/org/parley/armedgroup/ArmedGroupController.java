package org.parley.armedgroup;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.parley.audit.AuditDescriptions;
import org.parley.audit.AuditEntryView;
import org.parley.audit.AuditQueries;
import org.parley.audit.DescribedEntry;
import org.parley.reference.ReferenceList;
import org.parley.reference.ReferenceLists;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registry's pages: the searchable list, a group's page with its labels, presence,
 * commitments, relations and history, and the profile form.
 */
@Controller
@RequestMapping("/armed-groups")
class ArmedGroupController {

	static final int PAGE_SIZE = 25;

	static final int HISTORY_SIZE = 20;

	/** How many of the incidents attributed to a group its page lists. */
	static final int INCIDENTS_SHOWN = 10;

	private final ArmedGroupRegistry registry;

	private final ArmedGroupQueries queries;

	private final ReferenceLists references;

	private final AuditQueries audit;

	private final AuditDescriptions descriptions;

	private final ObjectProvider<AttributedIncidents> incidents;

	private final ArmedGroupDesignations designations;

	ArmedGroupController(ArmedGroupRegistry registry, ArmedGroupQueries queries, ReferenceLists references,
			AuditQueries audit, AuditDescriptions descriptions, ObjectProvider<AttributedIncidents> incidents,
			ArmedGroupDesignations designations) {
		this.designations = designations;
		this.incidents = incidents;
		this.descriptions = descriptions;
		this.registry = registry;
		this.queries = queries;
		this.references = references;
		this.audit = audit;
	}

	@GetMapping
	String list(@ModelAttribute("search") GroupSearch search, @RequestParam(required = false) String after,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("page", this.queries.search(search, after, PAGE_SIZE));
		model.addAttribute("categories", this.references.options(ReferenceList.GROUP_CATEGORY, List.of()));
		model.addAttribute("tactics", this.references.options(ReferenceList.TACTIC, List.of()));
		model.addAttribute("categoryLabels", this.references.labels(ReferenceList.GROUP_CATEGORY));
		model.addAttribute("stances", Stance.values());
		model.addAttribute("canEdit", RegistryPermissions.canEditGroups(user));
		return "armedgroup/list";
	}

	@GetMapping("/new")
	String newGroup(@AuthenticationPrincipal CurrentUser user, Model model) {
		RegistryPermissions.requireGroupEditor(user);
		model.addAttribute("form", GroupProfile.empty());
		return formPage(null, null, List.of(), model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") GroupProfile form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean confirmWarnings, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		RegistryPermissions.requireGroupEditor(user);
		if (result.hasErrors()) {
			return formPage(null, null, List.of(), model);
		}
		List<ArmedGroupRegistry.Warning> warnings = this.registry.warnings(null, form);
		if (!warnings.isEmpty() && !confirmWarnings) {
			return formPage(null, null, warnings, model);
		}
		return Refusals.onForm(result, "armedgroup.conflict")
			.attempt(() -> this.registry.register(form, user))
			.map((id) -> {
				Flash.success(redirect, "armedgroup.created", form.name());
				return "redirect:/armed-groups/" + id;
			})
			.orElseGet(() -> formPage(null, null, List.of(), model));
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Long historyAfter,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		return groupPage(id, historyAfter, user, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		RegistryPermissions.requireGroupEditor(user);
		GroupDetails group = this.queries.details(id);
		model.addAttribute("form", group.profile());
		return formPage(group, group.version(), List.of(), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") GroupProfile form, BindingResult result,
			@RequestParam long version, @RequestParam(defaultValue = "false") boolean confirmWarnings,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		RegistryPermissions.requireGroupEditor(user);
		GroupDetails group = this.queries.details(id);
		if (result.hasErrors()) {
			return formPage(group, version, List.of(), model);
		}
		List<ArmedGroupRegistry.Warning> warnings = this.registry.warnings(id, form);
		if (!warnings.isEmpty() && !confirmWarnings) {
			return formPage(group, version, warnings, model);
		}
		// On a conflict: keep what the user typed, show what the other person saved, and
		// let them save again over the version they have now seen.
		Refusals refusals = Refusals.onForm(result, "armedgroup.conflict").onConflict(() -> {
			model.addAttribute("theirs", group.profile());
			model.addAttribute("theirHistory",
					this.descriptions.describe(this.audit.history("ArmedGroup", Long.toString(id), null, 5).items(),
							LocaleContextHolder.getLocale(), user));
		});
		if (refusals.attempt(() -> this.registry.update(id, version, form, user))) {
			Flash.success(redirect, "armedgroup.saved", form.name());
			return "redirect:/armed-groups/" + id;
		}
		return formPage(group, model.containsAttribute("theirs") ? group.version() : version, List.of(), model);
	}

	@PostMapping("/{id}/labels")
	String addLabel(@PathVariable long id, @Valid @ModelAttribute("labelForm") GroupLabel form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return addRow(id, "labels", "armedgroup.label.added", result, () -> this.registry.addLabel(id, form, user),
				user, model, redirect);
	}

	@PostMapping("/{id}/presence")
	String addPresence(@PathVariable long id, @Valid @ModelAttribute("presenceForm") Presence form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return addRow(id, "presence", "armedgroup.presence.added", result,
				() -> this.registry.addPresence(id, form, user), user, model, redirect);
	}

	/**
	 * A refused document (too large, not a PDF) is said on the whole form: the form
	 * record has no such field.
	 */
	@PostMapping("/{id}/commitments")
	String addCommitment(@PathVariable long id,
			@Valid @ModelAttribute("commitmentForm") ArmedGroupRegistry.CommitmentInput form, BindingResult result,
			@RequestParam(required = false) MultipartFile document, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		return addRow(id, "commitments", "armedgroup.commitment.added", result,
				() -> this.registry.addCommitment(id, form, document, user), user, model, redirect);
	}

	@PostMapping("/{id}/relations")
	String addRelation(@PathVariable long id,
			@Valid @ModelAttribute("relationForm") ArmedGroupRegistry.RelationInput form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return addRow(id, "relations", "armedgroup.relation.added", result,
				() -> this.registry.addRelation(id, form, user), user, model, redirect);
	}

	/** Records a designation (HQ reviewers and administrators, decision 0024). */
	@PostMapping("/{id}/designations")
	@PreAuthorize("hasAnyRole('HQ_REVIEWER', 'ADMIN')")
	String addDesignation(@PathVariable long id, @Valid @ModelAttribute("designationForm") DesignationInput form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return addRow(id, "designations", "armedgroup.designation.added", result,
				() -> this.designations.add(id, form, user), user, model, redirect);
	}

	@PostMapping("/{id}/rows/{section}/{index}/remove")
	String removeRow(@PathVariable long id, @PathVariable ArmedGroup.Section section, @PathVariable int index,
			@RequestParam String expected, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (Refusals.asFlash(redirect, "armedgroup.conflict")
			.attempt(() -> this.registry.removeRow(id, section, index, expected, user))) {
			Flash.success(redirect, "armedgroup.row.removed");
		}
		return "redirect:/armed-groups/" + id + "#" + section.name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The neighbourhood graph, read by the page's script. */
	@GetMapping(path = "/{id}/network", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	GroupNetwork network(@PathVariable long id) {
		return this.queries.network(id);
	}

	/** Options for the "other group" chooser, filtered as the user types (htmx). */
	@GetMapping("/choices")
	String choices(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("choices", this.queries.choices(q, 50));
		return "armedgroup/_choices";
	}

	/**
	 * Adds a row to a section of the group's page and goes back to that section; if the
	 * form is invalid or the registry refuses, shows the page again with the section open
	 * and the reason in its form.
	 */
	private String addRow(long id, String section, String addedKey, BindingResult form, Runnable add, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		if (Refusals.onForm(form, "armedgroup.conflict").attempt(add)) {
			Flash.success(redirect, addedKey);
			return "redirect:/armed-groups/" + id + "#" + section;
		}
		model.addAttribute("openSection", section);
		return groupPage(id, null, user, model);
	}

	private String groupPage(long id, Long historyAfter, CurrentUser user, Model model) {
		GroupDetails group = this.queries.details(id);
		model.addAttribute("group", group);
		// The graph's relations again as text, for keyboards and screen readers.
		model.addAttribute("network", group.relations().isEmpty() ? null : this.queries.network(id));
		model.addAttribute("canEdit", RegistryPermissions.canEditGroups(user));
		List<DesignationView> designated = this.designations.of(id);
		model.addAttribute("designations", designated);
		model.addAttribute("canDesignate", RegistryPermissions.canEditDesignations(user));
		model.addAttribute("authorities", DesignationAuthority.values());
		if (!model.containsAttribute("designationForm")) {
			model.addAttribute("designationForm", DesignationInput.empty());
		}
		model.addAttribute("refLabels",
				Map.of("categories", this.references.labels(ReferenceList.GROUP_CATEGORY), "tactics",
						this.references.labels(ReferenceList.TACTIC), "revenue",
						this.references.labels(ReferenceList.REVENUE_SOURCE), "themes",
						this.references.labels(ReferenceList.COMMITMENT_THEME)));
		// The group's history includes its designations' (decision 0024).
		KeysetPage<AuditEntryView> history = this.audit
			.history(
					Map.of("ArmedGroup", List.of(Long.toString(id)), "Designation",
							designated.stream().map((d) -> Long.toString(d.id())).toList()),
					historyAfter, HISTORY_SIZE);
		model.addAttribute("history", described(history, this.descriptions, user));
		AttributedIncidents attributed = this.incidents.getIfAvailable();
		model.addAttribute("incidents", (attributed != null) ? attributed.attributedTo(id, user, INCIDENTS_SHOWN)
				: AttributedIncidents.Attributed.NONE);
		if (!model.containsAttribute("labelForm")) {
			model.addAttribute("labelForm", new GroupLabel(null, null));
		}
		if (!model.containsAttribute("presenceForm")) {
			model.addAttribute("presenceForm", new Presence(null, null, null, null, null));
		}
		if (!model.containsAttribute("commitmentForm")) {
			model.addAttribute("commitmentForm", new ArmedGroupRegistry.CommitmentInput(null, null, null, null, null));
		}
		if (!model.containsAttribute("relationForm")) {
			model.addAttribute("relationForm", new ArmedGroupRegistry.RelationInput(null, null, null, null, null));
		}
		model.addAttribute("themes", this.references.options(ReferenceList.COMMITMENT_THEME, List.of()));
		model.addAttribute("controlLevels", ControlLevel.values());
		model.addAttribute("commitmentKinds", CommitmentKind.values());
		model.addAttribute("relationKinds", RelationKind.values());
		model.addAttribute("choices", this.queries.choices(null, 50));
		return "armedgroup/show";
	}

	private String formPage(GroupDetails group, Long version, List<ArmedGroupRegistry.Warning> warnings, Model model) {
		GroupProfile held = (group != null) ? group.profile() : null;
		model.addAttribute("group", group);
		model.addAttribute("version", version);
		model.addAttribute("warnings", warnings);
		model.addAttribute("categories",
				this.references.options(ReferenceList.GROUP_CATEGORY, (held != null) ? held.categories() : null));
		model.addAttribute("tactics",
				this.references.options(ReferenceList.TACTIC, (held != null) ? held.tactics() : null));
		model.addAttribute("revenueSources",
				this.references.options(ReferenceList.REVENUE_SOURCE, (held != null) ? held.revenueSources() : null));
		model.addAttribute("structures", Structure.values());
		model.addAttribute("stateRelations", StateRelation.values());
		model.addAttribute("legalStatuses", LegalStatus.values());
		model.addAttribute("stances", Stance.values());
		model.addAttribute("strategies", Strategy.values());
		return "armedgroup/form";
	}

	/**
	 * A page of a record's history in the reader's words: what the record pages of the
	 * registry show under "History".
	 */
	static KeysetPage<DescribedEntry> described(KeysetPage<AuditEntryView> page, AuditDescriptions descriptions,
			CurrentUser user) {
		return new KeysetPage<>(descriptions.describe(page.items(), LocaleContextHolder.getLocale(), user),
				page.nextCursor());
	}

}
