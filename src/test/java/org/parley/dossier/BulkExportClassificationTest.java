package org.parley.dossier;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.parley.dossier.bulk.ExportRunner;
import org.parley.incident.Affected;
import org.parley.incident.AffectedPeople;
import org.parley.incident.Certainty;
import org.parley.incident.IncidentForm;
import org.parley.incident.IncidentType;
import org.parley.incident.Incidents;
import org.parley.protection.Classification;
import org.parley.shared.CurrentUser;
import org.parley.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A bulk export leaves out the strictly confidential incidents its requester may not read
 * and says so, by count, in {@code export-summary.json} (decision 0022).
 */
@IntegrationTest
class BulkExportClassificationTest {

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
	Incidents incidents;

	@Test
	void anHqReviewerNotNamedGetsTheCaseWithoutTheStrictlyConfidentialIncidentAndTheSummarySaysSo() throws Exception {
		long team = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
		long caseId = this.jdbc.queryForObject("SELECT id FROM negotiation_case WHERE team_id = ? ORDER BY id LIMIT 1",
				Long.class, team);
		CurrentUser officer = (CurrentUser) this.users.loadUserByUsername("field.mx");
		long incident = this.incidents.record(new IncidentForm(team, caseId, null, null, null,
				IncidentType.ATTACK_ON_TRANSPORT, EnumSet.of(Affected.STAFF), LocalDate.of(2026, 1, 10), "MX",
				"Guerrero", "Tlacotepec", null, null, AffectedPeople.unknown(), Certainty.PROBABLE,
				"Strictly confidential account", null, null, Classification.STRICTLY_CONFIDENTIAL, List.of()), officer);
		// A case of its own with a strictly confidential round (decision 0022).
		long withRound = org.parley.negotiation.CaseFixtures
			.aCaseAt(org.parley.negotiation.MethodStep.NEGOTIATION_ROUNDS, this.mvc, this.users, this.jdbc);
		this.mvc
			.perform(post("/cases/" + withRound + "/rounds").with(org.parley.support.Users.as(this.users, "field.mx"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("heldOn", "2026-01-12")
				.param("channel", "PHONE")
				.param("place", "Strictly confidential place")
				.param("classification", "STRICTLY_CONFIDENTIAL"))
			.andExpect(status().is3xxRedirection());

		String token = ApiTokens.issue(this.mvc, this.users, "hq");
		MvcResult asked = this.mvc
			.perform(post("/api/v1/exports").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"teamId\":" + team + ",\"from\":\"2000-01-01\",\"to\":\"2100-12-31\"}"))
			.andExpect(status().isAccepted())
			.andReturn();
		long id = JSON.readTree(asked.getResponse().getContentAsString()).path("id").asLong();
		assertThat(this.runner.awaitQueued(Duration.ofMinutes(2))).isTrue();
		byte[] bulk = this.mvc
			.perform(get("/api/v1/exports/{id}/file", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		JsonNode summary = null;
		try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bulk))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("export-summary.json")) {
					summary = JSON.readTree(zip.readAllBytes());
				}
				else if (entry.getName().contains(Long.toString(caseId))) {
					assertThat(dossierMentions(zip.readAllBytes(), "Strictly confidential account")).isFalse();
				}
				else if (entry.getName().contains(Long.toString(withRound))) {
					assertThat(dossierMentions(zip.readAllBytes(), "Strictly confidential place")).isFalse();
				}
			}
		}
		assertThat(summary).isNotNull();
		JsonNode withheld = null;
		JsonNode rounds = null;
		for (JsonNode line : summary.path("withheld")) {
			if (line.path("case").asLong() == caseId) {
				withheld = line;
			}
			if (line.path("case").asLong() == withRound) {
				rounds = line;
			}
		}
		assertThat(rounds).as("the summary names the case whose round was redacted").isNotNull();
		assertThat(rounds.path("record").asString()).isEqualTo("NegotiationRound");
		assertThat(rounds.path("count").asLong()).isOne();
		assertThat(withheld).as("the summary names the case whose incident was left out").isNotNull();
		assertThat(withheld.path("record").asString()).isEqualTo("Incident");
		assertThat(withheld.path("reason").asString()).isEqualTo("STRICTLY_CONFIDENTIAL");
		assertThat(withheld.path("count").asLong()).isPositive();
		assertThat(summary.toString()).doesNotContain("Strictly confidential account")
			.doesNotContain("\"id\":" + incident + ",");
	}

	/** Whether any file of a case's dossier (a ZIP) holds the text. */
	private static boolean dossierMentions(byte[] dossier, String text) throws Exception {
		try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(dossier))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains(text)) {
					return true;
				}
			}
		}
		return false;
	}

}
