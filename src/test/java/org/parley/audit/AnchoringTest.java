package org.parley.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.support.IntegrationTest;
import org.parley.support.TestDatabaseSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The chain's head leaves the database (decision 0019): an auditor anchors it from the
 * verification page, the daily run does as the system, each anchor is a file signed with
 * the organisation's key that the next verification compares the chain with, and an
 * auditor takes the whole chain away to check it offline against the same files.
 */
@IntegrationTest
class AnchoringTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	AnchorSchedule schedule;

	@Autowired
	AuditAnchors anchors;

	@TempDir
	Path downloads;

	@Test
	void anAuditorAnchorsTheChainAndTheVerificationComparesItWithTheAnchor() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long head = jdbc.queryForObject("SELECT max(seq) FROM audit_entry", Long.class);

		this.mvc.perform(post("/audit/anchors").with(as(this.users, "auditor")).with(csrf()))
			.andExpect(redirectedUrl("/audit/verify"));

		Map<String, Object> row = jdbc.queryForMap(
				"SELECT anchored_by, head_seq, head_hash, file_name FROM audit_anchor ORDER BY id DESC LIMIT 1");
		assertThat(row).containsEntry("anchored_by", "auditor");
		assertThat((Long) row.get("head_seq")).isGreaterThanOrEqualTo(head);
		Path file = TestDatabaseSession.anchorDir().resolve((String) row.get("file_name"));
		Anchor anchor = Anchor.parse(Files.readAllBytes(file));
		assertThat(anchor.entries()).isEqualTo(row.get("head_seq"));
		assertThat(anchor.headHash()).isEqualTo(row.get("head_hash"))
			.isEqualTo(
					jdbc.queryForObject("SELECT hash FROM audit_entry WHERE seq = ?", String.class, anchor.entries()));
		assertThat(anchor.macFrom()).isEqualTo(1L);
		assertThat(AnchorFiles.verify(demoPublicKey(), Files.readAllBytes(file),
				Files.readAllBytes(file.resolveSibling(file.getFileName() + AnchorFiles.SIGNATURE_SUFFIX))))
			.as("signed with the organisation's key")
			.isTrue();
		// The anchoring is itself in the log, after the entries it covers.
		Map<String, Object> entry = jdbc.queryForMap(
				"SELECT seq, actor, changes FROM audit_entry WHERE action = 'ANCHOR' ORDER BY seq DESC LIMIT 1");
		assertThat(entry).containsEntry("actor", "auditor");
		assertThat((Long) entry.get("seq")).isGreaterThan(anchor.entries());
		assertThat((String) entry.get("changes")).contains(anchor.headHash(), file.getFileName().toString());

		String page = this.mvc.perform(get("/audit/verify").param("lang", "en").with(as(this.users, "auditor")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"chain-intact\"", "Latest anchor:", "Anchor the chain now",
				"Every entry from number 1 on must carry a MAC");
	}

	@Test
	void theDailyRunAnchorsTheChainAsTheSystem() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long before = jdbc.queryForObject("SELECT count(*) FROM audit_anchor", Long.class);

		this.schedule.daily();

		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_anchor", Long.class)).isEqualTo(before + 1);
		assertThat(jdbc.queryForObject("SELECT anchored_by FROM audit_anchor ORDER BY id DESC LIMIT 1", String.class))
			.isEqualTo(Actors.SYSTEM);
	}

	@Test
	void anAuditorTakesTheWholeChainAwayAndChecksItOfflineAgainstTheAnchors() throws Exception {
		this.schedule.daily();
		MvcResult download = this.mvc.perform(get("/audit/chain.jsonl").with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attachment");
		Path chain = this.downloads.resolve("chain.jsonl");
		Files.write(chain, download.getResponse().getContentAsByteArray());

		List<String> lines = Files.readAllLines(chain);
		JsonNode first = JSON.readTree(lines.get(0));
		assertThat(first.path("seq").asLong()).isEqualTo(1);
		// Entries outside the auditor's teams (accounts, sign-ins) travel without
		// content.
		List<JsonNode> withheld = lines.stream()
			.map(JSON::readTree)
			.filter((line) -> line.path("withheld").asBoolean(false))
			.toList();
		assertThat(withheld).isNotEmpty().allSatisfy((line) -> assertThat(line.has("actor")).isFalse());
		assertThat(lines).anySatisfy((line) -> assertThat(JSON.readTree(line).path("mac").asString("")).hasSize(64));

		Path key = this.downloads.resolve("org-public-key.pem");
		Files.copy(Path.of("docs/dossier/demo-public-key.pem"), key);
		Path macKey = Files.writeString(this.downloads.resolve("mac-key.txt"), TestDatabaseSession.TEST_MAC_KEY);
		Offline valid = offline("--entries", chain.toString(), "--anchors", TestDatabaseSession.anchorDir().toString(),
				"--key", key.toString(), "--mac-key-file", macKey.toString());
		assertThat(valid.exit()).as(valid.out()).isEqualTo(VerifyChainCommand.VALID);
		assertThat(valid.out()).startsWith("VALID").contains("anchors checked", "MACs checked", "withheld");

		// The same chain, its last entries cut off: shorter than the latest anchor.
		long anchored = this.anchors.read().stream().mapToLong((a) -> a.anchor().entries()).max().orElseThrow();
		Path shortened = this.downloads.resolve("shortened.jsonl");
		Files.write(shortened, lines.subList(0, (int) anchored - 1));
		Offline invalid = offline("--entries", shortened.toString(), "--anchors",
				TestDatabaseSession.anchorDir().toString(), "--key", key.toString());
		assertThat(invalid.exit()).isEqualTo(VerifyChainCommand.INVALID);
		assertThat(invalid.out()).startsWith("INVALID")
			.contains("counts " + anchored + " entries, the chain holds only " + (anchored - 1),
					"entries were removed from the end");
	}

	@Test
	void onlyAuditorsTakeTheChainAway() throws Exception {
		this.mvc.perform(get("/audit/chain.jsonl").with(as(this.users, "admin"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/audit/chain.jsonl").with(as(this.users, "hq"))).andExpect(status().isForbidden());
	}

	private static PublicKey demoPublicKey() throws Exception {
		return AnchorFiles.readPublicKey(Files.readAllBytes(Path.of("docs/dossier/demo-public-key.pem")));
	}

	private static Offline offline(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String[] command = new String[args.length + 1];
		command[0] = VerifyChainCommand.NAME;
		System.arraycopy(args, 0, command, 1, args.length);
		int exit = VerifyChainCommand.run(command, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Offline(exit, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
	}

	private record Offline(int exit, String out) {

	}

}
