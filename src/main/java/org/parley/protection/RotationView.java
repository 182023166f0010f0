package org.parley.protection;

import java.time.Instant;

/**
 * A rotation of a data key and how far it went.
 *
 * @param pass the walk over every sealed column it is in (it ends after a pass that
 * resealed nothing)
 * @param columnsDone the columns done in this pass, of {@code columns}
 * @param resealed the values resealed under the new key so far
 * @param retiredKeys the old keys deleted at the end, once done
 */
public record RotationView(long id, long dataKeyId, Long teamId, String teamName, KeyPurpose purpose, long newKeyId,
		String requestedBy, Instant requestedAt, boolean running, int pass, int columnsDone, int columns, long resealed,
		Integer retiredKeys, Instant finishedAt) {

}
