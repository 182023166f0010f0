package org.parley.protection.web;

import org.parley.protection.KeyRotations;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The keys that seal sensitive fields, for administrators (the security configuration
 * lets no one else reach {@code /admin}): which master key wraps the data keys, each
 * team's data keys, and the rotations with how far they went. An administrator starts a
 * rotation of a team's data key here; it runs in the background.
 */
@PreAuthorize("hasRole('ADMIN')")
@Controller
@RequestMapping("/admin/keys")
class KeysAdminController {

	private static final int ROTATIONS_SHOWN = 20;

	private final KeyRotations rotations;

	KeysAdminController(KeyRotations rotations) {
		this.rotations = rotations;
	}

	@GetMapping
	String keys(Model model) {
		model.addAttribute("masterKeyId", Long.toString(this.rotations.masterKeyId()));
		model.addAttribute("masterKeysets", this.rotations.masterKeysets());
		model.addAttribute("keys", this.rotations.keys());
		model.addAttribute("rotations", this.rotations.rotations(ROTATIONS_SHOWN));
		return "admin/keys";
	}

	@PostMapping("/rotations")
	String rotate(@RequestParam long keyId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.rotations.rotate(keyId, user);
			Flash.success(redirect, "protection.rotation.started", Long.toString(keyId));
		}
		catch (RuleViolation refused) {
			Flash.danger(redirect, refused.messageKey());
		}
		return "redirect:/admin/keys";
	}

}
