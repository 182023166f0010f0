package org.parley.dossier;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.identity.Role;
import org.parley.identity.FirstPasswords;
import org.parley.identity.UserAdministration;
import org.parley.support.ConfirmedAccounts;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.parley.support.Users.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A demo case's dossier, downloaded by its team's auditor from the case page and by HQ
 * through the API with a token: the verifier finds it valid, the dossier holds its own
 * export entry, and the read is recorded; others are refused.
 */
@IntegrationTest
class DossierExportTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserAdministration administration;

	@Autowired
	ApplicationContext context;

	@TempDir
	Path dir;

	@Test
	void theAuditorsDossierOfADemoCaseVerifiesAndHoldsItsOwnExport() throws Exception {
		long caseId = mexicoCase();
		long exportsBefore = exportEntries(caseId);

		MvcResult result = this.mvc
			.perform(get("/cases/{id}/dossier", caseId).param("reason", "Annual audit 2026")
				.with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/zip"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("case-" + caseId + ".zip")))
			.andReturn();
		byte[] zip = result.getResponse().getContentAsByteArray();
		Path file = this.dir.resolve("case-" + caseId + ".zip");
		Files.write(file, zip);

		DossierVerifierTest.Result verified = DossierVerifierTest.verify(file);
		assertThat(verified.exit()).as(verified.out()).isZero();
		assertThat(verified.out()).startsWith("VALID");

		Map<String, byte[]> files = unzip(zip);
		assertThat(files).containsKeys("manifest.json", "manifest.sig", "audit/entries.jsonl");
		JsonNode manifest = JSON.readTree(files.get("manifest.json"));
		assertThat(manifest.path("case").path("id").asLong()).isEqualTo(caseId);
		assertThat(manifest.path("generatedBy").asString()).isEqualTo("auditor");
		assertThat(manifest.path("organisationChain").path("headSeq").asLong()).isPositive();
		List<JsonNode> entries = lines(files.get("audit/entries.jsonl"));
		assertThat(entries).hasSize(manifest.path("caseChain").path("entries").asInt());
		assertThat(entries.size())
			.isEqualTo(this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE case_id = ? AND seq <= ?",
					Integer.class, caseId, manifest.path("organisationChain").path("headSeq").asLong()));
		JsonNode last = entries.get(entries.size() - 1);
		assertThat(last.path("action").asString()).isEqualTo("EXPORT");
		assertThat(last.path("actor").asString()).isEqualTo("auditor");
		assertThat(last.path("reason").asString()).isEqualTo("Annual audit 2026");
		assertThat(exportEntries(caseId)).isEqualTo(exportsBefore + 1);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM read_record WHERE action = 'EXPORTED' AND actor = 'auditor' AND case_id = ?",
				Integer.class, caseId))
			.isPositive();
	}

	@Test
	void hqTakesTheDossierThroughTheApiWithAToken() throws Exception {
		long caseId = salvadorCase();
		String token = token("hq");

		MvcResult result = this.mvc
			.perform(get("/api/v1/cases/{id}/dossier", caseId).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/zip"))
			.andReturn();
		Path file = this.dir.resolve("api.zip");
		Files.write(file, result.getResponse().getContentAsByteArray());

		assertThat(DossierVerifierTest.verify(file).out()).startsWith("VALID");
	}

	@Test
	void aFieldOfficerOfTheTeamIsRefused() throws Exception {
		long caseId = mexicoCase();
		long exportsBefore = exportEntries(caseId);

		this.mvc.perform(get("/cases/{id}/dossier", caseId).with(as(this.users, "field.mx")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/cases/{id}/dossier", caseId).header(HttpHeaders.AUTHORIZATION,
					"Bearer " + token("field.mx")))
			.andExpect(status().isForbidden())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/problem+json")))
			.andExpect(jsonPath("$.type").value("urn:parley:problem:forbidden"));
		this.mvc.perform(get("/cases/{id}", caseId).with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("download-dossier"))));

		assertThat(exportEntries(caseId)).isEqualTo(exportsBefore);
	}

	@Test
	void anotherTeamsAuditorFindsNoSuchCase() throws Exception {
		long salvador = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'El Salvador'", Long.class);
		UserAdministration.Created created = ConfirmedAccounts.create(this.administration, this.jdbc,
				new UserAdministration.NewUser("auditor.sv", "Auditora SV", EnumSet.of(Role.AUDITOR),
						Set.of(salvador)));
		FirstPasswords.choose(this.context, created, "the river crossing at dawn");

		this.mvc.perform(get("/cases/{id}/dossier", mexicoCase()).with(as(this.users, "auditor.sv")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/cases/{id}/dossier", salvadorCase()).with(as(this.users, "auditor.sv")))
			.andExpect(status().isOk());
	}

	@Test
	void theCasePageOffersTheDossierToTheAuditorAndEveryoneSeesThePublicKey() throws Exception {
		this.mvc.perform(get("/cases/{id}", mexicoCase()).with(as(this.users, "auditor")).param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("download-dossier")))
			.andExpect(content().string(containsString("Descargar expediente")));
		String pem = Files.readString(Path.of("docs/dossier/demo-public-key.pem"));
		this.mvc.perform(get("/dossiers/key").with(as(this.users, "field.sv")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(pem.strip().split("\n")[1])));
		this.mvc.perform(get("/dossiers/key.pem").with(as(this.users, "field.sv")))
			.andExpect(status().isOk())
			.andExpect(content().string(pem));
	}

	private long mexicoCase() {
		return caseOf("México – Guerrero");
	}

	private long salvadorCase() {
		return caseOf("El Salvador");
	}

	private long caseOf(String team) {
		return this.jdbc.queryForObject("""
				SELECT c.id FROM negotiation_case c JOIN team t ON t.id = c.team_id
				WHERE t.name = ? ORDER BY c.id LIMIT 1""", Long.class, team);
	}

	private long exportEntries(long caseId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'EXPORT' AND entity_id = ?",
				Long.class, Long.toString(caseId));
	}

	private String token(String username) throws Exception {
		return ApiTokens.issue(this.mvc, this.users, username);
	}

	static Map<String, byte[]> unzip(byte[] zip) throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	private static List<JsonNode> lines(byte[] jsonl) {
		List<JsonNode> lines = new ArrayList<>();
		for (String line : new String(jsonl, StandardCharsets.UTF_8).split("\n")) {
			if (!line.isBlank()) {
				lines.add(JSON.readTree(line));
			}
		}
		return lines;
	}

}
