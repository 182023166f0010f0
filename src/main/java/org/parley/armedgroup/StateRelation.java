package org.parley.armedgroup;

/**
 * How the group relates to the state. Labels are in the message bundles under
 * {@code armedgroup.StateRelation.<VALUE>}.
 */
public enum StateRelation {

	CONFRONTATION, COLLUSION, CO_OPTATION

}
