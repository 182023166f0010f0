package org.parley.protection.keys;

import java.util.List;
import java.util.Map;

import org.parley.audit.Actors;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditLog;
import org.parley.audit.FieldChange;
import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What runs once the database is migrated and before Parley serves anyone (a singleton's
 * initialisation, ahead of the web server and the start-up runners): the data keys still
 * wrapped by an older master key are wrapped by the first one (a master key rotation),
 * and every value of a sealed column still in clear (written before sealing existed) is
 * sealed, keyset-paged, one batch per transaction. Several instances starting together
 * are safe: each write applies only if the row is still as it was read.
 */
@Component
public class StartupSealing implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(StartupSealing.class);

	private final DataKeyStore dataKeys;

	private final Keyring keyring;

	private final SealedColumnRegistry registry;

	private final ColumnWalker walker;

	private final FieldSealer sealer;

	private final AuditLog auditLog;

	private final ProtectionProperties properties;

	private final TransactionTemplate transactions;

	public StartupSealing(DataKeyStore dataKeys, Keyring keyring, SealedColumnRegistry registry, ColumnWalker walker,
			FieldSealer sealer, AuditLog auditLog, ProtectionProperties properties,
			PlatformTransactionManager transactionManager) {
		this.dataKeys = dataKeys;
		this.keyring = keyring;
		this.registry = registry;
		this.walker = walker;
		this.sealer = sealer;
		this.auditLog = auditLog;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void afterSingletonsInstantiated() {
		log.info("Sensitive fields are sealed under data keys wrapped by the master key {} ({})",
				this.keyring.masters().primaryId(), String.join(", ", this.keyring.masters().sources()));
		int rewrapped = rewrap();
		if (rewrapped > 0) {
			log.info(
					"{} data keys were wrapped again by the first master key; once every instance runs with it, "
							+ "the other master keysets can be removed from parley.protection.master-keyset",
					rewrapped);
		}
		else if (this.keyring.masters().sources().size() > 1) {
			log.info("Every data key is wrapped by the first master key: the other master keysets listed in "
					+ "parley.protection.master-keyset are no longer needed");
		}
		long sealed = sealUnsealed(false);
		if (sealed > 0) {
			log.info("{} values written before sealing existed were sealed", sealed);
		}
	}

	/**
	 * Wraps every data key still wrapped by another master key by the first one, each
	 * recorded in the audit log.
	 * @return how many were
	 */
	public int rewrap() {
		Integer count = this.transactions.execute((status) -> {
			long primary = this.keyring.masters().primaryId();
			int done = 0;
			for (DataKeyRow row : this.dataKeys.wrappedByOtherThan(primary)) {
				if (this.keyring.rewrap(row)) {
					this.auditLog
						.record(Actors.SYSTEM, AuditAction.UPDATE, "DataKey", Long.toString(row.id()), row.teamId(),
								Map.of("masterKey",
										new FieldChange(String.valueOf(row.masterKeyId()), String.valueOf(primary))),
								null);
					this.keyring.forgetAfterCommit(row.id());
					done++;
				}
			}
			return done;
		});
		return (count != null) ? count : 0;
	}

	/**
	 * Seals every value of a sealed column that is still in clear, under its team's key.
	 * @return how many were
	 */
	public long sealUnsealed() {
		return sealUnsealed(true);
	}

	/**
	 * The same, skipping the columns already swept since the last migration unless
	 * {@code everyColumn}: at start, a column is read whole only once per migration.
	 */
	long sealUnsealed(boolean everyColumn) {
		long total = 0;
		int skipped = 0;
		for (SealedColumn column : this.registry.columns()) {
			if (!everyColumn && this.walker.sweptSinceLastMigration(column)) {
				skipped++;
				continue;
			}
			total += sweep(column);
			this.walker.markSwept(column);
		}
		if (skipped > 0) {
			log.debug("{} sealed columns were already swept since the last migration", skipped);
		}
		return total;
	}

	private long sweep(SealedColumn column) {
		long total = 0;
		String after = null;
		while (true) {
			String from = after;
			List<ColumnWalker.Row> rows = this.transactions
				.execute((status) -> this.walker.unsealed(column, from, this.properties.batchSize()));
			if (rows == null || rows.isEmpty()) {
				break;
			}
			Long done = this.transactions.execute((status) -> {
				long n = 0;
				for (ColumnWalker.Row row : rows) {
					if (row.teamId() == null) {
						log.warn("A value of {} (row {}) has no team and stays in clear", column.place(),
								row.keyText());
						continue;
					}
					Sealed value = this.sealer.seal(row.teamId(), KeyPurpose.TEAM, column, row.value());
					if (this.walker.replace(column, row.key(), row.value(), value.stored())) {
						n++;
					}
				}
				return n;
			});
			total += (done != null) ? done : 0;
			if (rows.size() < this.properties.batchSize()) {
				break;
			}
			after = rows.get(rows.size() - 1).keyText();
		}
		return total;
	}

}
