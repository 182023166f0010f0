package org.parley.negotiation;

/**
 * What a legal and sanctions assessment concludes about engaging a designated group.
 * Labels under {@code negotiation.AssessmentConclusion.<VALUE>}.
 */
public enum AssessmentConclusion {

	PROCEED, PROCEED_WITH_CONDITIONS, DO_NOT_PROCEED

}
