package org.parley.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.shared.RuleViolation;
import org.parley.shared.web.Flash;
import org.parley.support.ConfirmedAccounts;
import org.parley.support.IntegrationTest;
import org.parley.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
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
 * Personal access tokens: created and revoked by their owner on a page, used by programs
 * on the API without a session, refused with a problem when they should be.
 */
@IntegrationTest
class PersonalAccessTokenTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PersonalAccessTokens tokens;

	@Autowired
	UserAdministration administration;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordResets resets;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void aNewTokenIsShownOnceAndStoredOnlyAsItsHash() throws Exception {
		PersonalAccessTokens.Issued issued = create("field.mx", "Nightly sync", "NINETY_DAYS");

		assertThat(issued.token()).matches("pat_[A-Za-z0-9_-]{43}");
		this.mvc.perform(get("/account/tokens").with(as(this.users, "field.mx")).flashAttr("newToken", issued))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(issued.token())))
			.andExpect(content().string(containsString("It will not be shown again")));
		this.mvc.perform(get("/account/tokens").with(as(this.users, "field.mx")))
			.andExpect(content().string(not(containsString(issued.token()))))
			.andExpect(content().string(containsString("Nightly sync")))
			.andExpect(content().string(containsString(issued.token().substring(0, 8) + "…")));

		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM personal_access_token WHERE id = ?",
				issued.id());
		assertThat(row.get("token_hash")).isEqualTo(sha256(issued.token()));
		assertThat(row.get("prefix")).isEqualTo(issued.token().substring(0, 8));
		assertThat(row.values()).noneMatch((value) -> String.valueOf(value).contains(issued.token()));
		assertThat(this.jdbc.queryForObject(
				"SELECT changes FROM audit_entry WHERE action = 'CREATE' "
						+ "AND entity_type = 'PersonalAccessToken' AND entity_id = ?",
				String.class, Long.toString(issued.id())))
			.contains("\"tokenHash\":{\"old\":\"[redacted]\",\"new\":\"[redacted]\"}", "Nightly sync")
			.doesNotContain(sha256(issued.token()));
	}

	@Test
	void theApiAnswersForTheTokensOwnerWithoutASession() throws Exception {
		String token = create("hq", "Reporting", "THIRTY_DAYS").token();

		MvcResult result = withToken(get("/api/v1/me"), token).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.username").value("hq"))
			.andExpect(jsonPath("$.displayName").isNotEmpty())
			.andExpect(jsonPath("$.roles", contains("HQ_REVIEWER")))
			.andExpect(jsonPath("$.teams[*].name")
				.value(org.hamcrest.Matchers.containsInAnyOrder("México – Guerrero", "El Salvador")))
			.andExpect(jsonPath("$.teams[0].id").isNumber())
			.andReturn();

		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
	}

	@Test
	void aTokenRequestNeedsNoCsrfTokenButASessionRequestDoes() throws Exception {
		String token = create("field.mx", "Poster", "THIRTY_DAYS").token();

		// Past the CSRF check: the API itself answers that it has no POST here.
		withToken(post("/api/v1/me"), token).andExpect(status().isMethodNotAllowed());

		this.mvc.perform(post("/api/v1/me").with(as(this.users, "field.mx")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("CSRF")));
		this.mvc.perform(post("/api/v1/me").with(as(this.users, "field.mx")).with(csrf()))
			.andExpect(status().isMethodNotAllowed());
	}

	@Test
	void theOwnerChoosesHowLongATokenLivesAndItIsRefusedOnceExpired() throws Exception {
		PersonalAccessTokens.Issued issued = create("field.sv", "Short-lived", "THIRTY_DAYS");
		Map<String, Object> row = this.jdbc
			.queryForMap("SELECT created_at, expires_at FROM personal_access_token WHERE id = ?", issued.id());
		assertThat(Duration.between(((Timestamp) row.get("created_at")).toInstant(),
				((Timestamp) row.get("expires_at")).toInstant()))
			.isEqualTo(Duration.ofDays(30));
		withToken(get("/api/v1/me"), issued.token()).andExpect(status().isOk());

		this.clock.advance(Duration.ofDays(31));

		assertRefused(withToken(get("/api/v1/me"), issued.token()));
		this.mvc.perform(get("/account/tokens").with(as(this.users, "field.sv")))
			.andExpect(content().string(containsString("Expired")));
	}

	@Test
	void aTokenCannotBeMadeToLiveForever() throws Exception {
		this.mvc.perform(newToken("field.sv", "Forever", "FOREVER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of the options offered.")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM personal_access_token WHERE name = 'Forever'",
				Long.class))
			.isZero();
	}

	@Test
	void aRevokedTokenIsRefusedAndTheRevocationIsAudited() throws Exception {
		PersonalAccessTokens.Issued issued = create("field.mx", "Laptop script", "NINETY_DAYS");
		withToken(get("/api/v1/me"), issued.token()).andExpect(status().isOk());

		MvcResult revoked = this.mvc
			.perform(post("/account/tokens/" + issued.id() + "/revoke").with(as(this.users, "field.mx")).with(csrf()))
			.andExpect(redirectedUrl("/account/tokens"))
			.andReturn();

		assertThat(((Flash) revoked.getFlashMap().get(Flash.ATTRIBUTE)).key()).isEqualTo("token.revoked");
		assertRefused(withToken(get("/api/v1/me"), issued.token()));
		assertThat(this.jdbc.queryForObject(
				"SELECT changes FROM audit_entry WHERE action = 'STATE_CHANGE' "
						+ "AND entity_type = 'PersonalAccessToken' AND entity_id = ? AND actor = 'field.mx'",
				String.class, Long.toString(issued.id())))
			.contains("revokedAt");
	}

	@Test
	void aDisabledUsersTokenIsRefused() throws Exception {
		UserAdministration.Created user = ConfirmedAccounts.create(this.administration, this.jdbc,
				new UserAdministration.NewUser("token.leaver", "Token Leaver", EnumSet.of(Role.FIELD_OFFICER),
						Set.of()));
		this.resets.redeem(user.username(), user.resetCode(), "the river crossing at dawn");
		String token = this.tokens.issue(user.id(), "Sync", TokenLifetime.NINETY_DAYS).token();
		withToken(get("/api/v1/me"), token).andExpect(jsonPath("$.username").value("token.leaver"));

		this.administration.disable(user.id(), "left the organisation",
				this.jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'admin'", Long.class));

		assertRefused(withToken(get("/api/v1/me"), token));
	}

	@Test
	void aTokenOfAUserWhoMustChangeTheirPasswordIsRefused() throws Exception {
		UserAdministration.Created user = ConfirmedAccounts.create(this.administration, this.jdbc,
				new UserAdministration.NewUser("token.reset", "Token Reset", EnumSet.of(Role.AUDITOR), Set.of()));

		String token = this.tokens.issue(user.id(), "Before the reset", TokenLifetime.THIRTY_DAYS).token();

		assertRefused(withToken(get("/api/v1/me"), token));
	}

	@ParameterizedTest
	@ValueSource(strings = { "pat_not-a-real-token", "pat_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "" })
	void anUnknownOrMalformedTokenIsRefused(String token) throws Exception {
		assertRefused(withToken(get("/api/v1/me"), token));
	}

	@Test
	void anAnonymousApiRequestGetsAProblemNotTheSignInPage() throws Exception {
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"parley\""))
			.andExpect(header().doesNotExist(HttpHeaders.LOCATION))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("about:blank"))
			.andExpect(jsonPath("$.title").value("Unauthorized"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value(containsString("Authorization: Bearer")))
			.andExpect(jsonPath("$.instance").value("/api/v1/me"));
	}

	@Test
	void theServletContainerAnswersAnAnonymousApiRequestWithAProblemEvenToABrowser() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/me"))
				.header("Accept", "text/html")
				.header("Accept-Language", "es")
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"title\":\"No autenticado\"", "\"status\":401")
			.doesNotContain("<html", "Exception", "at org.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/metrics", "/actuator/flyway", "/admin/users", "/admin/teams", "/audit" })
	void aFieldOfficersTokenCannotReachAdministration(String path) throws Exception {
		String token = token("field.sv");

		withToken(get(path), token).andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/account/tokens", "/account/password", "/admin/users" })
	void aTokenDrivesNoPageEvenAnAdministrators(String path) throws Exception {
		String token = token("admin");

		withToken(get(path), token).andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		withToken(post(path).param("name", "Minted by a token").param("lifetime", "ONE_YEAR"), token)
			.andExpect(status().isForbidden());
		assertThat(this.jdbc
			.queryForObject("SELECT count(*) FROM personal_access_token WHERE name = 'Minted by a token'", Long.class))
			.isZero();
	}

	@Test
	void anAdministratorsTokenReachesTheActuator() throws Exception {
		withToken(get("/actuator/metrics"), token("admin")).andExpect(status().isOk())
			.andExpect(jsonPath("$.names").isArray());
	}

	@Test
	void aUserCannotRevokeNorSeeAnotherUsersToken() throws Exception {
		PersonalAccessTokens.Issued theirs = create("field.mx", "Mexico office export", "NINETY_DAYS");

		this.mvc
			.perform(post("/account/tokens/" + theirs.id() + "/revoke").with(as(this.users, "field.sv")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/account/tokens").with(as(this.users, "field.sv")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Mexico office export"))))
			.andExpect(content().string(not(containsString(theirs.token().substring(0, 8)))));
		withToken(get("/api/v1/me"), theirs.token()).andExpect(jsonPath("$.username").value("field.mx"));
	}

	@Test
	void lastUseIsRecordedAtMostOncePerMinuteAndNotAudited() throws Exception {
		PersonalAccessTokens.Issued issued = create("auditor", "Audit export", "NINETY_DAYS");
		assertThat(lastUsedAt(issued)).isNull();
		long auditEntries = auditEntries(issued);

		withToken(get("/api/v1/me"), issued.token()).andExpect(status().isOk());
		Timestamp first = lastUsedAt(issued);
		withToken(get("/api/v1/me"), issued.token()).andExpect(status().isOk());
		Timestamp second = lastUsedAt(issued);
		this.clock.advance(Duration.ofMinutes(2));
		withToken(get("/api/v1/me"), issued.token()).andExpect(status().isOk());

		assertThat(first).isNotNull();
		assertThat(second).isEqualTo(first);
		assertThat(lastUsedAt(issued)).isAfter(first);
		assertThat(auditEntries(issued)).isEqualTo(auditEntries);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void aTokenNeedsAName(String name) throws Exception {
		this.mvc.perform(newToken("field.sv", name, "NINETY_DAYS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\" class=\"invalid-feedback\">Required.<")));
	}

	@Test
	void aTooLongNameIsExplainedNextToTheFieldInTheUsersLanguage() throws Exception {
		this.mvc.perform(newToken("field.sv", "x".repeat(81), "NINETY_DAYS").header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("id=\"name-error\" class=\"invalid-feedback\">Use como máximo 80 caracteres.<")));
	}

	@Test
	void aUserHoldsAtMostTwentyActiveTokens() {
		UserAdministration.Created user = ConfirmedAccounts.create(this.administration, this.jdbc,
				new UserAdministration.NewUser("token.hoarder", "Token Hoarder", EnumSet.of(Role.FIELD_OFFICER),
						Set.of()));
		for (int i = 1; i <= PersonalAccessTokens.MAX_ACTIVE_PER_USER; i++) {
			this.tokens.issue(user.id(), "Script " + i, TokenLifetime.THIRTY_DAYS);
		}

		assertThatThrownBy(() -> this.tokens.issue(user.id(), "One too many", TokenLifetime.THIRTY_DAYS))
			.isInstanceOfSatisfying(RuleViolation.class,
					(violation) -> assertThat(violation.messageKey()).isEqualTo("token.limit-reached"));

		long first = this.tokens.of(user.id()).get(0).id();
		this.tokens.revoke(user.id(), first);
		assertThat(this.tokens.issue(user.id(), "After revoking one", TokenLifetime.THIRTY_DAYS).token())
			.startsWith("pat_");
	}

	private PersonalAccessTokens.Issued create(String username, String name, String lifetime) throws Exception {
		MvcResult result = this.mvc.perform(newToken(username, name, lifetime))
			.andExpect(redirectedUrl("/account/tokens"))
			.andReturn();
		return (PersonalAccessTokens.Issued) result.getFlashMap().get(TokenController.NEW_TOKEN);
	}

	/** The new-token form, posted by a signed-in user. */
	private MockHttpServletRequestBuilder newToken(String username, String name, String lifetime) {
		return post("/account/tokens").with(as(this.users, username))
			.with(csrf())
			.param("name", name)
			.param("lifetime", lifetime);
	}

	private String token(String username) throws Exception {
		return create(username, "Test token", "ONE_YEAR").token();
	}

	private ResultActions withToken(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String token) throws Exception {
		return this.mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	private static void assertRefused(ResultActions response) throws Exception {
		response.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer ")))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("error=\"invalid_token\"")))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Unauthorized"));
	}

	private Timestamp lastUsedAt(PersonalAccessTokens.Issued issued) {
		return this.jdbc.queryForObject("SELECT last_used_at FROM personal_access_token WHERE id = ?", Timestamp.class,
				issued.id());
	}

	private long auditEntries(PersonalAccessTokens.Issued issued) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE entity_type = 'PersonalAccessToken' AND entity_id = ?",
				Long.class, Long.toString(issued.id()));
	}

	private static String sha256(String text) throws NoSuchAlgorithmException {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
