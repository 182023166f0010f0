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

	private final java.util.List<AuditNeedToKnow> needToKnow;

	AuditController(AuditQueries queries, AuditChainVerifier verifier, java.util.List<AuditNeedToKnow> needToKnow) {
		this.queries = queries;
		this.verifier = verifier;
		this.needToKnow = needToKnow;
	}

	@GetMapping
	String log(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) Long after, Model model) {
		AuditQueries.Filter filter = new AuditQueries.Filter(Text.blankToNull(actor), Text.blankToNull(entityType),
				Text.blankToNull(entityId));
		KeysetPage<AuditEntryView> page = this.queries.page(scopeOf(user), filter, after, PAGE_SIZE);
		model.addAttribute("page",
				new KeysetPage<>(page.items().stream().map((e) -> masked(e, user)).toList(), page.nextCursor()));
		model.addAttribute("filter", filter);
		return "audit/log";
	}

	/**
	 * The entry with its values hidden when the record's module says the reader may not
	 * read the record (an auditor and a team's interlocutors): who, when and which fields
	 * stay visible.
	 */
	private AuditEntryView masked(AuditEntryView entry, CurrentUser user) {
		if (this.needToKnow.stream().allMatch((n) -> n.mayReadValues(entry.entityType(), entry.teamId(), user))) {
			return entry;
		}
		java.util.Map<String, FieldChange> hidden = new java.util.LinkedHashMap<>();
		entry.changes()
			.forEach((field, change) -> hidden.put(field, new FieldChange((change.oldValue() != null) ? HIDDEN : null,
					(change.newValue() != null) ? HIDDEN : null)));
		return new AuditEntryView(entry.seq(), entry.occurredAt(), entry.actor(), entry.action(), entry.entityType(),
				entry.entityId(), entry.teamId(), hidden, (entry.reason() != null) ? HIDDEN : null, entry.hash(),
				entry.prevHash(), entry.caseId(), entry.caseSeq(), entry.casePrevHash());
	}

	/** What a value hidden by need-to-know reads as. */
	static final String HIDDEN = "[need-to-know]";

	static AuditQueries.Scope scopeOf(CurrentUser user) {
		boolean admin = user.hasRole("ADMIN");
		return new AuditQueries.Scope(admin, user.hasRole("AUDITOR") ? user.teamIds() : java.util.Set.of());
	}

}
