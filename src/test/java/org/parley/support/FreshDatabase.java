package org.parley.support;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A new empty database of its own, for tests that must not share the run's database (a
 * migration from nothing, tampering with the audit chain).
 */
public final class FreshDatabase {

	private final DriverManagerDataSource dataSource;

	public FreshDatabase() {
		String url = TestDatabase.createDatabase();
		this.dataSource = new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=parley",
				TestDatabase.user(), TestDatabase.password());
	}

	public DataSource dataSource() {
		return this.dataSource;
	}

	public String url() {
		return this.dataSource.getUrl();
	}

	public MigrateResult migrate() {
		return Flyway.configure()
			.dataSource(this.dataSource)
			.schemas("parley")
			.defaultSchema("parley")
			.locations("classpath:db/migration")
			.load()
			.migrate();
	}

	public Connection connection() throws SQLException {
		return this.dataSource.getConnection();
	}

}
