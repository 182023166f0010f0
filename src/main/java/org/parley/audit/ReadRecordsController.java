package org.parley.audit;

import java.util.Set;

import org.parley.shared.CurrentUser;
import org.parley.shared.TeamCalendar;
import org.parley.shared.Text;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What one person read, for auditors (the records of their teams) and administrators
 * (what belongs to no team: the organisation's own records).
 */
@Controller
class ReadRecordsController {

	static final int PAGE_SIZE = 50;

	private final ReadLog readLog;

	private final TeamCalendar calendar;

	ReadRecordsController(ReadLog readLog, TeamCalendar calendar) {
		this.readLog = readLog;
		this.calendar = calendar;
	}

	@GetMapping("/audit/reads")
	String reads(@RequestParam(required = false) String actor, @RequestParam(required = false) Long after,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		String who = Text.blankToNull(actor);
		model.addAttribute("actor", who);
		model.addAttribute("zone", this.calendar.zone());
		if (who != null) {
			Set<Long> teams = user.hasRole("AUDITOR") ? user.teamIds() : Set.of();
			model.addAttribute("page",
					this.readLog.ofActor(who.strip(), teams, user.hasRole("ADMIN"), after, PAGE_SIZE));
		}
		return "audit/reads";
	}

}
