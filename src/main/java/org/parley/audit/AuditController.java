package org.parley.audit;

import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.Text;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for administrators (entries about accounts, teams and sign-ins) and
 * auditors (entries about the records of their teams), and the chain verification.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditQueries queries;

	private final AuditChainVerifier verifier;

	AuditController(AuditQueries queries, AuditChainVerifier verifier) {
		this.queries = queries;
		this.verifier = verifier;
	}

	@GetMapping
	String log(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) Long after, Model model) {
		AuditQueries.Filter filter = new AuditQueries.Filter(Text.blankToNull(actor), Text.blankToNull(entityType),
				Text.blankToNull(entityId));
		KeysetPage<AuditEntryView> page = this.queries.page(scopeOf(user), filter, after, PAGE_SIZE);
		model.addAttribute("page", page);
		model.addAttribute("filter", filter);
		return "audit/log";
	}

	@GetMapping("/verify")
	String verify(Model model) {
		model.addAttribute("report", this.verifier.verify());
		return "audit/verify";
	}

	static AuditQueries.Scope scopeOf(CurrentUser user) {
		boolean admin = user.hasRole("ADMIN");
		return new AuditQueries.Scope(admin, user.hasRole("AUDITOR") ? user.teamIds() : java.util.Set.of());
	}

}
