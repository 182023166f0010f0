package org.parley.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.parley.support.Users.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI description and Swagger UI: for signed-in users, describing the API only,
 * served by the application itself under the usual Content-Security-Policy.
 */
@IntegrationTest
class ApiDocumentationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PersonalAccessTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html" })
	void anAnonymousVisitorIsSentToTheSignInPage(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aSignedInUserReadsTheDescriptionOfTheApiAndHowToAuthenticate() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(as(this.users, "field.sv")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.info.title").value("Parley API"))
			.andExpect(jsonPath("$.info.version").value("v1"))
			.andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
			.andExpect(jsonPath("$.paths.keys()", hasItem("/api/v1/me")))
			.andExpect(jsonPath("$.paths.keys()", everyItem(startsWith("/api/"))))
			.andExpect(jsonPath("$.components.securitySchemes.bearer.type").value("http"))
			.andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
			.andExpect(jsonPath("$.components.securitySchemes.session.in").value("cookie"))
			.andExpect(jsonPath("$.components.securitySchemes.session.name").value("PARLEY_SESSION"))
			.andExpect(jsonPath("$.security[*].bearer").exists());
	}

	@Test
	void aProgramFetchesTheDescriptionWithItsAccessToken() throws Exception {
		long userId = this.jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'field.sv'", Long.class);
		String token = this.tokens.issue(userId, "Client generator", TokenLifetime.THIRTY_DAYS).token();

		this.mvc.perform(get("/v3/api-docs").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Parley API"));
		this.mvc.perform(get("/swagger-ui/index.html").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isForbidden());
	}

	@Test
	void swaggerUiIsServedLocallyUnderTheStrictContentSecurityPolicy() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html").with(as(this.users, "field.sv")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("swagger-ui-bundle.js")))
			.andExpect(content().string(not(containsString("https://"))))
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY));
		this.mvc.perform(get("/swagger-ui/swagger-initializer.js").with(as(this.users, "field.sv")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/v3/api-docs")));
	}

}
