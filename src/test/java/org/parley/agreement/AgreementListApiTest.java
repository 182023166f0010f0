package org.parley.agreement;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.identity.TestTokens;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * GET /api/v1/agreements for reporting tools: the caller's teams only, filtered by team,
 * status and case, in keyset pages with a next link; a filter it does not understand is a
 * 400 problem that says why; without a token, 401.
 */
@IntegrationTest
class AgreementListApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSource dataSource;

	private JdbcTemplate jdbc;

	private long guerrero;

	private long salvador;

	@BeforeEach
	void teams() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.guerrero = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
		this.salvador = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'El Salvador'", Long.class);
	}

	@Test
	void aFieldOfficerListsTheirTeamsAgreementsNeverAnotherTeams() throws Exception {
		String token = TestTokens.issue(this.context, "field.mx");
		List<Long> expected = this.jdbc.queryForList("SELECT id FROM agreement WHERE team_id = ? ORDER BY id",
				Long.class, this.guerrero);
		assertThat(expected).isNotEmpty();
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM agreement WHERE team_id = ?", Long.class, this.salvador))
			.as("El Salvador has agreements to hide")
			.isPositive();
		this.mvc.perform(get("/api/v1/agreements").param("size", "100").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].teamId", everyItem(is((int) this.guerrero))))
			.andExpect(jsonPath("$.items.length()").value(expected.size()));
		// Asking for El Salvador's lists nothing rather than telling what exists.
		this.mvc
			.perform(get("/api/v1/agreements").param("team", Long.toString(this.salvador))
				.header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(0));
	}

	@Test
	void filtersByTeamStatusAndCase() throws Exception {
		String token = TestTokens.issue(this.context, "hq");
		long inForce = this.jdbc.queryForObject("SELECT count(*) FROM agreement WHERE status = 'IN_FORCE'", Long.class);
		this.mvc
			.perform(get("/api/v1/agreements").param("status", "in_force")
				.param("size", "100")
				.header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].status", everyItem(is("IN_FORCE"))))
			.andExpect(jsonPath("$.items.length()").value((int) inForce));
		this.mvc
			.perform(get("/api/v1/agreements").param("team", Long.toString(this.salvador))
				.param("size", "100")
				.header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.items[*].teamId", everyItem(is((int) this.salvador))));
		long caseId = this.jdbc.queryForObject("SELECT min(case_id) FROM agreement", Long.class);
		long ofCase = this.jdbc.queryForObject("SELECT count(*) FROM agreement WHERE case_id = ?", Long.class, caseId);
		this.mvc
			.perform(get("/api/v1/agreements").param("case", Long.toString(caseId))
				.header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.items[*].caseId", everyItem(is((int) caseId))))
			.andExpect(jsonPath("$.items.length()").value((int) ofCase))
			.andExpect(jsonPath("$.items[0].title").isString())
			.andExpect(jsonPath("$.items[0].latestVersion").isNumber());
	}

	@Test
	void pagesFollowTheNextLinkToTheEndWithoutRepeats() throws Exception {
		String token = TestTokens.issue(this.context, "hq");
		long all = this.jdbc.queryForObject("SELECT count(*) FROM agreement", Long.class);
		assertThat(all).as("demo agreements").isGreaterThan(1);
		List<Integer> seen = new ArrayList<>();
		String next = "/api/v1/agreements?size=1";
		int pages = 0;
		while (next != null && pages++ < 100) {
			String body = this.mvc.perform(get(next).header("Authorization", "Bearer " + token))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			seen.addAll(JsonPath.read(body, "$.items[*].id"));
			next = JsonPath.read(body, "$.next");
		}
		assertThat(seen).hasSize((int) all).doesNotHaveDuplicates().isSorted();
		this.mvc.perform(get("/api/v1/agreements?size=1").header("Authorization", "Bearer " + token))
			.andExpect(header().string("Link", containsString("rel=\"next\"")))
			.andExpect(jsonPath("$.nextCursor").value(seen.get(0).toString()));
	}

	@Test
	void aFilterItDoesNotUnderstandIsAProblemThatSaysWhy() throws Exception {
		String token = TestTokens.issue(this.context, "hq");
		this.mvc
			.perform(get("/api/v1/agreements").param("status", "SIGNED")
				.header("Accept-Language", "en")
				.header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.type").value("urn:parley:problem:validation"))
			.andExpect(jsonPath("$.detail", containsString("Unknown status \"SIGNED\"")))
			.andExpect(jsonPath("$.detail", containsString("IN_FORCE")))
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		this.mvc
			.perform(get("/api/v1/agreements").param("case", "doce")
				.header("Accept-Language", "es")
				.header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("case"))
			.andExpect(jsonPath("$.detail", containsString("número entero")));
		this.mvc.perform(get("/api/v1/agreements").param("size", "0").header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest());
	}

	@Test
	void withoutATokenItIsUnauthorized() throws Exception {
		this.mvc.perform(get("/api/v1/agreements")).andExpect(status().isUnauthorized());
	}

}
