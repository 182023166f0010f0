package org.parley.negotiation.step.analysis;

/**
 * Whether the situation meets the threshold of a non-international armed conflict. Labels
 * under {@code negotiation.LegalRegime.<VALUE>}.
 */
public enum LegalRegime {

	MET, NOT_MET, CONTESTED

}
