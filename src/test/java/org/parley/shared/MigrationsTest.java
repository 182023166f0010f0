package org.parley.shared;

import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.parley.support.FreshDatabase;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsTest {

	@Test
	void migrationsBuildTheSchemaOnAnEmptyDatabase() throws SQLException {
		FreshDatabase database = new FreshDatabase();

		MigrateResult result = database.migrate();

		assertThat(result.success).isTrue();
		assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(2);
		List<String> tables = new JdbcTemplate(database.dataSource()).queryForList(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = 'parley' ORDER BY 1",
				String.class);
		assertThat(tables).contains("app_user", "audit_entry", "team", "team_member", "user_role",
				"flyway_schema_history");
	}

	@Test
	void migratingTwiceChangesNothing() {
		FreshDatabase database = new FreshDatabase();
		database.migrate();

		MigrateResult again = database.migrate();

		assertThat(again.migrationsExecuted).isZero();
	}

}
