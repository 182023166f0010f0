package org.parley.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.shared.ReadOnlySafe;
import org.parley.support.Endpoints;
import org.parley.support.Endpoints.Endpoint;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * An auditor reads and changes nothing: every write endpoint Parley maps (found in the
 * handler mapping, so a new one is covered without being listed here) refuses the demo
 * auditor, signed in or with a token, and the auditor's case and agreement pages hold no
 * form that writes.
 */
@IntegrationTest
class AuditorReadsOnlyTest {

	/** The writes that change no record, open to read-only roles: each is reviewed. */
	private static final Set<String> SAFE = Set.of("POST /account/password", "POST /account/tokens",
			"POST /account/tokens/{id}/revoke", "POST /interlocutors/{id}/reveal",
			"POST /interlocutors/{id}/subject-access", "POST /api/v1/interlocutors/{id}/reveal",
			"POST /notifications/read-all", "POST /api/v1/notifications/{id}/read", "POST /exports",
			"POST /api/v1/exports", "POST /password-reset", "POST /account/sessions/{handle}/end",
			"POST /account/sessions/end-others", "POST /account/language", "POST /audit/anchors", "POST /sign-in/code",
			"POST /sign-in/enrol", "POST /account/two-factor", "POST /account/two-factor/off",
			"POST /account/two-factor/recovery-codes");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	DataSource dataSource;

	@Test
	void everyWriteEndpointRefusesTheAuditor() throws Exception {
		List<String> accepted = new ArrayList<>();
		Set<String> safe = new TreeSet<>();
		int walked = 0;
		for (Endpoint endpoint : Endpoints.all(this.mappings)) {
			if (!endpoint.write()) {
				continue;
			}
			if (endpoint.annotated(ReadOnlySafe.class)) {
				safe.add(endpoint.toString());
				continue;
			}
			MvcResult result = this.mvc
				.perform(request(HttpMethod.valueOf(endpoint.method()), endpoint.anyPath())
					.with(as(this.users, "auditor"))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}"))
				.andReturn();
			walked++;
			if (result.getResponse().getStatus() != 403) {
				accepted.add(endpoint + " answered " + result.getResponse().getStatus());
			}
		}
		assertThat(walked).as("write endpoints walked").isGreaterThan(50);
		assertThat(accepted).as("write endpoints that did not refuse the auditor").isEmpty();
		assertThat(safe).as("writes open to read-only roles").isEqualTo(new TreeSet<>(SAFE));
	}

	@Test
	void theApiRefusesAnAuditorsTokenWithAProblem() throws Exception {
		String token = TestTokens.issue(this.context, "auditor");
		long caseId = new JdbcTemplate(this.dataSource).queryForObject(
				"SELECT min(id) FROM negotiation_case WHERE team_id = (SELECT id FROM team WHERE name = 'El Salvador')",
				Long.class);
		MvcResult result = this.mvc
			.perform(post("/api/v1/cases/" + caseId + "/transitions").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\": \"CONFLICT_ANALYSIS\", \"reason\": \"x\"}"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(result.getResponse().getContentType()).contains("application/problem+json");
		assertThat(result.getResponse().getContentAsString()).contains("urn:parley:problem:forbidden");
		// and reading with the same token works
		assertThat(this.mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	@Test
	void theAuditorsCaseAndAgreementPagesHoldNoWritingForm() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		List<String> pages = new ArrayList<>();
		jdbc.queryForList("SELECT id FROM negotiation_case ORDER BY id", Long.class)
			.forEach((id) -> pages.add("/cases/" + id));
		jdbc.queryForList("SELECT id FROM agreement ORDER BY id", Long.class)
			.forEach((id) -> pages.add("/agreements/" + id));
		assertThat(pages).as("demo cases and agreements").hasSizeGreaterThan(3);
		Pattern form = Pattern.compile("<form[^>]*>", Pattern.CASE_INSENSITIVE);
		for (String page : pages) {
			String html = this.mvc.perform(get(page).with(as(this.users, "auditor")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(page).contains("<h1");
			Matcher forms = form.matcher(html);
			while (forms.find()) {
				String tag = forms.group();
				if (tag.contains("/logout")) {
					continue;
				}
				assertThat(tag.toLowerCase()).as(page + " holds a form that writes").doesNotContain("method=\"post\"");
			}
			assertThat(html).as(page + " links to an editor").doesNotContainPattern("href=\"[^\"]*/(edit|new)[\"?]");
		}
	}

}
