package org.parley.agreement.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** One commitment's implementation in a month (yyyy-MM), scored 0 to 3, with a note. */
public record ScoreForm(String commitment, String month, Integer score, String note) {

	/**
	 * The first day of the month, or null if it is not a month (refused with a message).
	 */
	LocalDate period() {
		try {
			return YearMonth.parse((this.month != null) ? this.month : "").atDay(1);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
