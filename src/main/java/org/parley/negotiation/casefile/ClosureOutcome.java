package org.parley.negotiation.casefile;

/**
 * How a case ended. Labels under {@code negotiation.ClosureOutcome.<VALUE>}.
 */
public enum ClosureOutcome {

	AGREEMENT_IN_FORCE, EXPIRED, BREACHED, NO_AGREEMENT, SUSPENDED, WITHDRAWN

}
