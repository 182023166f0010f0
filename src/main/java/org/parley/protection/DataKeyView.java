package org.parley.protection;

import java.time.Instant;

/**
 * A data key as its administration page shows it: never a key, only which keys there are.
 *
 * @param teamName the owning team's name, or null (the system's key)
 * @param keys how many keys its keyset holds (two during a rotation)
 * @param primaryKeyId the key that seals new values
 * @param masterKeyId the master key that wraps it
 * @param wrappedByCurrentMaster whether that is the master key that wraps now
 * @param rotating whether a rotation of it is running
 */
public record DataKeyView(long id, Long teamId, String teamName, KeyPurpose purpose, int keys, Long primaryKeyId,
		Long masterKeyId, boolean wrappedByCurrentMaster, Instant createdAt, Instant rotatedAt, Instant destroyedAt,
		boolean rotating) {

	public boolean destroyed() {
		return this.destroyedAt != null;
	}

}
