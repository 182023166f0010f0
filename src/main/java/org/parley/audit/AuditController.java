package org.parley.audit;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;

import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.PlausibleDate;
import org.parley.shared.TeamCalendar;
import org.parley.shared.Text;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for administrators (entries about accounts, teams and sign-ins) and
 * auditors (entries about the records of their teams), in the reader's words, filtered by
 * person, kind of record, one record, one case and period; and the chain verification.
 */
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
@Controller
@RequestMapping("/audit")
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditQueries queries;

	private final AuditDescriptions descriptions;

	private final TeamCalendar calendar;

	private final org.parley.shared.web.Moments moments;

	AuditController(AuditQueries queries, AuditDescriptions descriptions, TeamCalendar calendar,
			org.parley.shared.web.Moments moments) {
		this.queries = queries;
		this.descriptions = descriptions;
		this.calendar = calendar;
		this.moments = moments;
	}

	@GetMapping
	String log(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") LogFilter filter,
			BindingResult result, @RequestParam(required = false) Long after, Locale locale, Model model) {
		AuditQueries.Scope scope = scopeOf(user);
		LocalDate from = day(filter.from(), "from", result);
		LocalDate to = day(filter.to(), "to", result);
		if (from != null && to != null && to.isBefore(from)) {
			result.rejectValue("to", "history.filter.period.invalid");
		}
		Long caseId = null;
		if (filter.caseId() != null && !filter.caseId().isBlank()) {
			try {
				caseId = Long.valueOf(filter.caseId().trim());
			}
			catch (NumberFormatException ex) {
				result.rejectValue("caseId", "audit.filter.invalid");
			}
		}
		model.addAttribute("zone", this.moments.zone());
		model.addAttribute("kinds", this.descriptions.kinds(null, locale));
		model.addAttribute("people", this.descriptions.people(new LinkedHashSet<>(this.queries.actors(scope)), locale));
		if (filter.caseId() != null) {
			model.addAttribute("caseTitle",
					this.descriptions.title("NegotiationCase", filter.caseId().toString(), locale));
		}
		if (filter.entityType() != null && filter.entityId() != null) {
			model.addAttribute("recordTitle", this.descriptions.title(filter.entityType(), filter.entityId(), locale));
			model.addAttribute("recordKind", this.descriptions.kind(filter.entityType(), locale));
		}
		if (result.hasErrors()) {
			model.addAttribute("page", new KeysetPage<DescribedEntry>(java.util.List.of(), null));
			return "audit/log";
		}
		AuditQueries.Filter narrowing = new AuditQueries.Filter(Text.blankToNull(filter.actor()),
				Text.blankToNull(filter.entityType()), Text.blankToNull(filter.entityId()), caseId,
				(from != null) ? from.atStartOfDay(this.calendar.zone()).toInstant() : null,
				(to != null) ? to.plusDays(1).atStartOfDay(this.calendar.zone()).toInstant() : null);
		KeysetPage<AuditEntryView> page = this.queries.page(scope, narrowing, after, PAGE_SIZE);
		model.addAttribute("page",
				new KeysetPage<>(this.descriptions.describe(page.items(), locale, user), page.nextCursor()));
		return "audit/log";
	}

	/**
	 * A day typed in a filter (year-month-day), or null; a malformed one, or one outside
	 * the years Parley accepts, is refused at its field.
	 */
	private static LocalDate day(String text, String field, BindingResult result) {
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

	static AuditQueries.Scope scopeOf(CurrentUser user) {
		boolean admin = user.hasRole("ADMIN");
		return new AuditQueries.Scope(admin, user.hasRole("AUDITOR") ? user.teamIds() : java.util.Set.of());
	}

	/**
	 * The log's filters; empty ones do not narrow.
	 *
	 * @param actor a username
	 * @param entityType a record type, as the log records it
	 * @param entityId one record of that type
	 * @param caseId everything filed under one case
	 * @param from the first day, in the teams' calendar
	 * @param to the last day, included
	 */
	record LogFilter(String actor, String entityType, String entityId, String caseId, String from, String to) {

	}

}
