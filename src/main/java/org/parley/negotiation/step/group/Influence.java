package org.parley.negotiation.step.group;

/**
 * How much a person weighs on the counterpart's decision. Labels under
 * {@code negotiation.Influence.<VALUE>}.
 */
public enum Influence {

	HIGH, MEDIUM, LOW

}
