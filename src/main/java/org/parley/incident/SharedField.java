package org.parley.incident;

import java.util.EnumSet;
import java.util.Set;

/**
 * The fields of an incident that may each be shared with other agencies or kept
 * confidential. Labels under {@code incident.SharedField.<VALUE>}.
 */
public enum SharedField {

	TYPE, AFFECTED, OCCURRED_ON, COUNTRY, REGION, LOCALITY, PLACE_DESCRIPTION, PERPETRATOR, PEOPLE, CERTAINTY,
	NARRATIVE, SOURCES;

	/**
	 * Shared unless someone decides otherwise: what other agencies need to count and
	 * compare incidents. The precise place, the narrative and the sources can identify
	 * people and stay confidential.
	 */
	public static Set<SharedField> defaults() {
		return EnumSet.of(TYPE, AFFECTED, OCCURRED_ON, COUNTRY, REGION, PERPETRATOR, PEOPLE, CERTAINTY);
	}

}
