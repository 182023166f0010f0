package org.parley.protection.keys;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.crypto.tink.KeysetHandle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditLog;
import org.parley.protection.FieldSealer;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.protection.SealedColumns;
import org.parley.protection.Sealers;
import org.parley.support.FreshDatabase;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * An existing database upgraded to sealing, then its master key rotated: the values
 * written in clear before are sealed at the next start, keyset-paged; with the new master
 * key listed first and the old one second, every data key is wrapped again at start; and
 * once the old master key is removed from the configuration, everything still opens.
 */
class MasterKeyRotationTest {

	private static final List<SealedColumn> COLUMNS = List.of(SealedColumn.of("interlocutor", "real_name"),
			SealedColumn.of("interlocutor", "contact_details"), SealedColumn.of("interlocutor", "risk_notes"));

	private static FreshDatabase database;

	private static JdbcTemplate jdbc;

	@BeforeAll
	static void anExistingDatabaseWithValuesInClear() {
		database = new FreshDatabase();
		database.migrate();
		jdbc = new JdbcTemplate(database.dataSource());
		for (String team : List.of("Equipo Norte", "Equipo Sur")) {
			long teamId = jdbc.queryForObject("INSERT INTO team (name, created_at) VALUES (?, now()) RETURNING id",
					Long.class, team);
			for (int i = 1; i <= 3; i++) {
				jdbc.update("""
						INSERT INTO interlocutor (team_id, code_name, real_name, affiliation, intermediary_type,
						                          contact_details, risk_notes, created_by, created_at, updated_at)
						VALUES (?, ?, ?, 'INTERMEDIARY', 'church', ?, ?, 'field.mx', now(), now())""", teamId,
						"CODE-" + i, "Real name " + i + " of " + team, (i < 3) ? "+00 " + i + " " + team : null,
						"Risk " + i + " of " + team);
			}
		}
	}

	@Test
	void valuesInClearAreSealedAtStartAndTheOldMasterKeyCanGoOnceEveryDataKeyIsWrappedAgain() {
		Map<String, String> clear = values();
		assertThat(clear).hasSize(16);
		KeysetHandle oldMaster = MasterKeys.generate();
		KeysetHandle newMaster = MasterKeys.generate();

		Parts before = new Parts(List.of(oldMaster));
		assertThat(before.startup.sealUnsealed()).isEqualTo(16);
		assertThat(before.startup.sealUnsealed()).as("sealed once").isZero();
		Map<String, String> stored = values();
		stored.forEach((cell, value) -> assertThat(value).startsWith(Sealed.PREFIX).doesNotContain("Real name"));
		assertThat(before.opened(stored)).isEqualTo(clear);
		assertThat(jdbc.queryForList("SELECT master_key_id FROM data_key", Long.class)).hasSize(2)
			.containsOnly(before.masters.primaryId());

		// The new master key first, the old one second: every data key is wrapped again.
		Parts during = new Parts(List.of(newMaster, oldMaster));
		assertThat(during.startup.rewrap()).isEqualTo(2);
		assertThat(during.startup.rewrap()).as("wrapped once").isZero();
		verify(during.auditLog, times(2)).record(eq("system"), eq(AuditAction.UPDATE), eq("DataKey"), any(), any(),
				anyMap(), isNull());
		assertThat(jdbc.queryForList("SELECT master_key_id FROM data_key", Long.class))
			.containsOnly(during.masters.primaryId());
		assertThat(values()).as("the values themselves are untouched").isEqualTo(stored);

		// The old master key removed from the configuration: everything still opens.
		Parts after = new Parts(List.of(newMaster));
		assertThat(after.opened(stored)).isEqualTo(clear);
		// ... and without the new one, nothing does.
		Parts lost = new Parts(List.of(oldMaster));
		assertThatThrownBy(() -> lost.opened(stored)).hasMessageContaining("none of the configured master keysets");
	}

	/** Every non-null value of the sealed columns, by "column/id". */
	private static Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		for (SealedColumn column : COLUMNS) {
			jdbc.query("SELECT id, " + column.column() + " AS v FROM interlocutor WHERE " + column.column()
					+ " IS NOT NULL ORDER BY id", (rs) -> {
						values.put(column.column() + "/" + rs.getLong("id"), rs.getString("v"));
					});
		}
		return values;
	}

	/** Parley's sealing as a start with these master keys builds it. */
	private static final class Parts {

		private final MasterKeys masters;

		private final FieldSealer sealer;

		private final StartupSealing startup;

		private final AuditLog auditLog = mock(AuditLog.class);

		Parts(List<KeysetHandle> masterKeysets) {
			this.masters = MasterKeys.of(masterKeysets);
			ProtectionProperties properties = new ProtectionProperties(List.of(), Duration.ofMinutes(1), 2, null);
			DataKeyStore store = new DataKeyStore(database.dataSource());
			Keyring keyring = new Keyring(store, this.masters, properties, Clock.systemUTC());
			this.sealer = Sealers.with(keyring);
			StaticListableBeanFactory beans = new StaticListableBeanFactory();
			beans.addBean("interlocutors", (SealedColumns) () -> COLUMNS);
			this.startup = new StartupSealing(store, keyring,
					new SealedColumnRegistry(beans.getBeanProvider(SealedColumns.class)),
					new ColumnWalker(database.dataSource()), this.sealer, this.auditLog, properties,
					new DataSourceTransactionManager(database.dataSource()));
		}

		Map<String, String> opened(Map<String, String> stored) {
			Map<String, String> opened = new LinkedHashMap<>();
			List<String> cells = new ArrayList<>(stored.keySet());
			for (String cell : cells) {
				String column = cell.substring(0, cell.indexOf('/'));
				long id = Long.parseLong(cell.substring(cell.indexOf('/') + 1));
				long team = jdbc.queryForObject("SELECT team_id FROM interlocutor WHERE id = ?", Long.class, id);
				opened.put(cell, this.sealer.text(team, SealedColumn.of("interlocutor", column),
						Sealed.stored(stored.get(cell))));
			}
			return opened;
		}

	}

}
