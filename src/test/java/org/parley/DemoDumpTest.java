package org.parley;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.protection.FieldSealer;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.support.IntegrationTest;
import org.parley.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A copy of the demo database taken with {@code pg_dump} (a backup, a seized server)
 * holds none of the demo interlocutors' real names or contact details, none of the places
 * its rounds were held, none of its incidents' localities and none of the requesters or
 * requests of its disclosure register: they are sealed. The values looked for are the
 * demo's own, read back through Parley from the records the demo loader wrote.
 */
@IntegrationTest
class DemoDumpTest {

	private static final String CLINIC = "Mobile clinic access to eleven mountain villages";

	@Autowired
	DataSource dataSource;

	@Autowired
	FieldSealer sealer;

	@Test
	void aDumpOfTheDemoDatabaseHoldsNoNameContactMeetingPlaceOrIncidentLocalityInClear() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		Set<String> names = opened(jdbc, "Interlocutor", "interlocutor", "real_name");
		Set<String> contacts = opened(jdbc, "Interlocutor", "interlocutor", "contact_details");
		Set<String> places = opened(jdbc, "NegotiationRound", "negotiation_round", "place");
		Set<String> localities = opened(jdbc, "Incident", "security_incident", "place_locality");
		Set<String> requesters = openedDemoRequests(jdbc, "requester_name");
		Set<String> requests = openedDemoRequests(jdbc, "requested");
		assertThat(names).as("the demo's real names").hasSizeGreaterThanOrEqualTo(2);
		assertThat(contacts).as("the demo's contact details").hasSizeGreaterThanOrEqualTo(3);
		assertThat(places).as("the demo's meeting places").hasSizeGreaterThanOrEqualTo(2);
		assertThat(localities).as("the demo's incident localities").hasSizeGreaterThanOrEqualTo(2);
		assertThat(requesters).as("the demo's requesters of personal data").hasSize(3);
		assertThat(requests).as("what the demo's requesters asked for").hasSize(3);

		String dump = dump();

		assertThat(dump).as("a real dump of the demo").contains("PASTOR").contains(CLINIC).contains("pk1:");
		// The demo's published TOTP secret, in every form it could be stored in clear
		Set<String> totp = Set.of(org.parley.support.DemoCodes.SECRET, java.util.HexFormat.of()
			.formatHex(org.parley.support.DemoCodes.decode(org.parley.support.DemoCodes.SECRET)));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM second_factor", Long.class)).as("demo second factors")
			.isPositive();
		for (Set<String> secrets : List.of(names, contacts, places, localities, requesters, requests, totp)) {
			for (String secret : secrets) {
				assertThat(dump).as("the dump shows no sealed value in clear").doesNotContain(secret);
			}
		}
	}

	/**
	 * The values of a sealed column in the records the demo loader created (the entries
	 * its one transaction wrote to the audit log), opened.
	 */
	private Set<String> opened(JdbcTemplate jdbc, String entityType, String table, String column) {
		String demo = jdbc.queryForObject("""
				SELECT e.xmin::text FROM audit_entry e JOIN negotiation_case c ON c.id = e.case_id
				WHERE c.title = ? ORDER BY e.case_seq LIMIT 1""", String.class, CLINIC);
		List<Long> ids = jdbc.queryForList("""
				SELECT DISTINCT CAST(entity_id AS bigint) FROM audit_entry
				WHERE entity_type = ? AND action = 'CREATE' AND xmin::text = ?""", Long.class, entityType, demo);
		Set<String> values = new LinkedHashSet<>();
		SealedColumn sealed = SealedColumn.of(table, column);
		for (long id : ids) {
			Map<String, Object> row = jdbc
				.queryForMap("SELECT team_id, " + column + " AS value FROM " + table + " WHERE id = ?", id);
			String text = this.sealer.text(((Number) row.get("team_id")).longValue(), sealed,
					Sealed.stored((String) row.get("value")));
			if (text != null) {
				values.add(text);
			}
		}
		return values;
	}

	/**
	 * The values of a sealed column of the demo's three disclosure requests (recorded by
	 * the demo loader before any test ran), opened.
	 */
	private Set<String> openedDemoRequests(JdbcTemplate jdbc, String column) {
		SealedColumn sealed = SealedColumn.of("disclosure_request", column);
		Set<String> values = new LinkedHashSet<>();
		jdbc.query("SELECT team_id, " + column + " AS value FROM disclosure_request WHERE id <= 3", (row) -> {
			values.add(this.sealer.text(row.getLong("team_id"), sealed, Sealed.stored(row.getString("value"))));
		});
		return values;
	}

	/** The run's database as {@code pg_dump} writes it, as plain SQL. */
	private static String dump() throws IOException, InterruptedException {
		URI uri = URI.create(TestDatabase.url().substring("jdbc:".length()));
		List<String> command = new ArrayList<>(List.of(pgDump(), "--no-password", "-h", uri.getHost(), "-p",
				Integer.toString((uri.getPort() > 0) ? uri.getPort() : 5432), "-U", TestDatabase.user(),
				uri.getPath().substring(1)));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
		builder.environment().put("PGPASSWORD", TestDatabase.password());
		Path out = Files.createTempFile("parley-demo-dump", ".sql");
		try {
			Process process = builder.redirectOutput(out.toFile()).start();
			assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("pg_dump finishes").isTrue();
			String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.exitValue()).as("pg_dump: " + errors).isZero();
			return Files.readString(out, StandardCharsets.UTF_8);
		}
		finally {
			Files.deleteIfExists(out);
		}
	}

	/** pg_dump on the PATH, or the newest of the server's installed versions. */
	private static String pgDump() throws IOException {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, "pg_dump"))) {
				return Path.of(dir, "pg_dump").toString();
			}
		}
		Path installed = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(installed)) {
			try (Stream<Path> versions = Files.list(installed)) {
				return versions.map((version) -> version.resolve("bin/pg_dump"))
					.filter(Files::isExecutable)
					.max(Comparator.comparing(Path::toString))
					.map(Path::toString)
					.orElse("pg_dump");
			}
		}
		return "pg_dump";
	}

}
