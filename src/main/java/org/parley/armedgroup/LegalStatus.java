package org.parley.armedgroup;

/**
 * Whether the group is a party to a non-international armed conflict. Labels are in the
 * message bundles under {@code armedgroup.LegalStatus.<VALUE>}.
 */
public enum LegalStatus {

	YES, NO, CONTESTED

}
