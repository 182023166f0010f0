package org.parley.armedgroup;

/**
 * How the group is organised. Labels are in the message bundles under
 * {@code armedgroup.Structure.<VALUE>}.
 */
public enum Structure {

	HIERARCHICAL, NETWORKED, FRANCHISE, FRAGMENTED

}
