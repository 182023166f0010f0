package org.parley.negotiation.step.analysis;

/**
 * The four corners of the CCHN island of agreement: facts both sides accept or dispute,
 * norms they share or not. Labels under {@code negotiation.IslandQuadrant.<VALUE>}.
 */
public enum IslandQuadrant {

	FACT_AGREED, FACT_DISPUTED, NORM_SHARED, NORM_DIVERGENT

}
