package org.parley.support;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A new empty database of its own, for tests that must not share the run's database (a
 * migration from nothing, tampering with the audit chain), migrated as its owner.
 */
public final class FreshDatabase {

	private final DriverManagerDataSource dataSource;

	public FreshDatabase() {
		String url = TestDatabase.createDatabase();
		this.dataSource = new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=parley",
				TestDatabase.user(), TestDatabase.password());
	}

	/** The database as its owner sees it: the role that migrates (and could tamper). */
	public DataSource dataSource() {
		return this.dataSource;
	}

	/** The database as the application sees it: the role that owns nothing. */
	public DataSource appDataSource() {
		return new DriverManagerDataSource(this.dataSource.getUrl(), TestDatabase.appUser(),
				TestDatabase.appPassword());
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
			.placeholders(
					java.util.Map.of("app_user", TestDatabase.appUser(), "app_password", TestDatabase.appPassword()))
			.load()
			.migrate();
	}

	public Connection connection() throws SQLException {
		return this.dataSource.getConnection();
	}

}
