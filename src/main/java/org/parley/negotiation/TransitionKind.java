package org.parley.negotiation;

/**
 * Forward when a step is complete; back to an earlier step, always with a reason.
 */
public enum TransitionKind {

	FORWARD, BACK

}
