package org.parley.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of teams. Reached by administrators only (see
 * {@link SecurityConfiguration}).
 */
@PreAuthorize("hasRole('ADMIN')")
@Controller
@RequestMapping("/admin/teams")
class TeamAdminController {

	private final TeamAdministration teams;

	TeamAdminController(TeamAdministration teams) {
		this.teams = teams;
	}

	/** The zones the team form offers, and the default a team without one follows. */
	@ModelAttribute
	void zones(Model model) {
		model.addAttribute("zones", TeamAdministration.zoneNames());
		model.addAttribute("defaultZone", this.teams.defaultZone().getId());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("teams", this.teams.all());
		return "admin/teams";
	}

	@GetMapping("/new")
	String newTeam(Model model) {
		model.addAttribute("form", new TeamForm(null, null, null, 0));
		return "admin/team";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") TeamForm form, BindingResult result, RedirectAttributes redirect) {
		return Refusals.onForm(result, "error.concurrent-edit")
			.attempt(() -> this.teams.create(form.name(), form.description(), form.timeZone()))
			.map((id) -> {
				Flash.success(redirect, "identity.team.created", form.name().strip());
				return "redirect:/admin/teams/" + id;
			})
			.orElse("admin/team");
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		Team team = this.teams.get(id);
		model.addAttribute("form",
				new TeamForm(team.getName(), team.getDescription(), team.getTimeZone(), team.getVersion()));
		return teamPage(team, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") TeamForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Team team = this.teams.get(id);
		if (Refusals.onForm(result, "error.concurrent-edit")
			.attempt(() -> this.teams.rename(id, form.version(), form.name(), form.description(), form.timeZone()))) {
			Flash.success(redirect, "identity.team.saved", form.name().strip());
			return "redirect:/admin/teams/" + id;
		}
		return teamPage(team, model);
	}

	private String teamPage(Team team, Model model) {
		model.addAttribute("team", team);
		model.addAttribute("members", this.teams.members(team.getId()));
		return "admin/team";
	}

	record TeamForm(
			@NotBlank(message = "{validation.required}") @Size(max = 120,
					message = "{validation.too-long}") String name,
			@Size(max = 1000, message = "{validation.too-long}") String description,
			@Size(max = 60, message = "{validation.too-long}") String timeZone, long version) {

	}

}
