package org.parley.negotiation;

/**
 * What a case tries to obtain. Labels under {@code negotiation.ObjectiveType.<VALUE>}.
 */
public enum ObjectiveType {

	ACCESS_FOR_ASSISTANCE, ACCESS_FOR_HEALTH_CARE, SAFE_PASSAGE, DISTRIBUTION_GROUND_RULES,
	PROTECTION_OF_HEALTH_FACILITY, RELEASE_OF_PERSON, HUMANITARIAN_PAUSE, COMMITMENT_TO_NORMS, OTHER

}
