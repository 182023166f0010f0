package org.parley.protection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.protection.keys.DataKeyRow;
import org.parley.protection.keys.DataKeyStore;
import org.parley.protection.keys.Keyring;
import org.parley.protection.keys.RotationJob;
import org.parley.protection.keys.RotationRow;
import org.parley.protection.keys.RotationStore;
import org.parley.protection.keys.SealedColumnRegistry;
import org.parley.protection.keys.StartupSealing;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rotation of the keys, without stopping Parley. A team's data key: an administrator
 * starts it, a new key seals from then on, and a background job reseals, keyset-paged,
 * every value the older keys sealed, then deletes them. The master key: the new keyset is
 * listed first in {@code parley.protection.master-keyset} and the old one second; at
 * start every data key is wrapped again by the new one, after which the old one can go.
 * Both are recorded in the audit log.
 */
@Service
public class KeyRotations {

	private final DataKeyStore dataKeys;

	private final RotationStore rotations;

	private final RotationJob job;

	private final Keyring keyring;

	private final SealedColumnRegistry registry;

	private final StartupSealing startup;

	private final ObjectProvider<KeyOwnerNames> owners;

	KeyRotations(DataKeyStore dataKeys, RotationStore rotations, RotationJob job, Keyring keyring,
			SealedColumnRegistry registry, StartupSealing startup, ObjectProvider<KeyOwnerNames> owners) {
		this.dataKeys = dataKeys;
		this.rotations = rotations;
		this.job = job;
		this.keyring = keyring;
		this.registry = registry;
		this.startup = startup;
		this.owners = owners;
	}

	/** The id of the master key that wraps data keys now. */
	public long masterKeyId() {
		return this.keyring.masters().primaryId();
	}

	/** How many master keysets are configured (more than one during a rotation). */
	public int masterKeysets() {
		return this.keyring.masters().sources().size();
	}

	/** Every data key, the system's first, then by team and purpose. */
	@Transactional(readOnly = true)
	public List<DataKeyView> keys() {
		List<DataKeyRow> rows = this.dataKeys.all();
		Map<Long, String> names = names(rows.stream().map(DataKeyRow::teamId).toList());
		long master = masterKeyId();
		return rows.stream()
			.map((row) -> new DataKeyView(row.id(), row.teamId(), names.get(row.teamId()), row.purpose(), row.keys(),
					row.primaryKeyId(), row.masterKeyId(), row.masterKeyId() != null && row.masterKeyId() == master,
					row.createdAt(), row.rotatedAt(), row.destroyedAt(), this.rotations.runningFor(row.id())))
			.toList();
	}

	/** The latest rotations, the newest first. */
	@Transactional(readOnly = true)
	public List<RotationView> rotations(int limit) {
		List<RotationRow> rows = this.rotations.recent(limit);
		Map<Long, DataKeyRow> keys = new HashMap<>();
		rows.forEach((r) -> keys.computeIfAbsent(r.dataKeyId(), (id) -> this.dataKeys.find(id).orElseThrow()));
		Map<Long, String> names = names(keys.values().stream().map(DataKeyRow::teamId).toList());
		int columns = this.registry.columns().size();
		List<RotationView> views = new ArrayList<>();
		for (RotationRow r : rows) {
			DataKeyRow key = keys.get(r.dataKeyId());
			views.add(new RotationView(r.id(), r.dataKeyId(), key.teamId(), names.get(key.teamId()), key.purpose(),
					r.newKeyId(), r.requestedBy(), r.requestedAt(), r.running(), r.pass(),
					Math.min(r.columnsDone(), columns), columns, r.resealed(), r.retiredKeys(), r.finishedAt()));
		}
		return views;
	}

	/**
	 * Starts the rotation of a data key (administrators only): a new key seals from now;
	 * the background job reseals the rest.
	 * @return the rotation's id
	 * @throws RuleViolation when the key is destroyed or being rotated already
	 */
	public long rotate(long dataKeyId, CurrentUser user) {
		if (!user.hasRole("ADMIN")) {
			throw new AccessDeniedException("Only administrators rotate keys");
		}
		DataKeyRow row = this.dataKeys.find(dataKeyId).orElseThrow(() -> new DataKeyNotFoundException(dataKeyId));
		if (row.destroyed()) {
			throw new RuleViolation(null, "protection.rotation.destroyed");
		}
		if (this.rotations.runningFor(dataKeyId)) {
			throw new RuleViolation(null, "protection.rotation.already-running");
		}
		try {
			return this.job.start(dataKeyId, user.username());
		}
		catch (IllegalStateException | org.springframework.dao.DuplicateKeyException ex) {
			// Started by someone else in between.
			throw new RuleViolation(null, "protection.rotation.already-running");
		}
	}

	/**
	 * One batch of a running rotation (the background job calls it until there is none).
	 * @return whether there was work
	 */
	public boolean step() {
		return this.job.step();
	}

	/**
	 * Wraps every data key by the first master key now (done at every start too).
	 * @return how many were wrapped again
	 */
	public int rewrapUnderCurrentMaster() {
		return this.startup.rewrap();
	}

	/**
	 * Seals every value of a sealed column still in clear (done at every start too).
	 * @return how many were
	 */
	public long sealUnsealed() {
		return this.startup.sealUnsealed();
	}

	private Map<Long, String> names(List<Long> teamIds) {
		Set<Long> ids = new HashSet<>();
		teamIds.stream().filter((id) -> id != null).forEach(ids::add);
		KeyOwnerNames source = this.owners.getIfAvailable();
		return (source == null || ids.isEmpty()) ? Map.of() : source.names(ids);
	}

}
