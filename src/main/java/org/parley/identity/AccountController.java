package org.parley.identity;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's own account: changing their password (forced at first sign-in and after a
 * reset).
 */
@Controller
class AccountController {

	private final Accounts accounts;

	AccountController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("form", new PasswordForm(null, null, null));
		return "identity/password";
	}

	@ReadOnlySafe("Changes the user's own password")
	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal ParleyUser user, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, RedirectAttributes redirect, HttpSession session) {
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmPassword")
				&& !form.newPassword().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "identity.password.mismatch");
		}
		if (Refusals.onForm(result, "error.concurrent-edit")
			.attempt(() -> this.accounts.changePassword(user.id(), form.currentPassword(), form.newPassword(),
					session.getId()))) {
			Flash.success(redirect, "identity.password.changed");
			return "redirect:/";
		}
		return "identity/password";
	}

	/**
	 * The password change form. Passwords are never sent back to the browser.
	 */
	record PasswordForm(@NotBlank(message = "{validation.required}") String currentPassword,
			@NotBlank(message = "{validation.required}") @Size(max = PasswordPolicy.MAX_BYTES,
					message = "{identity.password.too-long}") String newPassword,
			@NotBlank(message = "{validation.required}") String confirmPassword) {

	}

}
