package org.parley.agreement.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.parley.agreement.Commitment;

/**
 * The days something falls due: once, or again and again from a first day. Each
 * occurrence is counted from the first (the n-th month after the 31st of January is the
 * last day of a shorter month, and the one after it the 31st again), so that a monthly
 * date never drifts. Calendar days in the teams' time zone: a change of daylight-saving
 * time moves no date.
 *
 * @param first the first day it falls due
 * @param every how often it falls due again, or null if only once
 */
public record DueDates(LocalDate first, Period every) {

	/**
	 * When a commitment falls due from the start of the agreement's validity: on its
	 * date, every week on its weekday (1 Monday … 7 Sunday), or every month on its day (1
	 * to 28, so that it falls in every month).
	 */
	public static DueDates of(Commitment commitment, LocalDate validFrom) {
		return switch (commitment.recurrence()) {
			case NONE -> new DueDates(commitment.dueOn(), null);
			case WEEKLY ->
				new DueDates(nextOrSame(validFrom, DayOfWeek.of(commitment.recurrenceDay())), Period.ofWeeks(1));
			case MONTHLY -> {
				LocalDate first = validFrom.withDayOfMonth(commitment.recurrenceDay());
				yield new DueDates(first.isBefore(validFrom) ? first.plusMonths(1) : first, Period.ofMonths(1));
			}
		};
	}

	/** Every month after a start day, on the same day of the month as the start. */
	public static DueDates monthlyAfter(LocalDate start) {
		return new DueDates(start, Period.ofMonths(1));
	}

	/** The days it falls due from one day to another, both included. */
	public List<LocalDate> between(LocalDate from, LocalDate until) {
		List<LocalDate> dates = new ArrayList<>();
		if (this.every == null) {
			if (!this.first.isBefore(from) && !this.first.isAfter(until)) {
				dates.add(this.first);
			}
			return dates;
		}
		for (int n = 0;; n++) {
			LocalDate date = this.first.plus(this.every.multipliedBy(n));
			if (date.isAfter(until)) {
				return dates;
			}
			if (!date.isBefore(from)) {
				dates.add(date);
			}
		}
	}

	/** The days it falls due again after the first, after one day and up to another. */
	public List<LocalDate> after(LocalDate day, LocalDate until) {
		LocalDate later = day.isBefore(this.first) ? this.first : day;
		return between(later.plusDays(1), until);
	}

	/**
	 * Whether it falls due at least once from one day to another, or from one day on when
	 * there is no end.
	 */
	public boolean fallsWithin(LocalDate from, LocalDate until) {
		if (until == null) {
			return this.every != null || !this.first.isBefore(from);
		}
		return !between(from, until).isEmpty();
	}

	private static LocalDate nextOrSame(LocalDate day, DayOfWeek weekday) {
		LocalDate date = day;
		while (date.getDayOfWeek() != weekday) {
			date = date.plusDays(1);
		}
		return date;
	}

}
