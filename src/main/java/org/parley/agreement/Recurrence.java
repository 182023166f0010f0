package org.parley.agreement;

/**
 * How often a commitment falls due: once (on its due date), every week on a weekday (1
 * Monday … 7 Sunday), or every month on a day (1 to 28, so that it falls in every month).
 * Labels under {@code agreement.Recurrence.<VALUE>}.
 */
public enum Recurrence {

	NONE, WEEKLY, MONTHLY

}
