package org.parley.agreement;

import java.time.LocalDate;
import java.util.List;

/**
 * A dispute under an agreement as its page, the API and the start page show it, with its
 * contacts, oldest first.
 *
 * @param about the text of the commitment it is about, or null
 * @param checkDueOn the due date of the compliance check it is about, or null
 */
public record DisputeView(long id, long agreementId, long caseId, String agreementTitle, LocalDate raisedOn,
		DisputeParty raisedBy, String raisedByName, String commitmentKey, String about, Long checkId,
		LocalDate checkDueOn, DisputeSettlement mechanism, String summary, DisputeState state, String outcome,
		LocalDate closedOn, String closedBy, String recordedBy, long version, List<Contact> contacts) {

	public boolean open() {
		return this.state == DisputeState.OPEN;
	}

	/** One hearing, meeting, call or letter of a dispute. */
	public record Contact(long id, LocalDate heldOn, DisputeContactKind kind, String participants, String note,
			String recordedBy) {
	}

}
