package org.parley.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.TeamCalendar;
import org.parley.shared.Text;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What one person read, for auditors (the records of their teams) and administrators
 * (what belongs to no team: the organisation's own records).
 */
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR', 'HQ_REVIEWER')")
@Controller
class ReadRecordsController {

	static final int PAGE_SIZE = 50;

	private final ReadLog readLog;

	private final TeamCalendar calendar;

	private final org.parley.shared.web.Moments moments;

	private final AuditDescriptions descriptions;

	ReadRecordsController(ReadLog readLog, TeamCalendar calendar, org.parley.shared.web.Moments moments,
			AuditDescriptions descriptions) {
		this.readLog = readLog;
		this.calendar = calendar;
		this.moments = moments;
		this.descriptions = descriptions;
	}

	@GetMapping("/audit/reads")
	String reads(@RequestParam(required = false) String actor, @RequestParam(required = false) Long after,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		String who = Text.blankToNull(actor);
		model.addAttribute("actor", (who != null) ? who.strip() : null);
		model.addAttribute("zone", this.moments.zone());
		if (who != null) {
			Set<Long> teams = (user.hasRole("AUDITOR") || user.hasRole("HQ_REVIEWER")) ? user.teamIds() : Set.of();
			KeysetPage<ReadRecordView> page = this.readLog.ofActor(who.strip(), teams, user.hasRole("ADMIN"), after,
					PAGE_SIZE);
			model.addAttribute("page", page);
			model.addAttribute("described", this.descriptions.describeReads(page.items(), locale));
			model.addAttribute("actorName", this.descriptions.people(Set.of(who.strip()), locale).get(who.strip()));
			model.addAttribute("caseTitles", caseTitles(page.items(), locale));
		}
		return "audit/reads";
	}

	/** The cases of the records read, by their titles. */
	private Map<Long, String> caseTitles(List<ReadRecordView> reads, Locale locale) {
		Map<Long, String> titles = new LinkedHashMap<>();
		reads.stream()
			.map(ReadRecordView::caseId)
			.filter(Objects::nonNull)
			.distinct()
			.forEach((id) -> titles.put(id, this.descriptions.title("NegotiationCase", Long.toString(id), locale)));
		return titles;
	}

}
