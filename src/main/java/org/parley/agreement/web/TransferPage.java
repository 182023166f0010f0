package org.parley.agreement.web;

import java.util.List;
import java.util.Map;

import org.parley.agreement.TransferView;
import org.parley.agreement.transfer.TransferChoices;
import org.parley.agreement.transfer.Transfers;
import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseView;
import org.parley.shared.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The case's transfers page: the transfers, their totals, and the forms' choices. */
@Component
class TransferPage {

	private final Transfers transfers;

	private final TransferChoices choices;

	private final CaseQueries cases;

	private final CaseAccess access;

	/** The currency a new transfer starts with, by the case's country. */
	private static final Map<String, String> CURRENCIES = Map.of("MX", "MXN", "GT", "GTQ", "HN", "HNL", "SV", "USD");

	private final org.parley.shared.TeamCalendar calendar;

	TransferPage(Transfers transfers, TransferChoices choices, CaseQueries cases, CaseAccess access,
			org.parley.shared.TeamCalendar calendar) {
		this.calendar = calendar;
		this.transfers = transfers;
		this.choices = choices;
		this.cases = cases;
		this.access = access;
	}

	String show(long caseId, CurrentUser user, Model model) {
		CaseGrant grant = this.access.toRead(caseId, user);
		CaseView view = this.cases.get(caseId, user);
		List<TransferView> all = this.transfers.of(caseId, user);
		boolean open = !grant.stage().closed();
		model.addAttribute("c", view);
		if (!model.containsAttribute("transfer")) {
			model.addAttribute("transfer", new org.parley.agreement.transfer.TransferRecord(this.calendar.today(), null,
					null, CURRENCIES.getOrDefault(view.country(), "USD"), org.parley.agreement.TransferRecipient.GROUP,
					null, null, null, null, null, null, null, null));
		}
		model.addAttribute("transfers", all);
		model.addAttribute("totals", Transfers.approvedTotals(all));
		model.addAttribute("canWork", grant.mayWork() && open);
		model.addAttribute("canDecide", grant.mayDecide() && open);
		if (grant.mayWork() && open) {
			model.addAttribute("groups", this.choices.groups(view));
			model.addAttribute("interlocutors", this.choices.interlocutors(grant.teamId(), user));
			model.addAttribute("rounds", this.choices.rounds(caseId, user));
			model.addAttribute("commitments", this.choices.commitments(caseId));
		}
		model.addAllAttributes(TransferController.choices());
		if (!model.containsAttribute("review")) {
			model.addAttribute("review", new org.parley.agreement.transfer.TransferReview(null, null, null));
		}
		model.addAttribute("noTotals", Map.of().equals(model.getAttribute("totals")));
		return "agreement/transfers";
	}

}
