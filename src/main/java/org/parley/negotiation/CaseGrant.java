package org.parley.negotiation;

import java.util.List;

import org.parley.protection.Classification;

/**
 * What {@link CaseAccess} answers about a case and a user: the case's team, stage and
 * version, its level and the HQ reviewers named on it, and what the user may do with it.
 *
 * @param version the case's version, for an optimistic check by whoever changes it
 * @param mayWork the user is a field officer of the case's team
 * @param mayDecide the user is an HQ reviewer of the case's team
 * @param level the case's classification (decision 0022)
 * @param namedReviewers the HQ reviewers named on the case (they read its strictly
 * confidential fields and those of its rounds)
 * @param mayOpenStrict the user may read strictly confidential values of the case and its
 * rounds: a field officer of the team or an HQ reviewer named on the case
 */
public record CaseGrant(long caseId, long teamId, CaseStage stage, long version, boolean mayWork, boolean mayDecide,
		Classification level, List<Long> namedReviewers, boolean mayOpenStrict) {

	public CaseGrant {
		level = Classification.orDefault(level, Classification.CONFIDENTIAL);
		namedReviewers = (namedReviewers != null) ? List.copyOf(namedReviewers) : List.of();
	}

	/**
	 * Whether the user may read the sealed fields of a record of the case at this level.
	 */
	public boolean mayOpen(Classification of) {
		return !Classification.orDefault(of, this.level).strict() || this.mayOpenStrict;
	}

	/** Whether the user may read the case's own sealed fields. */
	public boolean mayOpen() {
		return mayOpen(this.level);
	}

	/**
	 * Whether the user may change the level of the case or of its rounds: an HQ reviewer
	 * of the team who may read the case's sealed fields.
	 */
	public boolean mayClassify() {
		return this.mayDecide && mayOpen();
	}

}
