package org.parley.armedgroup;

/**
 * How one group relates to another. Labels are in the message bundles under
 * {@code armedgroup.RelationKind.<VALUE>}.
 */
public enum RelationKind {

	ALLIANCE, RIVALRY, TRUCE, SPLINTER_OF, SUBORDINATE_TO

}
