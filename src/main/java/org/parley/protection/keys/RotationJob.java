package org.parley.protection.keys;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.parley.audit.Actors;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditLog;
import org.parley.audit.FieldChange;
import org.parley.protection.FieldSealer;
import org.parley.protection.Opened;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.protection.SealedValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The walk of a data key's rotation, one batch per transaction: the rows of one sealed
 * column whose value that data key sealed, in key order, each resealed under the new key
 * unless it already is. A stop loses at most the batch; the next step goes on from the
 * row recorded. When a whole pass reseals nothing, and it began long enough after the
 * rotation for every instance to have read the new key (twice the key cache's life), the
 * older keys are deleted from the keyset.
 */
@Component
public class RotationJob {

	private static final Logger log = LoggerFactory.getLogger(RotationJob.class);

	/** Where a pass stands once its last column is done: after every column's place. */
	static final String END_OF_PASS = "~";

	private final RotationStore rotations;

	private final DataKeyStore dataKeys;

	private final Keyring keyring;

	private final SealedColumnRegistry registry;

	private final ColumnWalker walker;

	private final FieldSealer sealer;

	private final AuditLog auditLog;

	private final Clock clock;

	private final ProtectionProperties properties;

	private final TransactionTemplate transactions;

	public RotationJob(RotationStore rotations, DataKeyStore dataKeys, Keyring keyring, SealedColumnRegistry registry,
			ColumnWalker walker, FieldSealer sealer, AuditLog auditLog, Clock clock, ProtectionProperties properties,
			PlatformTransactionManager transactionManager) {
		this.rotations = rotations;
		this.dataKeys = dataKeys;
		this.keyring = keyring;
		this.registry = registry;
		this.walker = walker;
		this.sealer = sealer;
		this.auditLog = auditLog;
		this.clock = clock;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Starts a rotation of the data key: a new key seals from now on.
	 * @return the rotation's id
	 */
	public long start(long dataKeyId, String actor) {
		return this.transactions.execute((status) -> {
			DataKeyRow row = this.dataKeys.lock(dataKeyId)
				.orElseThrow(() -> new IllegalArgumentException("No data key " + dataKeyId));
			if (row.destroyed()) {
				throw new IllegalStateException("Data key " + dataKeyId + " was destroyed");
			}
			if (this.rotations.runningFor(dataKeyId)) {
				throw new IllegalStateException("Data key " + dataKeyId + " is being rotated already");
			}
			long newKeyId = this.keyring.addPrimary(dataKeyId);
			long id = this.rotations.start(dataKeyId, newKeyId, actor, this.clock.instant());
			this.auditLog.record(actor, AuditAction.UPDATE, "DataKey", Long.toString(dataKeyId), row.teamId(),
					Map.of("primaryKey", new FieldChange(String.valueOf(row.primaryKeyId()), String.valueOf(newKeyId)),
							"keys", new FieldChange(String.valueOf(row.keys()), String.valueOf(row.keys() + 1))),
					null);
			log.info("Data key {} ({} of team {}) rotates to key {} (rotation {})", dataKeyId, row.purpose(),
					row.teamId(), newKeyId, id);
			return id;
		});
	}

	/**
	 * One batch of a running rotation that no other instance is working on.
	 * @return whether there may be more to do at once (false: nothing running, or a
	 * rotation waiting for the other instances to read its new key)
	 */
	public boolean step() {
		Boolean worked = this.transactions.execute((status) -> {
			// A rotation waiting for the other instances does not hold up the others.
			for (RotationRow rotation : this.rotations.claimRunning()) {
				if (step(rotation)) {
					return true;
				}
			}
			return false;
		});
		return Boolean.TRUE.equals(worked);
	}

	private boolean step(RotationRow rotation) {
		DataKeyRow key = this.dataKeys.find(rotation.dataKeyId()).orElseThrow();
		if (key.destroyed()) {
			// Destroyed in an emergency while it rotated: nothing is left to reseal.
			this.rotations.finish(rotation.id(), 0, this.clock.instant());
			return true;
		}
		SealedColumn column = this.registry.atOrAfter(rotation.atColumn());
		if (column != null && !column.place().equals(rotation.atColumn())) {
			// A new column (or the first): from its first row.
			rotation = new RotationRow(rotation.id(), rotation.dataKeyId(), rotation.newKeyId(), rotation.requestedBy(),
					rotation.requestedAt(), rotation.state(), column.place(), null, rotation.pass(),
					rotation.passStartedAt(), rotation.passResealed(), rotation.columnsDone(), rotation.resealed(),
					rotation.retiredKeys(), rotation.finishedAt());
		}
		if (column == null) {
			return endOfPass(rotation, key);
		}
		int batch = this.properties.batchSize();
		List<ColumnWalker.Row> rows = this.walker.sealedUnder(column, key.id(), rotation.afterKey(), batch);
		long resealed = 0;
		for (ColumnWalker.Row row : rows) {
			if (reseal(column, key, rotation.newKeyId(), row)) {
				resealed++;
			}
		}
		if (rows.size() < batch) {
			SealedColumn next = this.registry.after(column);
			this.rotations.progress(rotation.id(), (next != null) ? next.place() : END_OF_PASS, null,
					rotation.columnsDone() + 1, resealed);
		}
		else {
			this.rotations.progress(rotation.id(), column.place(), rows.get(rows.size() - 1).keyText(),
					rotation.columnsDone(), resealed);
		}
		return true;
	}

	private boolean reseal(SealedColumn column, DataKeyRow key, long newKeyId, ColumnWalker.Row row) {
		Sealed value = Sealed.stored(row.value());
		try {
			if (value.keyId() == newKeyId) {
				return false;
			}
			Opened opened = this.sealer.open(row.teamId(), column, value);
			if (opened.isDestroyed() || opened.text() == null) {
				return false;
			}
			Sealed resealed = this.sealer.seal(row.teamId(), key.purpose(), column, opened.text());
			if (resealed.keyId() != newKeyId) {
				this.keyring.reload(key.id());
				resealed = this.sealer.seal(row.teamId(), key.purpose(), column, opened.text());
			}
			return this.walker.replace(column, row.key(), row.value(), resealed.stored());
		}
		catch (SealedValueException ex) {
			log.warn("Rotation of data key {}: a value of {} (row {}) does not open and stays as it is: {}", key.id(),
					column.place(), row.keyText(), ex.getMessage());
			return false;
		}
	}

	/**
	 * A pass that resealed something is followed by another. A clean pass ends the
	 * rotation if it began once every instance had read the new key; otherwise another
	 * pass begins when that time has come.
	 */
	private boolean endOfPass(RotationRow rotation, DataKeyRow key) {
		Instant now = this.clock.instant();
		Instant settled = rotation.requestedAt().plus(this.properties.keyCacheTtl().multipliedBy(2));
		if (rotation.passResealed() > 0) {
			this.rotations.nextPass(rotation.id(), now);
			return true;
		}
		if (rotation.passStartedAt().isBefore(settled)) {
			if (now.isBefore(settled)) {
				return false;
			}
			this.rotations.nextPass(rotation.id(), now);
			return true;
		}
		int retired = this.keyring.retireAllButPrimary(key.id());
		this.rotations.finish(rotation.id(), retired, now);
		this.auditLog.record(Actors.SYSTEM, AuditAction.UPDATE, "DataKey", Long.toString(key.id()), key.teamId(),
				Map.of("keys", new FieldChange(String.valueOf(key.keys()), String.valueOf(key.keys() - retired))),
				null);
		log.info("Rotation {} of data key {} done: {} values resealed over {} passes, {} old keys deleted",
				rotation.id(), key.id(), rotation.resealed(), rotation.pass(), retired);
		return true;
	}

}
