package org.parley.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parley.shared.ReadOnlySafe;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * A user's own personal access tokens: the list, a new token (shown once), revoking.
 * Someone else's token answers as if it did not exist.
 */
@Controller
@ReadOnlySafe("The user's own access tokens: an auditor needs one to read through the API")
@RequestMapping("/account/tokens")
class TokenController {

	/** The flash attribute that carries a new token to the one page that shows it. */
	static final String NEW_TOKEN = "newToken";

	private final PersonalAccessTokens tokens;

	TokenController(PersonalAccessTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	String list(@AuthenticationPrincipal ParleyUser user, Model model) {
		model.addAttribute("form", new NewTokenForm(null, TokenLifetime.DEFAULT));
		return page(user, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal ParleyUser user, @Valid @ModelAttribute("form") NewTokenForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return Refusals.onForm(result, "error.concurrent-edit")
			.attempt(() -> this.tokens.issue(user.id(), form.name(), form.lifetime()))
			.map((issued) -> {
				redirect.addFlashAttribute(NEW_TOKEN, issued);
				Flash.success(redirect, "token.created", issued.name());
				return "redirect:/account/tokens";
			})
			.orElseGet(() -> page(user, model));
	}

	@PostMapping("/{id}/revoke")
	String revoke(@AuthenticationPrincipal ParleyUser user, @PathVariable long id, RedirectAttributes redirect) {
		Refusals.asFlash(redirect, "error.concurrent-edit")
			.attempt(() -> this.tokens.revoke(user.id(), id))
			.ifPresent((name) -> Flash.success(redirect, "token.revoked", name));
		return "redirect:/account/tokens";
	}

	private String page(ParleyUser user, Model model) {
		model.addAttribute("tokens", this.tokens.of(user.id()));
		model.addAttribute("lifetimes", TokenLifetime.values());
		return "identity/tokens";
	}

	/**
	 * A new token: what it is for, and how long it lives.
	 */
	record NewTokenForm(
			@NotBlank(message = "{validation.required}") @Size(max = PersonalAccessTokens.NAME_MAX_LENGTH,
					message = "{token.name.too-long}") String name,
			@NotNull(message = "{validation.required}") TokenLifetime lifetime) {

	}

}
