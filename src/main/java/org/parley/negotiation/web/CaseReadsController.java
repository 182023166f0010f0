package org.parley.negotiation.web;

import java.util.Locale;

import org.parley.audit.AuditDescriptions;
import org.parley.audit.ReadLog;
import org.parley.audit.ReadRecordView;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseView;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.TeamCalendar;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Who read a case: every opening of the case, its agreements and incidents, every
 * download of its files and every export, newest first. For the team's auditors and HQ
 * reviewers; field officers see the case but not who else read it.
 */
@Controller
class CaseReadsController {

	static final int PAGE_SIZE = 50;

	private final CaseQueries cases;

	private final ReadLog readLog;

	private final TeamCalendar calendar;

	private final org.parley.shared.web.Moments moments;

	private final AuditDescriptions descriptions;

	CaseReadsController(CaseQueries cases, ReadLog readLog, TeamCalendar calendar,
			org.parley.shared.web.Moments moments, AuditDescriptions descriptions) {
		this.descriptions = descriptions;
		this.cases = cases;
		this.readLog = readLog;
		this.calendar = calendar;
		this.moments = moments;
	}

	/** Whether the user may list who read the cases of this team. */
	static boolean mayList(CurrentUser user, long teamId) {
		return user.teamIds().contains(teamId) && (user.hasRole("AUDITOR") || user.hasRole("HQ_REVIEWER"));
	}

	@GetMapping("/cases/{id}/reads")
	String reads(@PathVariable long id, @RequestParam(required = false) Long after,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		CaseView view = this.cases.get(id, user);
		if (!mayList(user, view.teamId())) {
			throw new AccessDeniedException("Only the team's auditors and HQ reviewers see who read its cases");
		}
		model.addAttribute("c", view);
		KeysetPage<ReadRecordView> page = this.readLog.ofCase(id, after, PAGE_SIZE);
		model.addAttribute("page", page);
		model.addAttribute("described", this.descriptions.describeReads(page.items(), locale));
		model.addAttribute("zone", this.moments.zone());
		return "negotiation/reads";
	}

}
