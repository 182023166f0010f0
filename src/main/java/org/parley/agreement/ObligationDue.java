package org.parley.agreement;

import java.time.LocalDate;

/**
 * The scheduled run found an obligation of an agreement in force (a compliance check, a
 * review of a group) that has fallen due and is not recorded, or whose window has ended
 * unrecorded (overdue). Published on every run while it is so: listeners that act once
 * per obligation must remember that they did.
 *
 * @param kind a compliance check or a review of a group
 * @param id the check or the review
 * @param agreementId its agreement
 * @param caseId its case
 * @param teamId the team that records it
 * @param dueOn the day it fell due
 * @param overdue its window has ended and it is still not recorded
 */
public record ObligationDue(ObligationKind kind, long id, long agreementId, long caseId, long teamId, LocalDate dueOn,
		boolean overdue) {
}
