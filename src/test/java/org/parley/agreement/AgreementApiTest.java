package org.parley.agreement;

import java.util.UUID;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Agreements through the JSON API, with the pages' rules and problem details.
 */
@IntegrationTest
class AgreementApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	private JdbcTemplate jdbc;

	private long caseId;

	@BeforeEach
	void aCaseAtTheAgreementStep() throws Exception {
		this.jdbc = new JdbcTemplate(this.dataSource);
		long sierra = this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Cártel del Sierra Alta'",
				Long.class);
		long guerrero = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
		String title = "API agreement case " + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/cases").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("teamId", Long.toString(guerrero))
				.param("title", title)
				.param("country", "MX")
				.param("groupIds", Long.toString(sierra))
				.param("objectiveType", "SAFE_PASSAGE")
				.param("priority", "HIGH"))
			.andExpect(status().is3xxRedirection());
		this.caseId = this.jdbc.queryForObject("SELECT id FROM negotiation_case WHERE title = ?", Long.class, title);
		this.jdbc.update("UPDATE negotiation_case SET current_step = 'AGREEMENT' WHERE id = ?", this.caseId);
	}

	@Test
	void aDraftGoesToHqAndIsApprovedIntoForceWithIfMatchAtEachChange() throws Exception {
		String created = this.mvc
			.perform(json(post("/api/v1/cases/" + this.caseId + "/agreements"), "field.mx",
					draft("2026-11-02", null, "WEEKLY", 2)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/agreements/")))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		long versionId = ((Number) JsonPath.read(created, "$.versions[0].id")).longValue();
		String submit = "/api/v1/agreements/" + id + "/versions/" + versionId + "/submit";

		this.mvc.perform(json(post(submit), "field.mx", "")).andExpect(status().isPreconditionRequired());
		this.mvc.perform(json(post(submit), "field.mx", "").header("If-Match", "\"7\""))
			.andExpect(status().isConflict());
		this.mvc.perform(json(post(submit), "field.mx", "").header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));

		String review = "/api/v1/agreements/" + id + "/versions/" + versionId + "/review";
		this.mvc.perform(json(post(review), "field.mx", "{\"approve\": true}").header("If-Match", "\"1\""))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(post(review), "hq", "{\"approve\": false}").header("If-Match", "\"1\""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:rule"));
		this.mvc
			.perform(json(post(review), "hq", "{\"approve\": true, \"comment\": \"Within the mandate\"}")
				.header("If-Match", "\"1\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_FORCE"))
			.andExpect(jsonPath("$.inForceVersion").value(1));
		long version = this.jdbc.queryForObject("SELECT version FROM agreement WHERE id = ?", Long.class, id);
		this.mvc
			.perform(json(post("/api/v1/agreements/" + id + "/status"), "field.mx", "{\"reason\": \"No status\"}")
				.header("If-Match", "\"" + version + "\""))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/api/v1/cases/" + this.caseId + "/agreements").with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].versions[0].status").value("APPROVED"));
	}

	@Test
	void needToKnowRolesAndBadInputAnswerAsProblems() throws Exception {
		this.mvc
			.perform(json(post("/api/v1/cases/" + this.caseId + "/agreements"), "auditor",
					draft("2026-11-02", null, "WEEKLY", 2)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(post("/api/v1/cases/" + this.caseId + "/agreements"), "field.sv",
					draft("2026-11-02", null, "WEEKLY", 2)))
			.andExpect(status().isNotFound());
		// Valid from a Wednesday to the Friday after, weekly on Tuesdays: never due.
		this.mvc
			.perform(json(post("/api/v1/cases/" + this.caseId + "/agreements"), "field.mx",
					draft("2026-11-04", "2026-11-06", "WEEKLY", 2)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("commitments"));
		this.mvc
			.perform(json(post("/api/v1/cases/" + this.caseId + "/agreements"), "field.mx",
					draft("2026-11-04", "2026-11-01", "NONE", null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("validTo"));
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM agreement WHERE case_id = ?", Long.class, this.caseId))
			.isZero();
		String created = this.mvc
			.perform(json(post("/api/v1/cases/" + this.caseId + "/agreements"), "field.mx",
					draft("2026-11-02", null, "MONTHLY", 1)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		long versionId = ((Number) JsonPath.read(created, "$.versions[0].id")).longValue();
		this.mvc.perform(get("/api/v1/agreements/" + id).with(as(this.users, "field.sv")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(json(put("/api/v1/agreements/" + id + "/versions/" + versionId), "field.mx",
					draft("2026-11-02", null, "MONTHLY", 1)))
			.andExpect(status().isPreconditionRequired());
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
		return request.with(as(this.users, user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static String draft(String from, String to, String recurrence, Integer day) {
		return """
				{"title": "Passage of the clinic", "form": "VERBAL", "validFrom": "%s", "validTo": %s,
				 "summary": "Passage on Tuesdays", "stage": "IMPLEMENTATION", "signingStatus": "VERBAL_OR_UNCLEAR",
				 "disputeSettlement": "NEUTRAL_MEDIATOR",
				 "parties": [{"kind": "ORGANISATION", "name": "Our organisation"}],
				 "commitments": [{"owedBy": "The group", "what": "Safe passage", "category": "SAFE_PASSAGE",
				   "dueOn": %s, "recurrence": "%s", "recurrenceDay": %s, "verification": "Parish reports"}]}"""
			.formatted(from, (to != null) ? "\"" + to + "\"" : "null",
					"NONE".equals(recurrence) ? "\"" + from + "\"" : "null", recurrence, day);
	}

}
