package org.parley.incident;

/**
 * Who an incident is attributed to: a group of the registry, or unknown.
 *
 * @param groupId the group's id, or null when unknown
 * @param name the group's name, or null when unknown
 */
public record Perpetrator(Long groupId, String name) {

	public boolean known() {
		return this.groupId != null;
	}

}
