package org.parley.negotiation.step.engagement;

/**
 * Direct engagement, or indirect through intermediaries. Labels under
 * {@code negotiation.Modality.<VALUE>}.
 */
public enum Modality {

	DIRECT, INDIRECT

}
