package org.parley.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests run against, and the fresh databases they create on it.
 * Where a Docker engine runs, a throwaway PostgreSQL 16 container (Testcontainers);
 * otherwise the local server ({@code PARLEY_TEST_DB_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code PARLEY_TEST_DB_USER} /
 * {@code PARLEY_TEST_DB_PASSWORD}). Every test run works in its own uniquely named
 * database, dropped when the run ends, so runs never see each other's data or the
 * application's. As in production (decision 0019), that user owns the schema and runs the
 * migrations, and the application connects as a role of its own that owns nothing
 * ({@code PARLEY_TEST_DB_APP_USER}, default {@code parley_app}), which the migrations
 * create when the server does not have it yet.
 */
public final class TestDatabase {

	private static final String PREFIX = "parley_test_";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static String adminUrl;

	private static String user;

	private static String password;

	private static String runDatabaseUrl;

	private static final List<String> created = new ArrayList<>();

	private TestDatabase() {
	}

	/** The database of this test run, shared by every Spring test context. */
	public static synchronized String url() {
		if (runDatabaseUrl == null) {
			runDatabaseUrl = createDatabase();
		}
		return runDatabaseUrl;
	}

	public static synchronized String user() {
		start();
		return user;
	}

	public static synchronized String password() {
		start();
		return password;
	}

	/**
	 * The role the application connects as: it may only read and append to the audit log.
	 */
	public static String appUser() {
		return env("PARLEY_TEST_DB_APP_USER", "parley_app");
	}

	/**
	 * Its password, set when the migrations create the role (a throwaway container asks
	 * for one; a local server with trust authentication ignores it).
	 */
	public static String appPassword() {
		return env("PARLEY_TEST_DB_APP_PASSWORD", "parley-app-test");
	}

	/** A new, empty database on the test server, dropped at the end of the run. */
	public static synchronized String createDatabase() {
		start();
		String name = PREFIX + LocalDateTime.now().format(STAMP) + "_"
				+ HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		execute("CREATE DATABASE " + name);
		created.add(name);
		// A test database is thrown away at the end of the run: its commits need not
		// wait for the disk (a few milliseconds each, thousands of them in a run).
		execute("ALTER DATABASE " + name + " SET synchronous_commit TO off");
		return withDatabase(adminUrl, name);
	}

	private static void start() {
		if (adminUrl != null) {
			return;
		}
		if (useDocker()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
			container.start();
			adminUrl = container.getJdbcUrl();
			user = container.getUsername();
			password = container.getPassword();
		}
		else {
			adminUrl = env("PARLEY_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
			user = env("PARLEY_TEST_DB_USER", "postgres");
			password = env("PARLEY_TEST_DB_PASSWORD", "");
			dropAbandonedDatabases();
		}
		Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropAll, "drop-test-databases"));
	}

	private static boolean useDocker() {
		if ("false".equalsIgnoreCase(System.getenv("PARLEY_TEST_DOCKER"))) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * All at once: each drop waits for a checkpoint, and one after the other they could
	 * outlast the time Surefire gives a finished JVM to exit.
	 */
	private static synchronized void dropAll() {
		List<Thread> drops = new ArrayList<>();
		for (String name : created) {
			Thread drop = new Thread(() -> {
				try {
					execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
				}
				catch (RuntimeException ex) {
					System.err.println("Could not drop test database " + name + ": " + ex.getMessage());
				}
			}, "drop-" + name);
			drop.start();
			drops.add(drop);
		}
		for (Thread drop : drops) {
			try {
				drop.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Databases of earlier runs that were killed before they could drop them (older than
	 * a day).
	 */
	private static void dropAbandonedDatabases() {
		String cutoff = LocalDateTime.now().minusDays(1).format(STAMP);
		List<String> abandoned = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
				Statement statement = connection.createStatement();
				ResultSet rs = statement
					.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
			while (rs.next()) {
				String name = rs.getString(1);
				String stamp = name.substring(PREFIX.length(), Math.min(name.length(), PREFIX.length() + 14));
				if (stamp.compareTo(cutoff) < 0) {
					abandoned.add(name);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the test PostgreSQL at " + adminUrl, ex);
		}
		abandoned.forEach((name) -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Test database setup failed: " + sql + " on " + adminUrl, ex);
		}
	}

	private static String withDatabase(String url, String database) {
		int query = url.indexOf('?');
		String base = (query >= 0) ? url.substring(0, query) : url;
		String params = (query >= 0) ? url.substring(query) : "";
		return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
