package org.parley.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.parley.shared.KeysetPage;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * Administration of accounts. Reached by administrators only (see
 * {@link SecurityConfiguration}).
 */
@PreAuthorize("hasRole('ADMIN')")
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	static final int PAGE_SIZE = 25;

	private final UserAdministration administration;

	private final TeamAdministration teams;

	private final AccessGrants grants;

	private final SecondFactors secondFactors;

	private final java.time.Clock clock;

	UserAdminController(UserAdministration administration, TeamAdministration teams, AccessGrants grants,
			SecondFactors secondFactors, java.time.Clock clock) {
		this.administration = administration;
		this.teams = teams;
		this.grants = grants;
		this.secondFactors = secondFactors;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String after, Model model) {
		KeysetPage<UserAccount> page = this.administration.page(q, after, PAGE_SIZE);
		model.addAttribute("page", page);
		model.addAttribute("pendingGrants", this.administration.pending());
		model.addAttribute("q", q);
		return "admin/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", new NewUserForm(null, null, null, EnumSet.noneOf(Role.class), Set.of(), null));
		return newUserPage(model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal ParleyUser admin, @Valid @ModelAttribute("form") NewUserForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return Refusals.onForm(result, "error.concurrent-edit")
			.attempt(() -> this.administration.create(new UserAdministration.NewUser(form.username(),
					form.displayName(), form.email(), form.roles(), form.teamIds()), form.reason(), admin.id()))
			.map((created) -> {
				announce(created, redirect);
				return "redirect:/admin/users/" + created.id();
			})
			.orElseGet(() -> newUserPage(model));
	}

	/**
	 * Tells the administrator how the new user will choose their password: by the code
	 * e-mailed to them, or by the reset code shown here once, which signs nobody in.
	 */
	private static void announce(UserAdministration.Created created, RedirectAttributes redirect) {
		String key = created.mailed() ? "identity.user.created.mailed" : "identity.user.created.code";
		List<Object> args = new ArrayList<>(List.of(created.username()));
		if (!created.mailed()) {
			args.add(created.resetCode());
		}
		if (created.pendingGrants() > 0) {
			args.add(created.pendingGrants());
			Flash.warning(redirect, key + ".pending", args.toArray());
		}
		else {
			Flash.success(redirect, key, args.toArray());
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		UserAccount account = this.administration.get(id);
		model.addAttribute("form",
				new EditUserForm(account.getDisplayName(), account.getEmail(), account.getRoles(),
						account.getTeams().stream().map(Team::getId).collect(java.util.stream.Collectors.toSet()), null,
						account.getVersion()));
		return userPage(account, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @AuthenticationPrincipal ParleyUser admin,
			@Valid @ModelAttribute("form") EditUserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UserAccount account = this.administration.get(id);
		java.util.Optional<Integer> requested = Refusals.onForm(result, "error.concurrent-edit")
			.attempt(() -> this.administration.describe(id, form.version(), form.displayName(), form.email(),
					form.roles(), form.teamIds(), form.reason(), admin.id()));
		if (requested.isPresent()) {
			if (requested.get() > 0) {
				Flash.warning(redirect, "identity.grant.requested", account.getUsername(), requested.get());
			}
			else {
				Flash.success(redirect, "identity.user.saved", account.getUsername());
			}
			return "redirect:/admin/users/" + id;
		}
		return userPage(account, model);
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, @AuthenticationPrincipal ParleyUser admin,
			@RequestParam(required = false) @Size(max = 500) String reason, RedirectAttributes redirect) {
		if (Refusals.asDangerFlash(redirect, "error.concurrent-edit")
			.attempt(() -> this.administration.disable(id, reason, admin.id()))) {
			Flash.success(redirect, "identity.user.disabled", this.administration.get(id).getUsername());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, @RequestParam(required = false) @Size(max = 500) String reason,
			RedirectAttributes redirect) {
		this.administration.enable(id, reason);
		Flash.success(redirect, "identity.user.enabled", this.administration.get(id).getUsername());
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable long id, @AuthenticationPrincipal ParleyUser admin,
			@RequestParam(required = false) @Size(max = 500) String reason, RedirectAttributes redirect) {
		String username = this.administration.get(id).getUsername();
		Refusals.asDangerFlash(redirect, "error.concurrent-edit")
			.attempt(() -> this.administration.resetPassword(id, reason, admin.id()))
			.ifPresent((issued) -> {
				if (issued.mailed()) {
					Flash.success(redirect, "identity.user.password-reset.mailed", username);
				}
				else {
					Flash.success(redirect, "identity.user.password-reset.code", username, issued.code());
				}
			});
		return "redirect:/admin/users/" + id;
	}

	/**
	 * Asks that a user's second factor be taken away (a lost phone), with a reason; never
	 * one's own. A second administrator confirms it among the pending grants
	 * ({@link AccessGrants#requestSecondFactorReset}).
	 */
	@PostMapping("/{id}/reset-second-factor")
	String resetSecondFactor(@PathVariable long id, @AuthenticationPrincipal ParleyUser admin,
			@RequestParam(required = false) @Size(max = 500) String reason, RedirectAttributes redirect) {
		String username = this.administration.get(id).getUsername();
		if (Refusals.asDangerFlash(redirect, "error.concurrent-edit")
			.attempt(() -> this.grants.requestSecondFactorReset(id, reason, admin.id()))) {
			Flash.success(redirect, "identity.user.second-factor-reset.requested", username);
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/interlocutor-names")
	String grantInterlocutorNames(@PathVariable long id, @AuthenticationPrincipal ParleyUser admin,
			@RequestParam long version, @RequestParam(defaultValue = "false") boolean granted,
			@RequestParam(required = false) @Size(max = 500) String reason, RedirectAttributes redirect) {
		Refusals.asDangerFlash(redirect, "error.concurrent-edit")
			.attempt(() -> this.administration.grantInterlocutorNames(id, version, granted, reason, admin.id()))
			.ifPresent((requested) -> Flash.success(redirect,
					requested ? "identity.user.names-grant.requested" : "identity.user.names-grant.withdrawn",
					this.administration.get(id).getUsername()));
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/grants/{grantId}/confirm")
	String confirmGrant(@PathVariable long grantId, @AuthenticationPrincipal ParleyUser admin,
			@RequestParam long version, @RequestParam(required = false) @Size(max = 500) String reason,
			RedirectAttributes redirect) {
		if (Refusals.asDangerFlash(redirect, "error.concurrent-edit")
			.attempt(() -> this.administration.confirm(grantId, version, reason, admin.id()))) {
			Flash.success(redirect, "identity.grant.confirmed");
		}
		return "redirect:/admin/users#pending-grants";
	}

	@PostMapping("/grants/{grantId}/refuse")
	String refuseGrant(@PathVariable long grantId, @AuthenticationPrincipal ParleyUser admin,
			@RequestParam long version, @RequestParam(required = false) @Size(max = 500) String reason,
			RedirectAttributes redirect) {
		if (Refusals.asDangerFlash(redirect, "error.concurrent-edit")
			.attempt(() -> this.administration.refuse(grantId, version, reason, admin.id()))) {
			Flash.success(redirect, "identity.grant.refused");
		}
		return "redirect:/admin/users#pending-grants";
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		this.administration.unlock(id);
		Flash.success(redirect, "identity.user.unlocked", this.administration.get(id).getUsername());
		return "redirect:/admin/users/" + id;
	}

	private String newUserPage(Model model) {
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("allTeams", this.teams.all());
		return "admin/user-new";
	}

	private String userPage(UserAccount account, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("locked", account.isLockedAt(this.clock.instant()));
		model.addAttribute("codeWaiting", account.getResetCodeExpiresAt() != null
				&& account.getResetCodeExpiresAt().isAfter(this.clock.instant()));
		model.addAttribute("auditorAccount", account.getRoles().contains(Role.AUDITOR));
		model.addAttribute("secondFactor", this.secondFactors.status(account.getId()));
		model.addAttribute("pendingGrants", this.administration.pendingFor(account.getId()));
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("allTeams", this.teams.all());
		return "admin/user";
	}

	record NewUserForm(
			@NotBlank(message = "{validation.required}") @Size(max = 40,
					message = "{identity.user.username.format}") String username,
			@NotBlank(message = "{validation.required}") @Size(max = 120,
					message = "{validation.too-long}") String displayName,
			@Email(message = "{identity.user.email.format}") @Size(max = 254,
					message = "{validation.too-long}") String email,
			@NotEmpty(message = "{identity.user.roles.required}") Set<Role> roles, Set<Long> teamIds,
			@Size(max = 500, message = "{validation.too-long}") String reason) {

		NewUserForm {
			roles = UserAdministration.present(roles);
			teamIds = UserAdministration.present(teamIds);
		}

	}

	record EditUserForm(
			@NotBlank(message = "{validation.required}") @Size(max = 120,
					message = "{validation.too-long}") String displayName,
			@Email(message = "{identity.user.email.format}") @Size(max = 254,
					message = "{validation.too-long}") String email,
			@NotEmpty(message = "{identity.user.roles.required}") Set<Role> roles, Set<Long> teamIds,
			@Size(max = 500, message = "{validation.too-long}") String reason, long version) {

		EditUserForm {
			roles = UserAdministration.present(roles);
			teamIds = UserAdministration.present(teamIds);
		}

	}

}
