package org.parley.agreement;

import java.time.LocalDate;

/**
 * A compliance check as pages and the API show it.
 *
 * @param due its due date has come (it can be recorded)
 * @param overdue not recorded and its window has ended
 */
public record CheckView(long id, long agreementId, long caseId, String commitmentKey, String owedBy, String what,
		LocalDate dueOn, LocalDate windowEnds, CheckResult result, String evidence, String source, LocalDate checkedOn,
		String recordedBy, long version, boolean due, boolean overdue) {
}
