package org.parley.scale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The compliance checks and group reviews of an agreement, on the days the application's
 * hourly schedule would have made them (agreement module: {@code WeekAhead},
 * {@code DueDates}): for an agreement in force, every monthly day of each commitment from
 * its validity up to a week ahead, and every month after HQ's approval for its group; for
 * one that expired when its case closed, the days of its validity. So the schedule, when
 * the application starts on the data, has nothing to add that day.
 */
final class Obligations {

	/** How far ahead the schedule makes obligations (its {@code WeekAhead.DAYS}). */
	static final int DAYS_AHEAD = 7;

	record Dates(List<List<LocalDate>> checks, List<LocalDate> reviews) {
	}

	private Obligations() {
	}

	static int recurrenceDay(int commitment) {
		return 1 + commitment * 9;
	}

	static Dates of(CasePlan p, LocalDate today) {
		List<List<LocalDate>> checks = new ArrayList<>();
		List<LocalDate> reviews = new ArrayList<>();
		boolean inForce = p.inForce() && !p.closed;
		if (!p.agreement || !(inForce || p.closed)) {
			for (int c = 0; c < CasePlan.COMMITMENTS; c++) {
				checks.add(List.of());
			}
			return new Dates(checks, reviews);
		}
		LocalDate validFrom = p.approvalDay;
		LocalDate until = inForce ? today.plusDays(DAYS_AHEAD) : validTo(p);
		for (int c = 0; c < CasePlan.COMMITMENTS; c++) {
			LocalDate first = validFrom.withDayOfMonth(recurrenceDay(c));
			if (first.isBefore(validFrom)) {
				first = first.plusMonths(1);
			}
			checks.add(monthly(first, validFrom, until));
		}
		if (inForce) {
			// Monthly from the start of validity, after the day of approval (the same
			// day).
			reviews.addAll(monthly(validFrom, validFrom.plusDays(1), until));
		}
		return new Dates(checks, reviews);
	}

	/** The last day of an expired agreement: the day its case was closed. */
	static LocalDate validTo(CasePlan p) {
		return CaseTables.day(p.at(9, 0));
	}

	private static List<LocalDate> monthly(LocalDate first, LocalDate from, LocalDate until) {
		List<LocalDate> dates = new ArrayList<>();
		for (int n = 0;; n++) {
			LocalDate date = first.plusMonths(n);
			if (date.isAfter(until)) {
				return dates;
			}
			if (!date.isBefore(from)) {
				dates.add(date);
			}
		}
	}

}
