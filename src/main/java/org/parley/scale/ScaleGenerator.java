package org.parley.scale;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.parley.audit.BulkAuditChain;
import org.parley.negotiation.CaseSearch;
import org.parley.protection.FieldSealer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Fills an empty, migrated database with the scale data (docs/performance.md, "Scale
 * data"; decision 0031): one table at a time, with COPY on a connection of the schema's
 * owner (as the migrations run), then the identity sequences moved past the ids written
 * and every table analysed. Refuses a database that already has teams or cases.
 */
@Service
@Profile("scale")
public class ScaleGenerator {

	/** The password of every scale account. */
	public static final String PASSWORD = "parley-scale-2026";

	/** The TOTP secret of the HQ reviewers, auditors and administrator (published). */
	public static final String TOTP_SECRET = "PARLEYDEMOTOTPSECRETPARLEYDEMO23";

	/** The tables whose ids the load writes, with their identity sequences. */
	private static final String[] IDENTITY_TABLES = { "team", "app_user", "armed_group", "negotiation_case",
			"case_transition", "engagement_decision", "negotiation_round", "agreement", "agreement_version",
			"compliance_check", "group_review", "security_incident", "case_moe", "moe_measurement", "case_transfer",
			"access_constraint" };

	private final ScaleProperties properties;

	private final FieldSealer sealer;

	private final BulkAuditChain chain;

	private final CaseSearch search;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final String url;

	private final String owner;

	private final String ownerPassword;

	ScaleGenerator(ScaleProperties properties, FieldSealer sealer, BulkAuditChain chain, CaseSearch search,
			PasswordEncoder passwords, Clock clock, @Value("${spring.datasource.url}") String url,
			@Value("${spring.flyway.user}") String owner, @Value("${spring.flyway.password:}") String ownerPassword) {
		this.properties = properties;
		this.sealer = sealer;
		this.chain = chain;
		this.search = search;
		this.passwords = passwords;
		this.clock = clock;
		this.url = url;
		this.owner = owner;
		this.ownerPassword = ownerPassword;
	}

	/** Makes the data and prints its progress, timings and the benchmark cases. */
	public List<Loader.Timing> generate(PrintStream out) throws SQLException {
		long start = System.nanoTime();
		Layout layout = new Layout(this.properties.factor(), this.properties.seed(), this.clock.instant());
		out.printf(Locale.ROOT, "scale: factor %s, %,d cases per team, seed %d%n", layout.factor, layout.casesPerTeam,
				layout.seed);
		try (Connection connection = connect()) {
			requireEmpty(connection);
			bases(connection, layout);
			connection.commit();
			Loader loader = new Loader(connection, out);
			Directory directory = new Directory(layout);
			SealedTexts sealed = new SealedTexts(this.sealer, layout);
			long hashing = System.nanoTime();
			String hash = this.passwords.encode(PASSWORD);
			loader.step("password hash (once)", 1, hashing);
			DirectoryTables directoryTables = new DirectoryTables(layout, directory, sealed, hash,
					HexFormat.of().formatHex(base32(TOTP_SECRET)));
			directoryTables.teams(loader);
			directoryTables.users(loader);
			directoryTables.groups(loader);
			// Three streams at once from here: the audit log (no foreign keys), the cases
			// and what hangs off them, and the search index once the cases are in.
			ExecutorService streams = Executors.newFixedThreadPool(2);
			List<Loader> loaders = new ArrayList<>(List.of(loader));
			Future<?> audit = streams.submit(() -> {
				try (Connection own = connect()) {
					Loader auditLoader = new Loader(own, out);
					synchronized (loaders) {
						loaders.add(auditLoader);
					}
					new AuditTrail(layout, directory).write(auditLoader, this.chain);
					try (Statement statement = own.createStatement()) {
						statement.execute("SELECT pg_advisory_unlock_all()");
					}
				}
				return null;
			});
			CaseTables cases = new CaseTables(layout, directory, sealed);
			cases.cases(loader);
			Future<?> search = streams.submit(() -> {
				try (Connection own = connect()) {
					Loader searchLoader = new Loader(own, out);
					synchronized (loaders) {
						loaders.add(searchLoader);
					}
					new SearchIndex(layout, this.search).write(searchLoader);
				}
				return null;
			});
			cases.rest(loader);
			directoryTables.constraints(loader);
			join(search);
			join(audit);
			streams.shutdown();
			try (Statement statement = connection.createStatement()) {
				for (String table : IDENTITY_TABLES) {
					statement.execute("SELECT setval(pg_get_serial_sequence('parley." + table + "', 'id'), "
							+ "(SELECT coalesce(max(id), 0) + 1 FROM parley." + table + "), false)");
				}
			}
			connection.commit();
			analyse(connection, loader);
			summary(connection, out, Duration.ofNanos(System.nanoTime() - start));
			List<Loader.Timing> timings = new ArrayList<>();
			loaders.forEach((each) -> timings.addAll(each.timings()));
			return timings;
		}
	}

	private Connection connect() throws SQLException {
		Connection connection = DriverManager.getConnection(this.url, this.owner, this.ownerPassword);
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET search_path TO parley");
			statement.execute("SET synchronous_commit TO off");
		}
		return connection;
	}

	private static void join(Future<?> stream) throws SQLException {
		try {
			stream.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while making the scale data", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof SQLException sql) {
				throw sql;
			}
			throw new IllegalStateException("A stream of the scale data failed", ex.getCause());
		}
	}

	private static void requireEmpty(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT (SELECT count(*) FROM team) + (SELECT count(*) FROM "
						+ "negotiation_case) + (SELECT count(*) FROM armed_group)")) {
			rs.next();
			if (rs.getLong(1) > 0) {
				throw new IllegalStateException("The scale data goes into an empty database: this one already has "
						+ "teams, cases or armed groups. Create a new database (createdb) and point PARLEY_DB_URL at it.");
			}
		}
	}

	private static void bases(Connection connection, Layout layout) throws SQLException {
		layout.teamBase = max(connection, "team");
		layout.userBase = max(connection, "app_user");
		layout.groupBase = max(connection, "armed_group");
		layout.caseBase = max(connection, "negotiation_case");
		layout.transitionBase = max(connection, "case_transition");
		layout.decisionBase = max(connection, "engagement_decision");
		layout.roundBase = max(connection, "negotiation_round");
		layout.agreementBase = max(connection, "agreement");
		layout.versionBase = max(connection, "agreement_version");
		layout.checkBase = max(connection, "compliance_check");
		layout.reviewBase = max(connection, "group_review");
		layout.incidentBase = max(connection, "security_incident");
		layout.moeBase = max(connection, "case_moe");
		layout.measurementBase = max(connection, "moe_measurement");
		layout.transferBase = max(connection, "case_transfer");
		layout.constraintBase = max(connection, "access_constraint");
	}

	private static long max(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void analyse(Connection connection, Loader loader) throws SQLException {
		long start = System.nanoTime();
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			statement.execute("ANALYZE");
		}
		loader.step("ANALYZE", 0, start);
	}

	private static void summary(Connection connection, PrintStream out, Duration took) throws SQLException {
		List<String> cases = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
				SELECT c.title, c.id, (SELECT count(*) FROM audit_entry a WHERE a.case_id = c.id)
				FROM negotiation_case c WHERE c.title LIKE 'Scale benchmark case %' ORDER BY c.title""")) {
			while (rs.next()) {
				cases.add(rs.getString(1) + ": case " + rs.getLong(2) + " (" + rs.getLong(3) + " history entries)");
			}
		}
		long size;
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT pg_database_size(current_database())")) {
			rs.next();
			size = rs.getLong(1);
		}
		out.println("scale: benchmark cases (found by title, e.g. /cases?q=...):");
		cases.stream().limit(3).forEach((line) -> out.println("scale:   " + line));
		if (cases.size() > 3) {
			out.println("scale:   … " + cases.get(cases.size() - 1));
		}
		out.printf(Locale.ROOT, "scale: done in %.1f min, database %,d MB%n", took.toMillis() / 60_000.0,
				size / (1024 * 1024));
	}

	/** RFC 4648 base 32, as authenticator apps read the secret. */
	static byte[] base32(String text) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		byte[] bytes = new byte[text.length() * 5 / 8];
		int buffer = 0;
		int bits = 0;
		int n = 0;
		for (char c : text.toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				bytes[n++] = (byte) (buffer >> (bits - 8));
				bits -= 8;
			}
		}
		return bytes;
	}

}
