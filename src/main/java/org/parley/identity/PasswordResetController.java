package org.parley.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.parley.shared.ReadOnlySafe;
import org.parley.shared.web.Refusals;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where a user chooses their password with the one-time code they were given, when an
 * administrator created their account or reset their password. Reached without signing in
 * (see {@link SecurityConfiguration}).
 */
@Controller
@RequestMapping("/password-reset")
class PasswordResetController {

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new ResetForm(null, null, null, null));
		return "identity/password-reset";
	}

	@PostMapping
	@ReadOnlySafe("Sets the user's own password with a one-time code")
	String redeem(@Valid @ModelAttribute("form") ResetForm form, BindingResult result) {
		if (!result.hasErrors() && !form.newPassword().equals(form.confirmation())) {
			result.rejectValue("confirmation", "identity.password.mismatch");
		}
		if (Refusals.onForm(result, "error.concurrent-edit")
			.attempt(() -> this.resets.redeem(form.username(), form.code(), form.newPassword()))
			.isPresent()) {
			return "redirect:/login?reset";
		}
		return "identity/password-reset";
	}

	record ResetForm(
			@NotBlank(message = "{validation.required}") @Size(max = 100,
					message = "{validation.too-long}") String username,
			@NotBlank(message = "{validation.required}") @Size(max = 40,
					message = "{identity.reset.invalid}") String code,
			@NotBlank(message = "{validation.required}") @Size(max = PasswordPolicy.MAX_BYTES,
					message = "{identity.password.too-long}") String newPassword,
			@NotBlank(message = "{validation.required}") @Size(max = PasswordPolicy.MAX_BYTES,
					message = "{identity.password.too-long}") String confirmation) {

	}

}
