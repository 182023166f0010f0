package org.parley.negotiation.step.rounds;

/**
 * How a negotiation round took place. Labels under {@code negotiation.Channel.<VALUE>}.
 */
public enum Channel {

	IN_PERSON, PHONE, MESSAGING, INTERMEDIARY

}
