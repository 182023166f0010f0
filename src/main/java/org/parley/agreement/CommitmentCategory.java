package org.parley.agreement;

/**
 * What a commitment is about. Labels under {@code agreement.CommitmentCategory.<VALUE>}.
 */
public enum CommitmentCategory {

	SAFE_PASSAGE, NO_ARMED_PRESENCE, NO_FEES_ON_AID, NO_RECRUITMENT_OF_MINORS, RESPECT_FOR_HEALTH_CARE, ACCESS_SCHEDULE,
	OTHER

}
