package org.parley.negotiation;

/**
 * The nine steps a case walks through (see docs/user-guide.md). Labels are in the message
 * bundles under {@code negotiation.step.<STEP>}.
 */
public enum MethodStep {

	CONFLICT_ANALYSIS, UNDERSTANDING_THE_GROUP, OBJECTIVES, INTERNAL_DECISION, ENGAGEMENT_MODALITY, NEGOTIATION_ROUNDS,
	AGREEMENT, FOLLOW_UP, CLOSURE;

	public String messageKey() {
		return "negotiation.step." + name();
	}

}
