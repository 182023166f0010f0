package org.parley.armedgroup;

/**
 * The group's stance towards humanitarian actors. Labels are in the message bundles under
 * {@code armedgroup.Stance.<VALUE>}.
 */
public enum Stance {

	ACCEPTING, AMBIVALENT, HOSTILE

}
