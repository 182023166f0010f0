package org.parley.protection.keys;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.audit.AuditLog;
import org.parley.protection.SealedColumn;
import org.parley.protection.SealedColumns;
import org.parley.protection.Sealers;
import org.parley.support.FreshDatabase;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * A start reads a sealed column whole only once per migration: Parley seals what it
 * writes, so a second start under the same migrations finds nothing new to seal and does
 * not look (at scale, fifteen full scans took 12 s of every start). A migration that
 * brings values in clear (demo data, an import) is followed by one more sweep.
 */
class StartupSweepTest {

	private static final SealedColumn REAL_NAME = SealedColumn.of("interlocutor", "real_name");

	@Test
	void aStartSweepsEachColumnOnceAfterEachMigration() {
		FreshDatabase database = new FreshDatabase();
		database.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
		long team = jdbc.queryForObject(
				"INSERT INTO team (name, created_at) VALUES ('Equipo Costa', now()) RETURNING id", Long.class);
		StartupSealing startup = startup(database);

		insertInClear(jdbc, team, "CODE-1");
		assertThat(startup.sealUnsealed(false)).as("the first start seals what is in clear").isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM sealing_sweep WHERE place = ?", Long.class,
				REAL_NAME.place()))
			.isOne();

		// A value in clear that no migration brought (Parley never writes one): not
		// looked for.
		insertInClear(jdbc, team, "CODE-2");
		assertThat(startup.sealUnsealed(false)).as("the next start does not read the column again").isZero();

		// A migration applied since: the next start sweeps again, and finds it.
		jdbc.update("""
				INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, installed_by,
				                                   execution_time, success)
				SELECT max(installed_rank) + 1, '9999', 'test migration', 'SQL', 'V9999__test.sql', 'test', 0, true
				FROM flyway_schema_history""");
		assertThat(startup.sealUnsealed(false)).isEqualTo(1);
		assertThat(startup.sealUnsealed()).as("asked explicitly, every column is read; nothing is left").isZero();
		assertThat(jdbc.queryForList("SELECT real_name FROM interlocutor", String.class))
			.allSatisfy((value) -> assertThat(value).startsWith("pk1:"));
	}

	private static void insertInClear(JdbcTemplate jdbc, long team, String code) {
		jdbc.update("""
				INSERT INTO interlocutor (team_id, code_name, real_name, affiliation, intermediary_type,
				                          created_by, created_at, updated_at)
				VALUES (?, ?, ?, 'INTERMEDIARY', 'church', 'field.mx', now(), now())""", team, code,
				"Real name of " + code);
	}

	private static StartupSealing startup(FreshDatabase database) {
		ProtectionProperties properties = new ProtectionProperties(List.of(), Duration.ofMinutes(1), 2, null);
		DataKeyStore store = new DataKeyStore(database.dataSource());
		Keyring keyring = new Keyring(store, MasterKeys.of(List.of(MasterKeys.generate())), properties,
				Clock.systemUTC());
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("interlocutors", (SealedColumns) () -> List.of(REAL_NAME));
		return new StartupSealing(store, keyring, new SealedColumnRegistry(beans.getBeanProvider(SealedColumns.class)),
				new ColumnWalker(database.dataSource()), Sealers.with(keyring), mock(AuditLog.class), properties,
				new DataSourceTransactionManager(database.dataSource()));
	}

}
