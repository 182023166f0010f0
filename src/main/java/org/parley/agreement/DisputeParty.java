package org.parley.agreement;

/**
 * Who raised a dispute: our side, the armed group, the community, or someone else
 * (named). Labels under {@code agreement.DisputeParty.<VALUE>}.
 */
public enum DisputeParty {

	OUR_SIDE, ARMED_GROUP, COMMUNITY, OTHER

}
