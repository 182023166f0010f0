package org.parley.armedgroup;

/**
 * A group as other records point at it: its id and name.
 */
public record GroupRef(long id, String name) {
}
