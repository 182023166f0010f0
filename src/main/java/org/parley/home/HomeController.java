package org.parley.home;

import org.parley.negotiation.CaseStatus;
import org.parley.negotiation.CaseWorkflow;
import org.parley.negotiation.Cases;
import org.parley.shared.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after sign-in: what each role has to do next. Field officers see the
 * cases they lead; HQ reviewers see the decisions waiting for them.
 */
@Controller
class HomeController {

	private final Cases cases;

	private final CaseWorkflow workflow;

	HomeController(Cases cases, CaseWorkflow workflow) {
		this.cases = cases;
		this.workflow = workflow;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (user.hasRole("FIELD_OFFICER")) {
			model.addAttribute("myCases", this.cases.page(user, true, null, CaseStatus.ACTIVE, null, 10));
		}
		if (user.hasRole("HQ_REVIEWER")) {
			model.addAttribute("waiting", this.workflow.waitingFor(user));
		}
		return "home/home";
	}

}
