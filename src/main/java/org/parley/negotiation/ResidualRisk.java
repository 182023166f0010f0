package org.parley.negotiation;

/**
 * What risk of a sanctions breach or of material support remains once the mitigation of a
 * legal assessment is in place. Labels under {@code negotiation.ResidualRisk.<VALUE>}.
 */
public enum ResidualRisk {

	LOW, MEDIUM, HIGH

}
