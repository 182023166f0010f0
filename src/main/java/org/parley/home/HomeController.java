package org.parley.home;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseStatus;
import org.parley.negotiation.MethodStep;
import org.parley.agreement.Agreements;
import org.parley.agreement.Obligations;
import org.parley.audit.AuditVerifications;
import org.parley.disclosure.DisclosureFilter;
import org.parley.disclosure.DisclosureRequests;
import org.parley.audit.ReadAction;
import org.parley.audit.ReadRecordView;
import org.parley.audit.ReadRecords;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.TeamCalendar;
import org.parley.shared.Text;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The start page after sign-in: what each role has to do next. Field officers see the
 * cases they lead and their next steps due; HQ reviewers see the decisions and closures
 * waiting for them, their teams' cases by step, and the next steps overdue; auditors,
 * their teams' cases by latest activity (open and closed, searchable by title), the
 * exports they made, the audit chain's last verification and the latest requests for
 * personal data. Field officers and HQ reviewers also see the requests for personal data
 * still waiting for a decision.
 */
@Controller
class HomeController {

	/** Agreements waiting for review shown on HQ's start page, longest waiting first. */
	static final int AGREEMENTS_WAITING = 20;

	/** The requests to engage shown on HQ's start page: the oldest, then a count. */
	static final int DECISIONS_WAITING = 20;

	static final int AUDITOR_PAGE_SIZE = 10;

	static final int AUDITOR_DISCLOSURES = 5;

	static final int OPEN_DISCLOSURES = 10;

	private final CaseQueries cases;

	private final TeamCalendar calendar;

	private final org.parley.shared.web.Moments moments;

	private final Agreements agreements;

	private final Obligations obligations;

	private final AuditVerifications verifications;

	private final ReadRecords reads;

	private final DisclosureRequests disclosures;

	HomeController(CaseQueries cases, TeamCalendar calendar, org.parley.shared.web.Moments moments,
			Agreements agreements, Obligations obligations, AuditVerifications verifications, ReadRecords reads,
			DisclosureRequests disclosures) {
		this.disclosures = disclosures;
		this.verifications = verifications;
		this.reads = reads;
		this.obligations = obligations;
		this.agreements = agreements;
		this.cases = cases;
		this.calendar = calendar;
		this.moments = moments;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String after, @RequestParam(required = false) Long exportsAfter,
			java.util.Locale locale, Model model) {
		model.addAttribute("today", this.calendar.today());
		if (user.hasRole("AUDITOR")) {
			String words = Text.blankToNull(q);
			model.addAttribute("q", words);
			model.addAttribute("zone", this.moments.zone());
			model.addAttribute("recentCases",
					this.cases.page(user,
							new CaseQueries.CaseFilter(false, null, null, null, null, null, false).titled(words), after,
							AUDITOR_PAGE_SIZE));
			KeysetPage<ReadRecordView> exports = this.reads.byActor(user.username(), ReadAction.EXPORTED,
					user.teamIds(), false, exportsAfter, AUDITOR_PAGE_SIZE);
			model.addAttribute("exports", exports);
			model.addAttribute("exportTitles", caseTitles(exports.items(), user));
			java.time.ZoneId zone = this.moments.zone();
			model.addAttribute("zoneName", zone.getDisplayName(java.time.format.TextStyle.FULL, locale) + " ("
					+ zone.getId().replace('_', ' ') + ")");
			model.addAttribute("verification", this.verifications.last().orElse(null));
			model.addAttribute("recentDisclosures",
					this.disclosures.page(new DisclosureFilter(null, null), null, AUDITOR_DISCLOSURES, user).items());
		}
		if (user.hasRole("FIELD_OFFICER") || user.hasRole("HQ_REVIEWER")) {
			model.addAttribute("openDisclosures", this.disclosures.open(user, OPEN_DISCLOSURES));
			model.addAttribute("openDisclosureCount", this.disclosures.countOpen(user));
		}
		if (user.hasRole("FIELD_OFFICER")) {
			model.addAttribute("myCases", this.cases.page(user,
					new CaseQueries.CaseFilter(true, null, CaseStatus.ACTIVE, null, null, null, false), null, 10));
			model.addAttribute("nextSteps",
					this.cases.nextStepsDue(user, true, this.calendar.today().plusDays(14), 20));
			model.addAttribute("checksToRecord", this.obligations.checksToRecord(user));
			model.addAttribute("reviewsToRecord", this.obligations.reviewsToRecord(user));
		}
		if (user.hasRole("HQ_REVIEWER")) {
			model.addAttribute("waiting", this.cases.decisionsWaitingFor(user, DECISIONS_WAITING));
			model.addAttribute("waitingCount", this.cases.countDecisionsWaitingFor(user));
			model.addAttribute("closures", this.cases.closuresWaitingFor(user));
			model.addAttribute("agreementsWaiting", this.agreements.oldestWaitingFor(user, AGREEMENTS_WAITING));
			model.addAttribute("agreementsWaitingCount", this.agreements.countWaitingFor(user));
			model.addAttribute("openDisputes", this.agreements.openDisputes(user));
			model.addAttribute("pendingTransfers", this.agreements.pendingTransfers(user));
			model.addAttribute("overdueChecks", this.obligations.overdueChecks(user));
			model.addAttribute("overdueReviews", this.obligations.overdueReviews(user));
			model.addAttribute("byStep", this.cases.activeByStep(user));
			model.addAttribute("overdue", this.cases.nextStepsDue(user, false, this.calendar.today().minusDays(1), 50));
			model.addAttribute("steps", org.parley.negotiation.MethodStep.values());
		}
		return "home/home";
	}

	/**
	 * The titles of the cases exported, for the few on the page, in one query (a case no
	 * longer visible keeps its number).
	 */
	private Map<Long, String> caseTitles(List<ReadRecordView> records, CurrentUser user) {
		return this.cases
			.titles(records.stream().map(ReadRecordView::caseId).filter(Objects::nonNull).distinct().toList(), user);
	}

}
