package org.parley.home;

import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseStatus;
import org.parley.negotiation.MethodStep;
import org.parley.agreement.Agreements;
import org.parley.agreement.Obligations;
import org.parley.shared.CurrentUser;
import org.parley.shared.TeamCalendar;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after sign-in: what each role has to do next. Field officers see the
 * cases they lead and their next steps due; HQ reviewers see the decisions and closures
 * waiting for them, their teams' cases by step, and the next steps overdue.
 */
@Controller
class HomeController {

	private final CaseQueries cases;

	private final TeamCalendar calendar;

	private final Agreements agreements;

	private final Obligations obligations;

	HomeController(CaseQueries cases, TeamCalendar calendar, Agreements agreements, Obligations obligations) {
		this.obligations = obligations;
		this.agreements = agreements;
		this.cases = cases;
		this.calendar = calendar;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("today", this.calendar.today());
		if (user.hasRole("FIELD_OFFICER")) {
			model.addAttribute("myCases", this.cases.page(user,
					new CaseQueries.CaseFilter(true, null, CaseStatus.ACTIVE, null, null, null, false), null, 10));
			model.addAttribute("nextSteps",
					this.cases.nextStepsDue(user, true, this.calendar.today().plusDays(14), 20));
			model.addAttribute("checksToRecord", this.obligations.checksToRecord(user));
			model.addAttribute("reviewsToRecord", this.obligations.reviewsToRecord(user));
		}
		if (user.hasRole("HQ_REVIEWER")) {
			model.addAttribute("waiting", this.cases.decisionsWaitingFor(user));
			model.addAttribute("closures", this.cases.closuresWaitingFor(user));
			model.addAttribute("agreementsWaiting", this.agreements.waitingFor(user));
			model.addAttribute("overdueChecks", this.obligations.overdueChecks(user));
			model.addAttribute("overdueReviews", this.obligations.overdueReviews(user));
			model.addAttribute("byStep", this.cases.activeByStep(user));
			model.addAttribute("overdue", this.cases.nextStepsDue(user, false, this.calendar.today().minusDays(1), 50));
			model.addAttribute("steps", org.parley.negotiation.MethodStep.values());
		}
		return "home/home";
	}

}
