package org.parley.agreement;

import java.time.LocalDate;

/**
 * The scheduled run found a compliance check that has fallen due and is not recorded, or
 * whose window has ended unrecorded (overdue). Published on every run while it is so:
 * listeners that act once per check must remember that they did.
 *
 * @param checkId the check
 * @param agreementId its agreement
 * @param caseId its case
 * @param teamId the team that records it
 * @param dueOn the day it fell due
 * @param overdue its window has ended and it is still not recorded
 */
public record ComplianceCheckDue(long checkId, long agreementId, long caseId, long teamId, LocalDate dueOn,
		boolean overdue) {
}
