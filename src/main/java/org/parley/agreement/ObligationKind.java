package org.parley.agreement;

/**
 * What an agreement in force obliges the team to record, on a date and within a window: a
 * check of a commitment, or the periodic review of a group that is a party to it.
 */
public enum ObligationKind {

	COMPLIANCE_CHECK, GROUP_REVIEW

}
