package org.parley.armedgroup;

/**
 * How far the group controls an area. Labels are in the message bundles under
 * {@code armedgroup.ControlLevel.<VALUE>}.
 */
public enum ControlLevel {

	DOMINANT, CONTESTED, PRESENT

}
