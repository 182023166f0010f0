package org.parley.negotiation;

/**
 * What {@link CaseAccess} answers about a case and a user: the case's team, stage and
 * version, and what the user may do with it.
 *
 * @param version the case's version, for an optimistic check by whoever changes it
 * @param mayWork the user is a field officer of the case's team
 * @param mayDecide the user is an HQ reviewer of the case's team
 */
public record CaseGrant(long caseId, long teamId, CaseStage stage, long version, boolean mayWork, boolean mayDecide) {

}
