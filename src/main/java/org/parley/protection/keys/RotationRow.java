package org.parley.protection.keys;

import java.time.Instant;

/**
 * A row of {@code key_rotation}: a rotation of a data key, and where its walk stands.
 *
 * @param newKeyId the key that seals from the rotation's start
 * @param atColumn the column being walked ("table.column"), null before the first
 * @param afterKey the key of the last row done in that column, comma-separated
 * @param pass the walk over every sealed column this is (the rotation ends after a pass
 * that resealed nothing)
 * @param retiredKeys how many old keys were deleted at the end
 */
public record RotationRow(long id, long dataKeyId, long newKeyId, String requestedBy, Instant requestedAt, String state,
		String atColumn, String afterKey, int pass, Instant passStartedAt, long passResealed, int columnsDone,
		long resealed, Integer retiredKeys, Instant finishedAt) {

	public static final String RUNNING = "RUNNING";

	public static final String DONE = "DONE";

	public boolean running() {
		return RUNNING.equals(this.state);
	}

}
