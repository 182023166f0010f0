package org.parley.agreement;

import java.util.List;

import org.parley.agreement.monitoring.ObligationQueries;
import org.parley.shared.CurrentUser;

import org.springframework.stereotype.Service;

/**
 * What agreements in force oblige the teams to record, as the start page and other
 * modules read it: the compliance checks and reviews of groups a field officer's teams
 * have to record, and those overdue in an HQ reviewer's teams.
 */
@Service
public class Obligations {

	private final ObligationQueries queries;

	Obligations(ObligationQueries queries) {
		this.queries = queries;
	}

	/**
	 * Checks the field officer's teams have to record: due by today, the oldest first.
	 */
	public List<CheckView> checksToRecord(CurrentUser user) {
		return this.queries.checksToRecord(user);
	}

	/**
	 * Reviews the field officer's teams have to record: due by today, the oldest first.
	 */
	public List<ReviewView> reviewsToRecord(CurrentUser user) {
		return this.queries.reviewsToRecord(user);
	}

	/** Unrecorded checks whose window has ended, in the user's teams. */
	public List<CheckView> overdueChecks(CurrentUser user) {
		return this.queries.overdueChecks(user);
	}

	/** Unrecorded reviews whose window has ended, in the user's teams. */
	public List<ReviewView> overdueReviews(CurrentUser user) {
		return this.queries.overdueReviews(user);
	}

	/**
	 * Whether a check is one of the agreement's: for records of other modules that refer
	 * to both (an incident found by a check).
	 */
	public boolean isCheckOf(long checkId, long agreementId) {
		return this.queries.isCheckOf(checkId, agreementId);
	}

}
