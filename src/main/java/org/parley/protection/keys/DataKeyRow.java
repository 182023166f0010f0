package org.parley.protection.keys;

import java.time.Instant;

import org.parley.protection.KeyPurpose;

/**
 * A row of {@code data_key}: a team's keyset for one purpose, encrypted under a master
 * key.
 *
 * @param teamId the team, or null for the system's key
 * @param wrapped the keyset encrypted under the master key, or null once destroyed
 * @param masterKeyId the master key that wrapped it
 * @param primaryKeyId the key, within the keyset, that seals new values
 */
public record DataKeyRow(long id, Long teamId, KeyPurpose purpose, byte[] wrapped, Long masterKeyId, Long primaryKeyId,
		int keys, Instant createdAt, Instant rotatedAt, Instant destroyedAt) {

	public boolean destroyed() {
		return this.destroyedAt != null;
	}

}
