package org.parley.negotiation.step;

import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.CaseView;
import org.parley.shared.CurrentUser;

/**
 * A step page being drawn (or a step's API content being read) for a reader who may see
 * the case.
 *
 * @param c the case
 * @param grant what the reader may do with it (checked once for the page)
 * @param query what the page was asked to open (a row to edit, a group to assess, two
 * assessments to compare)
 */
public record StepPage(CaseView c, CaseGrant grant, CurrentUser user, Query query) {

	public long caseId() {
		return this.c.id();
	}

	/**
	 * What a step page was asked to open.
	 *
	 * @param edit a row to edit (a round, a measure, a measurement, an assessment)
	 * @param assess a group to assess anew
	 * @param compare an assessment to compare
	 * @param with the assessment to compare it with
	 */
	public record Query(Long edit, Long assess, Long compare, Long with) {

		public static final Query NONE = new Query(null, null, null, null);

	}

}
