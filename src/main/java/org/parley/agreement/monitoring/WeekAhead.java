package org.parley.agreement.monitoring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.agreement.AgreementDraft;
import org.parley.agreement.Commitment;
import org.parley.agreement.internal.DueDates;

/**
 * What an agreement in force brings due from its start up to a week ahead (so that the
 * team sees it coming), never past the end of the version in force: each commitment on
 * its days, and each group that is a party to it every month after HQ first approved it.
 */
final class WeekAhead {

	/** How far ahead obligations are scheduled. */
	static final int DAYS = 7;

	private WeekAhead() {
	}

	/** The days each commitment of the version in force falls due, up to a week ahead. */
	static Map<Commitment, List<LocalDate>> checks(AgreementDraft inForce, LocalDate today) {
		Map<Commitment, List<LocalDate>> due = new LinkedHashMap<>();
		for (Commitment commitment : inForce.commitments()) {
			due.put(commitment,
					DueDates.of(commitment, inForce.validFrom()).between(inForce.validFrom(), until(today, inForce)));
		}
		return due;
	}

	/**
	 * The days the groups are reviewed, up to a week ahead: monthly from the start of
	 * validity, from the first month after HQ first approved the agreement.
	 */
	static List<LocalDate> reviews(AgreementDraft inForce, LocalDate approvedOn, LocalDate today) {
		return DueDates.monthlyAfter(inForce.validFrom()).after(approvedOn, until(today, inForce));
	}

	private static LocalDate until(LocalDate today, AgreementDraft inForce) {
		LocalDate until = today.plusDays(DAYS);
		return (inForce.validTo() != null && inForce.validTo().isBefore(until)) ? inForce.validTo() : until;
	}

}
