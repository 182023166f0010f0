package org.parley.protection.keys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.parley.protection.KeyPurpose;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The {@code data_key} table kept in memory, for tests of aggregates that seal values
 * without a database.
 */
public class InMemoryDataKeys extends DataKeyStore {

	private final Map<Long, DataKeyRow> rows = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong();

	public InMemoryDataKeys() {
		super(new SimpleDriverDataSource());
	}

	@Override
	public Optional<DataKeyRow> find(long id) {
		return Optional.ofNullable(this.rows.get(id));
	}

	@Override
	public Optional<DataKeyRow> lock(long id) {
		return find(id);
	}

	@Override
	public Optional<DataKeyRow> find(Long teamId, KeyPurpose purpose) {
		return this.rows.values()
			.stream()
			.filter((r) -> Objects.equals(r.teamId(), teamId) && r.purpose() == purpose && !r.destroyed())
			.findFirst();
	}

	@Override
	public List<DataKeyRow> all() {
		return new ArrayList<>(this.rows.values());
	}

	@Override
	public List<DataKeyRow> wrappedByOtherThan(long masterKeyId) {
		return this.rows.values().stream().filter((r) -> !r.destroyed() && r.masterKeyId() != masterKeyId).toList();
	}

	@Override
	public synchronized Optional<Long> insert(Long teamId, KeyPurpose purpose, byte[] wrapped, long masterKeyId,
			long primaryKeyId, Instant now) {
		if (find(teamId, purpose).isPresent()) {
			return Optional.empty();
		}
		long id = this.ids.incrementAndGet();
		this.rows.put(id, new DataKeyRow(id, teamId, purpose, wrapped, masterKeyId, primaryKeyId, 1, now, null, null));
		return Optional.of(id);
	}

	@Override
	public void rekeyed(long id, byte[] wrapped, long masterKeyId, long primaryKeyId, int keys, Instant now) {
		DataKeyRow r = this.rows.get(id);
		this.rows.put(id, new DataKeyRow(id, r.teamId(), r.purpose(), wrapped, masterKeyId, primaryKeyId, keys,
				r.createdAt(), now, null));
	}

	@Override
	public boolean rewrapped(long id, long oldMasterKeyId, byte[] wrapped, long masterKeyId, Instant now) {
		DataKeyRow r = this.rows.get(id);
		if (r.masterKeyId() != oldMasterKeyId) {
			return false;
		}
		this.rows.put(id, new DataKeyRow(id, r.teamId(), r.purpose(), wrapped, masterKeyId, r.primaryKeyId(), r.keys(),
				r.createdAt(), r.rotatedAt(), null));
		return true;
	}

	/**
	 * Destroys a key as the emergency destruction will: its keyset gone, the date kept.
	 */
	@Override
	public boolean destroy(long id, Instant at) {
		DataKeyRow r = this.rows.get(id);
		if (r.destroyed()) {
			return false;
		}
		this.rows.put(id,
				new DataKeyRow(id, r.teamId(), r.purpose(), null, null, null, 0, r.createdAt(), r.rotatedAt(), at));
		return true;
	}

}
