package org.parley.protection.keys;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.parley.protection.KeyPurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The data keys this instance has unwrapped, kept in memory for a while ({@code
 * parley.protection.key-cache-ttl}) so that sealing and opening cost no query; read again
 * after that, so that a rotation made by another instance is seen within it. A team's key
 * for a purpose is made the first time one of its values is sealed, and again after an
 * emergency destruction of it. A destroyed key may still open values on another instance
 * until that instance reads it again (at most the cache's time); it seals nothing
 * anywhere once destroyed, as the strictly confidential key is read again at each seal.
 */
@Component
public class Keyring {

	private static final Logger log = LoggerFactory.getLogger(Keyring.class);

	private final DataKeyStore store;

	private final MasterKeys masters;

	private final Clock clock;

	private final long ttlNanos;

	private final Map<Long, DataKey> byId = new ConcurrentHashMap<>();

	private final Map<Slot, Long> bySlot = new ConcurrentHashMap<>();

	public Keyring(DataKeyStore store, MasterKeys masters, ProtectionProperties properties, Clock clock) {
		this.store = store;
		this.masters = masters;
		this.clock = clock;
		this.ttlNanos = properties.keyCacheTtl().toNanos();
	}

	/**
	 * The team's live key for the purpose, to seal with; made if the team has none yet
	 * (or none since its key was destroyed). A team's strictly confidential key is
	 * checked against its row at every use, not only after the cache's time: once it is
	 * destroyed, no instance seals anything more under it.
	 */
	public DataKey forSealing(Long teamId, KeyPurpose purpose) {
		Slot slot = new Slot(teamId, purpose);
		DataKey key;
		if (purpose == KeyPurpose.TEAM_STRICT) {
			DataKeyRow row = this.store.find(teamId, purpose).orElse(null);
			DataKey cached = (row != null) ? this.byId.get(row.id()) : null;
			key = (cached != null && !cached.destroyed() && !cached.olderThan(this.ttlNanos)) ? cached
					: (row != null) ? load(row) : create(teamId, purpose);
		}
		else {
			Long id = this.bySlot.get(slot);
			key = (id != null) ? forOpening(id) : null;
			if (key == null || key.destroyed()) {
				key = this.store.find(teamId, purpose).map(this::load).orElseGet(() -> create(teamId, purpose));
			}
		}
		if (key.destroyed()) {
			// Destroyed between the two reads: the next call makes the new one.
			throw new IllegalStateException("The " + purpose + " key of team " + teamId + " was destroyed on "
					+ key.destroyedAt() + ": nothing more is sealed under it");
		}
		remember(key);
		return key;
	}

	/** The data key of that id, to open with; null when there is none. */
	public DataKey forOpening(long id) {
		DataKey cached = this.byId.get(id);
		if (cached != null && !cached.olderThan(this.ttlNanos)) {
			return cached;
		}
		DataKey key = this.store.find(id).map(this::load).orElse(null);
		if (key != null) {
			remember(key);
		}
		return key;
	}

	/** The data key read again now (a value names a key its keyset did not hold). */
	public DataKey reload(long id) {
		this.byId.remove(id);
		return forOpening(id);
	}

	/**
	 * Forgets a data key once the current transaction commits (at once outside one): the
	 * next use reads the row again.
	 */
	public void forgetAfterCommit(long id) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					Keyring.this.byId.remove(id);
				}
			});
		}
		this.byId.remove(id);
	}

	/**
	 * Adds a new key to the data key's keyset and makes it the one that seals, in the
	 * caller's transaction (the row is locked until it ends).
	 * @return the new key's id
	 */
	public long addPrimary(long id) {
		DataKeyRow row = this.store.lock(id).orElseThrow(() -> new IllegalArgumentException("No data key " + id));
		KeysetHandle keyset = unwrap(row);
		try {
			KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
			builder.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
				.withRandomId()
				.makePrimary());
			KeysetHandle rotated = builder.build();
			store(row, rotated);
			return Integer.toUnsignedLong(rotated.getPrimary().getId());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Data key " + id + " could not be given a new key", ex);
		}
	}

	/**
	 * Deletes every key of the data key's keyset but the one that seals, in the caller's
	 * transaction: values still sealed under them no longer open.
	 * @return how many keys were deleted
	 */
	public int retireAllButPrimary(long id) {
		DataKeyRow row = this.store.lock(id).orElseThrow(() -> new IllegalArgumentException("No data key " + id));
		KeysetHandle keyset = unwrap(row);
		KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
		int deleted = 0;
		for (int i = builder.size() - 1; i >= 0; i--) {
			if (!builder.getAt(i).isPrimary()) {
				builder.deleteAt(i);
				deleted++;
			}
		}
		if (deleted > 0) {
			try {
				store(row, builder.build());
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("Data key " + id + " could not retire its old keys", ex);
			}
		}
		return deleted;
	}

	/**
	 * Wraps a data key again under the master key that wraps now.
	 * @return whether it was rewrapped here (not by another instance first)
	 */
	public boolean rewrap(DataKeyRow row) {
		KeysetHandle keyset = unwrap(row);
		byte[] wrapped = this.masters.wrap(keyset, DataKey.wrappingContext(row.teamId(), row.purpose()));
		return this.store.rewrapped(row.id(), row.masterKeyId(), wrapped, this.masters.primaryId(),
				this.clock.instant());
	}

	/** The master keys in use. */
	public MasterKeys masters() {
		return this.masters;
	}

	private void store(DataKeyRow row, KeysetHandle keyset) {
		byte[] wrapped = this.masters.wrap(keyset, DataKey.wrappingContext(row.teamId(), row.purpose()));
		this.store.rekeyed(row.id(), wrapped, this.masters.primaryId(),
				Integer.toUnsignedLong(keyset.getPrimary().getId()), keyset.size(), this.clock.instant());
		forgetAfterCommit(row.id());
	}

	private DataKey create(Long teamId, KeyPurpose purpose) {
		KeysetHandle keyset = MasterKeys.generate();
		byte[] wrapped = this.masters.wrap(keyset, DataKey.wrappingContext(teamId, purpose));
		return this.store
			.insert(teamId, purpose, wrapped, this.masters.primaryId(),
					Integer.toUnsignedLong(keyset.getPrimary().getId()), this.clock.instant())
			.map((id) -> {
				log.info("A {} data key (id {}) was made for team {}", purpose, id, teamId);
				return DataKey.of(id, teamId, purpose, keyset);
			})
			// Another transaction made it first.
			.orElseGet(() -> load(this.store.find(teamId, purpose).orElseThrow()));
	}

	private DataKey load(DataKeyRow row) {
		if (row.destroyed()) {
			return DataKey.destroyed(row);
		}
		return DataKey.of(row.id(), row.teamId(), row.purpose(), unwrap(row));
	}

	private KeysetHandle unwrap(DataKeyRow row) {
		if (row.destroyed()) {
			throw new IllegalStateException("Data key " + row.id() + " was destroyed on " + row.destroyedAt());
		}
		return this.masters.unwrap(row.wrapped(), row.masterKeyId(),
				DataKey.wrappingContext(row.teamId(), row.purpose()));
	}

	private void remember(DataKey key) {
		this.byId.put(key.id(), key);
		this.bySlot.put(new Slot(key.teamId(), key.purpose()), key.id());
	}

	private record Slot(Long teamId, KeyPurpose purpose) {
	}

}
