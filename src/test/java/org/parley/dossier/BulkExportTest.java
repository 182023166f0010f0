package org.parley.dossier;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.dossier.bulk.ExportRunner;
import org.parley.dossier.bulk.ExportStore;
import org.parley.support.IntegrationTest;
import org.parley.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bulk exports: asked for through the API or the page, made in the background into one
 * ZIP of valid dossiers, listed with their progress, expired after their time, marked
 * failed when a restart interrupted them; a few thousand cases go through with a flat
 * heap; only the team's auditors and HQ may ask.
 */
@IntegrationTest
class BulkExportTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ExportRunner runner;

	@Autowired
	ExportStore store;

	@Autowired
	MutableClock clock;

	@TempDir
	Path dir;

	@Test
	void anAuditorsBulkExportRunsToAZipOfValidDossiersAndExpires() throws Exception {
		String token = token("auditor");
		long team = team("El Salvador");
		int cases = this.jdbc.queryForObject("SELECT count(*) FROM negotiation_case WHERE team_id = ?", Integer.class,
				team);

		MvcResult asked = this.mvc
			.perform(post("/api/v1/exports").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"teamId\":" + team + ",\"from\":\"2000-01-01\",\"to\":\"2100-12-31\"}"))
			.andExpect(status().isAccepted())
			.andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/exports/")))
			.andReturn();
		long id = JSON.readTree(asked.getResponse().getContentAsString()).path("id").asLong();
		assertThat(this.runner.awaitQueued(Duration.ofMinutes(2))).isTrue();

		this.mvc.perform(get("/api/v1/exports/{id}", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("READY"))
			.andExpect(jsonPath("$.done").value(cases))
			.andExpect(jsonPath("$.total").value(cases));
		MvcResult file = this.mvc
			.perform(get("/api/v1/exports/{id}/file", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/zip"))
			.andReturn();
		Path bulk = this.dir.resolve("bulk.zip");
		Files.write(bulk, file.getResponse().getContentAsByteArray());
		int dossiers = 0;
		try (ZipFile zip = new ZipFile(bulk.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				if (entry.getName().equals("export-summary.json")) {
					try (InputStream in = zip.getInputStream(entry)) {
						tools.jackson.databind.JsonNode summary = JSON.readTree(in);
						assertThat(summary.path("format").asString()).isEqualTo("parley-bulk-export/1");
						assertThat(summary.path("exported")).hasSize(cases);
						assertThat(summary.path("failed")).isEmpty();
					}
					continue;
				}
				Path dossier = this.dir.resolve(entry.getName());
				try (InputStream in = zip.getInputStream(entry)) {
					Files.copy(in, dossier);
				}
				assertThat(DossierVerifierTest.verify(dossier).out()).as(entry.getName()).startsWith("VALID");
				dossiers++;
			}
		}
		assertThat(dossiers).isEqualTo(cases).isPositive();

		// the page lists it, ready, with its download
		this.mvc.perform(get("/exports").with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/exports/" + id + "/file")));
		// another user does not find it
		this.mvc.perform(get("/api/v1/exports/{id}", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + token("hq")))
			.andExpect(status().isNotFound());

		Path stored = exportDir().resolve("export-" + id + ".zip");
		assertThat(stored).exists();
		try (MutableClock.Pinned later = this.clock.pinAt(this.clock.instant().plus(Duration.ofDays(8)))) {
			assertThat(this.runner.expire()).isPositive();
		}
		assertThat(stored).doesNotExist();
		this.mvc.perform(get("/api/v1/exports/{id}/file", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:export-not-ready"))
			.andExpect(jsonPath("$.exportStatus").value("EXPIRED"));
	}

	@Test
	void thePageStartsAnExportAndPollsItsProgressWhileItRuns() throws Exception {
		long team = team("México – Guerrero");
		long running = this.store.create("hq", team, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "es", null,
				this.clock.instant());
		this.store.start(running, 40);
		this.store.progress(running, 10);

		this.mvc.perform(get("/exports/{id}/progress", running).with(as(this.users, "hq")).param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-trigger=\"every 2s\"")))
			.andExpect(content().string(containsString("value=\"25\"")))
			.andExpect(content().string(containsString("10 de 40 casos")));
		this.store.ready(running, "export-" + running + ".zip", 10, this.clock.instant(),
				this.clock.instant().plus(Duration.ofDays(7)));
		this.mvc.perform(get("/exports/{id}/progress", running).with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("hx-trigger"))))
			.andExpect(content().string(containsString("/exports/" + running + "/file")));

		this.mvc
			.perform(post("/exports").with(as(this.users, "hq"))
				.with(csrf())
				.param("teamId", Long.toString(team))
				.param("from", "2026-06-01")
				.param("to", "2026-01-01")
				.param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("El último día no puede ser anterior al primero")));
		this.mvc
			.perform(post("/exports").with(as(this.users, "hq"))
				.with(csrf())
				.param("teamId", Long.toString(team))
				.param("from", "2026-01-01")
				.param("to", "2026-06-30"))
			.andExpect(redirectedUrl("/exports"));
		assertThat(this.runner.awaitQueued(Duration.ofMinutes(2))).isTrue();
	}

	@Test
	void onlyTheTeamsAuditorsAndHqMayAsk() throws Exception {
		long team = team("México – Guerrero");
		String body = "{\"teamId\":" + team + ",\"from\":\"2026-01-01\",\"to\":\"2026-12-31\"}";

		this.mvc
			.perform(post("/api/v1/exports").header(HttpHeaders.AUTHORIZATION, "Bearer " + token("field.mx"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:forbidden"));
		this.mvc
			.perform(post("/api/v1/exports").header(HttpHeaders.AUTHORIZATION, "Bearer " + token("auditor"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"teamId\":999999,\"from\":\"2026-01-01\",\"to\":\"2026-12-31\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/exports").header(HttpHeaders.AUTHORIZATION, "Bearer " + token("auditor"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"teamId\":" + team + ",\"from\":\"2026-12-31\",\"to\":\"2026-01-01\"}"))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/exports").with(as(this.users, "field.mx"))).andExpect(status().isForbidden());
	}

	@Test
	void aJobInterruptedByARestartIsMarkedFailed() {
		long id = this.store.create("auditor", team("El Salvador"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1),
				"en", null, this.clock.instant());
		this.store.start(id, 12);

		this.runner.failInterrupted();

		assertThat(this.store.find(id).orElseThrow().status()).isEqualTo(ExportStatus.FAILED);
	}

	private long team(String name) {
		return this.jdbc.queryForObject("SELECT id FROM team WHERE name = ?", Long.class, name);
	}

	private Path exportDir() {
		return Path.of(System.getProperty("java.io.tmpdir"), "parley-exports");
	}

	String token(String username) throws Exception {
		return ApiTokens.issue(this.mvc, this.users, username);
	}

}
