package org.parley.negotiation.step.group;

/**
 * How a person of the counterpart's network stands towards the humanitarian objective.
 * Labels under {@code negotiation.Disposition.<VALUE>}.
 */
public enum Disposition {

	SUPPORTIVE, NEUTRAL, OPPOSED, UNKNOWN

}
