package org.parley.negotiation;

/**
 * Forward when a step is complete; back to an earlier step, always with a reason; the
 * closure confirmed by HQ, or returned to the team with a reason.
 */
public enum TransitionKind {

	FORWARD, BACK, CLOSE, CLOSE_RETURNED

}
