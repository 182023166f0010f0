package org.parley.negotiation;

/**
 * How urgent a case is. Labels under {@code negotiation.Priority.<VALUE>}.
 */
public enum Priority {

	LOW, MEDIUM, HIGH, CRITICAL

}
