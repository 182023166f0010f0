package org.parley.protection.web;

import org.parley.protection.EmergencyDestruction;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.web.Flash;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The emergency destruction of a team's strictly confidential data, for administrators
 * (the security configuration lets no one else reach {@code /admin}; the handlers say so
 * too, and the service checks again): one starts it with a reason, another confirms it by
 * typing the team's name, or either cancels it; and the record of what was destroyed.
 */
@Controller
@RequestMapping("/admin/keys/destruction")
@PreAuthorize("hasRole('ADMIN')")
class DestructionAdminController {

	private static final int HISTORY_SHOWN = 20;

	private static final String PAGE = "redirect:/admin/keys/destruction";

	private final EmergencyDestruction destruction;

	DestructionAdminController(EmergencyDestruction destruction) {
		this.destruction = destruction;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("teams", this.destruction.teams(user));
		model.addAttribute("pending", this.destruction.pending(user));
		model.addAttribute("history", this.destruction.history(user, HISTORY_SHOWN));
		model.addAttribute("me", user.username());
		return "admin/destruction";
	}

	@PostMapping
	String start(@RequestParam(required = false) Long teamId, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.destruction.start(teamId, reason, user);
			Flash.warning(redirect, "protection.destruction.started");
		}
		catch (RuleViolation refused) {
			Flash.danger(redirect, refused.messageKey());
		}
		return PAGE;
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam(required = false) String confirmation,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			long destroyed = this.destruction.confirm(id, confirmation, user);
			Flash.success(redirect, "protection.destruction.done", Long.toString(destroyed));
		}
		catch (RuleViolation refused) {
			Flash.danger(redirect, refused.messageKey());
		}
		return PAGE;
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.destruction.cancel(id, user);
			Flash.success(redirect, "protection.destruction.cancelled");
		}
		catch (RuleViolation refused) {
			Flash.danger(redirect, refused.messageKey());
		}
		return PAGE;
	}

}
