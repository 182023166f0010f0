package org.parley.retention;

import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Retention for administrators (the security configuration lets no one else reach
 * {@code /admin}): the periods, the purges HQ reviewers proposed, waiting for
 * confirmation, and the records of disposal.
 */
@PreAuthorize("hasRole('ADMIN')")
@Controller
@RequestMapping("/admin/retention")
class RetentionAdminController {

	private static final int PAGE = 25;

	private final RetentionPeriods periods;

	private final CaseRetention retention;

	RetentionAdminController(RetentionPeriods periods, CaseRetention retention) {
		this.periods = periods;
		this.retention = retention;
	}

	@GetMapping
	String retention(@RequestParam(required = false) String proposals, @RequestParam(required = false) String disposals,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("periods", this.periods.all());
		model.addAttribute("minMonths", RetentionPeriods.MIN_MONTHS);
		model.addAttribute("maxMonths", RetentionPeriods.MAX_MONTHS);
		model.addAttribute("proposals", this.retention.proposals(user, proposals, PAGE));
		model.addAttribute("disposals", this.retention.disposals(user, disposals, PAGE));
		return "admin/retention";
	}

	@PostMapping("/periods")
	String setPeriod(@RequestParam(required = false) RecordType type, @RequestParam(required = false) Integer months,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.periods.set(type, months, user);
			Flash.success(redirect, "retention.period.saved");
		}
		catch (RuleViolation refused) {
			Flash.danger(redirect, refused.messageKey());
		}
		return "redirect:/admin/retention";
	}

	@PostMapping("/cases/{id}/purge")
	String purge(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			int destroyed = this.retention.purge(id, confirm, user);
			Flash.success(redirect, "retention.purge.done", Long.toString(id), Integer.toString(destroyed));
		}
		catch (RuleViolation refused) {
			Flash.danger(redirect, refused.messageKey());
		}
		return "redirect:/admin/retention";
	}

}
