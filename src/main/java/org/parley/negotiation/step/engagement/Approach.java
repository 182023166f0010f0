package org.parley.negotiation.step.engagement;

import java.util.Arrays;
import java.util.List;

/**
 * Engagement approaches as Hofmann &amp; Schneckener group them. The coercive ones are
 * listed so that the page can say they are not for humanitarian use; they can never be
 * chosen. Labels under {@code negotiation.Approach.<VALUE>}.
 */
public enum Approach {

	COERCION(Family.COERCIVE), CONTAINMENT(Family.COERCIVE), BRIBERY(Family.COERCIVE), BLACKMAIL(Family.COERCIVE),
	MEDIATION(Family.BARGAINING), NEGOTIATION(Family.BARGAINING), COOPTION(Family.BARGAINING),
	INTEGRATION(Family.BARGAINING), PERSUASION(Family.PERSUASION), SOCIALISATION(Family.PERSUASION),
	PUBLIC_PRESSURE(Family.PERSUASION);

	private final Family family;

	Approach(Family family) {
		this.family = family;
	}

	public Family family() {
		return this.family;
	}

	public boolean permitted() {
		return this.family != Family.COERCIVE;
	}

	public static List<Approach> of(Family family) {
		return Arrays.stream(values()).filter((a) -> a.family == family).toList();
	}

	/** The three families; labels under {@code negotiation.Approach.Family.<VALUE>}. */
	public enum Family {

		COERCIVE, BARGAINING, PERSUASION

	}

}
