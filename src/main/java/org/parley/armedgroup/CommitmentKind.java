package org.parley.armedgroup;

/**
 * The form of a humanitarian commitment a group made. Labels are in the message bundles
 * under {@code armedgroup.CommitmentKind.<VALUE>}.
 */
public enum CommitmentKind {

	DEED_OF_COMMITMENT, UNILATERAL_DECLARATION, CODE_OF_CONDUCT, AGREEMENT

}
