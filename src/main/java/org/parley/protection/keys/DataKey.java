package org.parley.protection.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;

import org.parley.protection.KeyPurpose;

/**
 * A data key unwrapped, as an instance keeps it in memory: its keyset's AEAD (every key
 * of the keyset opens, the primary one seals), or for a destroyed key only the date.
 */
public final class DataKey {

	private final long id;

	private final Long teamId;

	private final KeyPurpose purpose;

	private final KeysetHandle keyset;

	private final Aead aead;

	private final long primaryKeyId;

	private final Set<Long> keyIds;

	private final Instant destroyedAt;

	private final long loadedAt = System.nanoTime();

	private DataKey(long id, Long teamId, KeyPurpose purpose, KeysetHandle keyset, Instant destroyedAt) {
		this.id = id;
		this.teamId = teamId;
		this.purpose = purpose;
		this.keyset = keyset;
		this.destroyedAt = destroyedAt;
		Set<Long> ids = new LinkedHashSet<>();
		if (keyset != null) {
			for (int i = 0; i < keyset.size(); i++) {
				ids.add(Integer.toUnsignedLong(keyset.getAt(i).getId()));
			}
			this.primaryKeyId = Integer.toUnsignedLong(keyset.getPrimary().getId());
			try {
				this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("Data key " + id + " is not an AEAD keyset", ex);
			}
		}
		else {
			this.primaryKeyId = -1;
			this.aead = null;
		}
		this.keyIds = Set.copyOf(ids);
	}

	static DataKey of(long id, Long teamId, KeyPurpose purpose, KeysetHandle keyset) {
		return new DataKey(id, teamId, purpose, keyset, null);
	}

	static DataKey destroyed(DataKeyRow row) {
		return new DataKey(row.id(), row.teamId(), row.purpose(), null, row.destroyedAt());
	}

	/** What a wrapped data key is bound to: its owner and purpose. */
	static byte[] wrappingContext(Long teamId, KeyPurpose purpose) {
		return ("parley|data_key|" + purpose.name() + "|team:" + ((teamId != null) ? teamId : "none"))
			.getBytes(StandardCharsets.UTF_8);
	}

	public long id() {
		return this.id;
	}

	public Long teamId() {
		return this.teamId;
	}

	public KeyPurpose purpose() {
		return this.purpose;
	}

	public long primaryKeyId() {
		return this.primaryKeyId;
	}

	public Set<Long> keyIds() {
		return this.keyIds;
	}

	public boolean destroyed() {
		return this.destroyedAt != null;
	}

	public Instant destroyedAt() {
		return this.destroyedAt;
	}

	KeysetHandle keyset() {
		return this.keyset;
	}

	boolean olderThan(long nanos) {
		return System.nanoTime() - this.loadedAt > nanos;
	}

	public byte[] encrypt(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
		requireKeyset();
		return this.aead.encrypt(plaintext, associatedData);
	}

	public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
		requireKeyset();
		return this.aead.decrypt(ciphertext, associatedData);
	}

	private void requireKeyset() {
		if (this.aead == null) {
			throw new IllegalStateException("Data key " + this.id + " was destroyed on " + this.destroyedAt);
		}
	}

}
