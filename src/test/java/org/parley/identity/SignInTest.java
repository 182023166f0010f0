package org.parley.identity;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.ConfirmedAccounts;
import org.parley.support.Browserless;
import org.parley.support.IntegrationTest;
import org.parley.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignInTest {

	private static final String PASSWORD = "the ferry leaves at noon";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration administration;

	@Autowired
	MutableClock clock;

	@Autowired
	PasswordResets resets;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@ParameterizedTest
	@ValueSource(strings = { "field.mx", "field.sv" })
	void fieldOfficersOfTheDemoSignInWithTheirPasswordAlone(String username) throws Exception {
		this.mvc.perform(formLogin().user(username).password("parley-demo"))
			.andExpect(authenticated().withUsername(username))
			.andExpect(redirectedUrl("/"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "admin2", "hq", "auditor" })
	void theOtherDemoUsersSignInWithTheirPasswordThenTheDemoCode(String username) throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc.perform(formLogin().user(username).password("parley-demo"))
			.andExpect(redirectedUrl("/sign-in/code"))
			.andReturn()
			.getRequest()
			.getSession(false);

		this.mvc
			.perform(post("/sign-in/code").session(session)
				.param("code", org.parley.support.DemoCodes.next(this.clock))
				.with(csrf()))
			.andExpect(authenticated().withUsername(username))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void anAnonymousVisitorIsSentToTheSignInPage() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/login")).andExpect(status().isOk());
	}

	@Test
	void aWrongPasswordIsRefusedAndAudited() throws Exception {
		this.mvc.perform(formLogin().user("field.sv").password("not-the-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));

		assertThat(this.jdbc.queryForObject(
				"SELECT reason FROM audit_entry WHERE actor = 'field.sv' AND action = 'SIGN_IN_FAILED' ORDER BY seq DESC LIMIT 1",
				String.class))
			.isEqualTo("bad credentials");
	}

	@Test
	void aSuccessfulSignInIsAudited() throws Exception {
		long before = count("SIGN_IN", "auditor");

		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin().user("auditor").password("parley-demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		assertThat(count("SIGN_IN", "auditor")).as("not before the second factor").isEqualTo(before);
		this.mvc
			.perform(post("/sign-in/code").session(session)
				.param("code", org.parley.support.DemoCodes.next(this.clock))
				.with(csrf()))
			.andExpect(authenticated());

		assertThat(count("SIGN_IN", "auditor")).isEqualTo(before + 1);
	}

	@Test
	void fiveFailuresLockTheAccountForFifteenMinutes() throws Exception {
		UserAdministration.Created user = newUser("lock.me");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user("lock.me").password("wrong password " + i))
				.andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(formLogin().user("lock.me").password(PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		assertThat(count("ACCOUNT_LOCKED", "lock.me")).isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(16));
		this.mvc.perform(formLogin().user("lock.me").password(PASSWORD))
			.andExpect(authenticated().withUsername("lock.me"));
	}

	@Test
	void anAdministratorCanUnlockALockedAccount() throws Exception {
		UserAdministration.Created user = newUser("unlock.me");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user("unlock.me").password("wrong password " + i));
		}
		this.administration.unlock(user.id());

		this.mvc.perform(formLogin().user("unlock.me").password(PASSWORD))
			.andExpect(authenticated().withUsername("unlock.me"));
	}

	@Test
	void aDisabledUserCannotSignInAndIsToldNoMoreThanForAWrongPassword() throws Exception {
		UserAdministration.Created user = newUser("gone.user");
		this.administration.disable(user.id(), "left the organisation", adminId());

		this.mvc.perform(formLogin().user("gone.user").password(PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void failedSignInsDoNotMakeAnAdministratorsEditOfTheAccountConflict() throws Exception {
		UserAdministration.Created user = newUser("busy.user");
		long versionOpenedByAdmin = this.administration.get(user.id()).getVersion();

		this.mvc.perform(formLogin().user("busy.user").password("mistyped password"));
		this.mvc.perform(formLogin().user("busy.user").password(PASSWORD));

		this.administration.describe(user.id(), versionOpenedByAdmin, "Busy User", null, EnumSet.of(Role.FIELD_OFFICER),
				Set.of(), null, adminId());
		assertThat(this.administration.get(user.id()).getDisplayName()).isEqualTo("Busy User");
	}

	@Test
	void theSessionIdChangesAtSignIn() {
		AppCsrfTokens.restore(this.context);
		Browserless browser = new Browserless(this.port);
		browser.get("/login");
		assertThat(browser.session()).as("the sign-in page gives a stranger no session").isNull();
		browser.signIn("hq", "parley-demo");
		String before = browser.session();

		browser.post("/login", java.util.Map.of("username", "hq", "password", "parley-demo", "_csrf",
				Browserless.csrf(browser.get("/").body())));

		assertThat(before).isNotNull();
		assertThat(browser.session()).isNotNull().isNotEqualTo(before);
	}

	@Test
	void signingOutEndsTheSession() {
		Browserless browser = new Browserless(this.port);
		browser.signIn("hq", "parley-demo");
		assertThat(browser.get("/").statusCode()).isEqualTo(200);

		String csrf = Browserless.csrf(browser.get("/").body());
		var out = browser.post("/logout", java.util.Map.of("_csrf", csrf));

		assertThat(out.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?logout"));
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	/** A new account whose owner has chosen {@link #PASSWORD}. */
	private UserAdministration.Created newUser(String username) {
		UserAdministration.Created created = ConfirmedAccounts.create(this.administration, this.jdbc,
				new UserAdministration.NewUser(username, "Test " + username, EnumSet.of(Role.FIELD_OFFICER), Set.of()));
		this.resets.redeem(username, created.resetCode(), PASSWORD);
		return created;
	}

	private long adminId() {
		return this.jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'admin'", Long.class);
	}

	private long count(String action, String actor) {
		return this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = ? AND actor = ?", Long.class,
				action, actor);
	}

}
