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

	/** The step's name in URLs: {@code conflict-analysis}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** The step of a URL name, or null. */
	public static MethodStep ofSlug(String slug) {
		for (MethodStep step : values()) {
			if (step.slug().equals(slug)) {
				return step;
			}
		}
		return null;
	}

	/**
	 * Whether engagement with the other side is involved: these wait for HQ's decision.
	 */
	public boolean engages() {
		return ordinal() > INTERNAL_DECISION.ordinal();
	}

}
