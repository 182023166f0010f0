package org.parley.incident;

/**
 * How certain the information is, as the WHO Surveillance System for Attacks on Health
 * Care grades it: confirmed, probable, possible. Labels under
 * {@code incident.Certainty.<VALUE>}.
 */
public enum Certainty {

	CONFIRMED, PROBABLE, POSSIBLE

}
