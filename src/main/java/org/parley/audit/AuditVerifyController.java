package org.parley.audit;

import org.parley.shared.TeamCalendar;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Verifies the audit chain on request and shows the outcome, with the run before it; each
 * run is kept ({@link AuditVerifications}) for the auditors' start page.
 */
@Controller
class AuditVerifyController {

	private final AuditVerifications verifications;

	private final TeamCalendar calendar;

	AuditVerifyController(AuditVerifications verifications, TeamCalendar calendar) {
		this.verifications = verifications;
		this.calendar = calendar;
	}

	@GetMapping("/audit/verify")
	String verify(Model model) {
		model.addAttribute("previous", this.verifications.last().orElse(null));
		model.addAttribute("report", this.verifications.run());
		model.addAttribute("zone", this.calendar.zone());
		return "audit/verify";
	}

}
