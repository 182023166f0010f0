package org.parley.armedgroup;

/**
 * The overall strategy the organisation observes towards the group (Wennmann). Labels are
 * in the message bundles under {@code armedgroup.Strategy.<VALUE>}.
 */
public enum Strategy {

	CONFRONTATION, ACCOMMODATION, TRANSFORMATION

}
