package org.parley.negotiation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parley.audit.AuditDescriptions;
import org.parley.audit.AuditEntryView;
import org.parley.audit.AuditQueries;
import org.parley.audit.DescribedEntry;
import org.parley.audit.ReadRecordView;
import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseView;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.PlausibleDate;
import org.parley.shared.TeamCalendar;
import org.parley.shared.Text;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A case's whole history, oldest first, in the reader's words: every change to the case
 * and its records (steps, decisions, rounds, agreements, checks, incidents…), and what
 * was read of it, filtered by kind of record, person and period. Whoever may read the
 * case may read its history, auditors included.
 */
@Controller
class CaseHistoryController {

	static final int PAGE_SIZE = 30;

	private final CaseQueries cases;

	private final CaseAccess access;

	private final CaseHistory records;

	private final AuditQueries audit;

	private final AuditDescriptions descriptions;

	private final TeamCalendar calendar;

	private final org.parley.shared.web.Moments moments;

	CaseHistoryController(CaseQueries cases, CaseAccess access, CaseHistory records, AuditQueries audit,
			AuditDescriptions descriptions, TeamCalendar calendar, org.parley.shared.web.Moments moments) {
		this.cases = cases;
		this.access = access;
		this.records = records;
		this.audit = audit;
		this.descriptions = descriptions;
		this.calendar = calendar;
		this.moments = moments;
	}

	@GetMapping("/cases/{id}/history")
	String history(@PathVariable long id, @ModelAttribute("filter") HistoryFilter filter, BindingResult result,
			@RequestParam(required = false) String after, @AuthenticationPrincipal CurrentUser user, Locale locale,
			Model model) {
		CaseView view = this.cases.get(id, user);
		CaseGrant grant = this.access.of(view, user);
		Map<String, List<String>> records = this.records.records(grant);
		LocalDate from = day(filter.from(), "from", result);
		LocalDate to = day(filter.to(), "to", result);
		if (from != null && to != null && to.isBefore(from)) {
			result.rejectValue("to", "history.filter.period.invalid");
		}
		AuditQueries.CaseFacets facets = this.audit.caseFacets(id, records);
		model.addAttribute("c", view);
		model.addAttribute("zone", this.moments.zone());
		model.addAttribute("kinds", this.descriptions.kinds(facets.kinds(), locale));
		model.addAttribute("people", this.descriptions.people(new LinkedHashSet<>(facets.actors()), locale));
		if (result.hasErrors()) {
			model.addAttribute("page", new KeysetPage<DescribedEntry>(List.of(), null));
			return "negotiation/history";
		}
		AuditQueries.CaseFilter narrowing = new AuditQueries.CaseFilter(Text.blankToNull(filter.kind()),
				Text.blankToNull(filter.person()),
				(from != null) ? from.atStartOfDay(this.calendar.zone()).toInstant() : null,
				(to != null) ? to.plusDays(1).atStartOfDay(this.calendar.zone()).toInstant() : null);
		KeysetPage<AuditQueries.CaseEvent> page = this.audit.caseTimeline(id, records, narrowing, after, PAGE_SIZE);
		model.addAttribute("page", new KeysetPage<>(describe(page.items(), locale, user), page.nextCursor()));
		model.addAttribute("filtered", narrowing.kind() != null || narrowing.actor() != null || narrowing.from() != null
				|| narrowing.to() != null);
		return "negotiation/history";
	}

	/**
	 * A day typed in a filter (year-month-day), or null; a malformed one, or one outside
	 * the years Parley accepts, is refused at its field.
	 */
	static LocalDate day(String text, String field, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalDate day;
		try {
			day = LocalDate.parse(text.trim());
		}
		catch (java.time.format.DateTimeParseException ex) {
			result.rejectValue(field, "history.filter.date.invalid");
			return null;
		}
		if (!PlausibleDate.Range.accepts(day)) {
			result.rejectValue(field, PlausibleDate.MESSAGE_KEY);
			return null;
		}
		return day;
	}

	private List<DescribedEntry> describe(List<AuditQueries.CaseEvent> events, Locale locale, CurrentUser user) {
		List<AuditEntryView> entries = events.stream()
			.filter((e) -> !e.isRead())
			.map(AuditQueries.CaseEvent::entry)
			.toList();
		List<ReadRecordView> reads = events.stream()
			.filter(AuditQueries.CaseEvent::isRead)
			.map((e) -> e.read())
			.toList();
		var described = this.descriptions.describe(entries, locale, user).iterator();
		var read = this.descriptions.describeReads(reads, locale).iterator();
		List<DescribedEntry> timeline = new ArrayList<>(events.size());
		for (AuditQueries.CaseEvent event : events) {
			timeline.add(event.isRead() ? read.next() : described.next());
		}
		return timeline;
	}

	/**
	 * The filters of a case's history.
	 *
	 * @param kind an entity type, or {@code READS}
	 * @param person a username
	 * @param from the first day, in the teams' calendar
	 * @param to the last day, included
	 */
	record HistoryFilter(String kind, String person, String from, String to) {

	}

}
