package org.parley.shared;

/**
 * Someone else saved the record since the user opened it. The user's input is kept and
 * shown again with a message; nothing is overwritten silently.
 */
public class ConcurrentEditException extends RuntimeException {

	public ConcurrentEditException(String entityType, Object id) {
		super(entityType + " " + id + " was changed by someone else");
	}

	/**
	 * Fails when the version the user edited is not the one stored.
	 */
	public static void check(String entityType, Object id, long expectedVersion, long actualVersion) {
		if (expectedVersion != actualVersion) {
			throw new ConcurrentEditException(entityType, id);
		}
	}

}
