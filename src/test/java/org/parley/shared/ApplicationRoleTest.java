package org.parley.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.support.FreshDatabase;
import org.parley.support.IntegrationTest;
import org.parley.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Parley connects to its database as a role that owns nothing (decision 0019): it reads
 * and writes the ordinary tables, only reads and appends to the audit log, and cannot
 * switch the log's triggers off. Checked on the running application's own connection.
 */
@IntegrationTest
class ApplicationRoleTest {

	private static final List<String> APPEND_ONLY = List.of("audit_entry", "read_record", "audit_verification",
			"audit_anchor");

	@Autowired
	DataSource dataSource;

	@Test
	void theApplicationConnectsAsARoleThatIsNeitherOwnerNorSuperuser() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);

		assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo(TestDatabase.appUser());
		assertThat(jdbc.queryForObject(
				"SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles" + " WHERE rolname = current_user",
				Boolean.class))
			.isFalse();
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE n.nspname = 'parley' AND pg_get_userbyid(c.relowner) = current_user""", Long.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT has_schema_privilege('parley', 'CREATE')", Boolean.class)).isFalse();
	}

	@Test
	void theApplicationCanNeitherChangeNorEmptyTheAuditLog() throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			for (String table : APPEND_ONLY) {
				for (String sql : List.of("UPDATE " + table + " SET occurred_at = occurred_at", "DELETE FROM " + table,
						"TRUNCATE " + table)) {
					String tried = sql.replace("occurred_at", column(table));
					assertThatThrownBy(() -> statement.executeUpdate(tried)).as(tried)
						.hasMessageContaining("permission denied");
				}
			}
		}
	}

	@Test
	void theApplicationCannotSwitchTheAuditTriggersOff() throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.execute("ALTER TABLE audit_entry DISABLE TRIGGER ALL"))
				.hasMessageContaining("must be owner");
			assertThatThrownBy(() -> statement.execute("DROP TABLE audit_entry")).hasMessageContaining("must be owner");
			assertThatThrownBy(() -> statement.execute("SET session_replication_role = replica"))
				.hasMessageContaining("permission denied");
		}
	}

	@Test
	void aTableAMigrationAddsLaterIsTheApplicationsToWriteWithoutAGrantOfItsOwn() throws SQLException {
		FreshDatabase database = new FreshDatabase();
		database.migrate();
		try (Connection owner = database.connection(); Statement statement = owner.createStatement()) {
			statement.execute("CREATE TABLE parley.added_later (id bigserial PRIMARY KEY, note text)");
		}
		JdbcTemplate app = new JdbcTemplate(database.appDataSource());

		app.update("INSERT INTO parley.added_later (note) VALUES ('written')");
		app.update("UPDATE parley.added_later SET note = 'changed'");

		assertThat(app.queryForObject("SELECT note FROM parley.added_later", String.class)).isEqualTo("changed");
		assertThat(app.update("DELETE FROM parley.added_later")).isOne();
	}

	private static String column(String table) {
		return switch (table) {
			case "audit_verification" -> "ran_at";
			case "audit_anchor" -> "anchored_at";
			default -> "occurred_at";
		};
	}

}
