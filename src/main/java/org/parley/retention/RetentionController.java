package org.parley.retention;

import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The retention review for HQ reviewers: their teams' closed cases past their period, a
 * purge to propose, and legal holds (which administrators may also set and lift).
 */
@Controller
class RetentionController {

	private static final int PAGE = 25;

	private final CaseRetention retention;

	RetentionController(CaseRetention retention) {
		this.retention = retention;
	}

	@GetMapping("/retention")
	String review(@RequestParam(required = false) String after, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("page", this.retention.review(user, after, PAGE));
		return "retention/review";
	}

	@PostMapping("/retention/cases/{id}/proposal")
	String propose(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.retention.propose(id, user);
			Flash.success(redirect, "retention.purge.proposed", Long.toString(id));
		}
		catch (RuleViolation refused) {
			Flash.danger(redirect, refused.messageKey());
		}
		return back(user);
	}

	@PostMapping("/retention/cases/{id}/hold")
	String hold(@PathVariable long id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.retention.hold(id, reason, user);
			Flash.success(redirect, "retention.hold.set", Long.toString(id));
		}
		catch (RuleViolation refused) {
			Flash.danger(redirect, refused.messageKey());
		}
		return back(user);
	}

	@PostMapping("/retention/cases/{id}/hold/lift")
	String lift(@PathVariable long id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.retention.lift(id, reason, user);
			Flash.success(redirect, "retention.hold.lifted", Long.toString(id));
		}
		catch (RuleViolation refused) {
			Flash.danger(redirect, refused.messageKey());
		}
		return back(user);
	}

	private static String back(CurrentUser user) {
		return user.hasRole("HQ_REVIEWER") ? "redirect:/retention" : "redirect:/admin/retention";
	}

}
