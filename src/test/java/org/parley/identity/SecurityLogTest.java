package org.parley.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.support.ConfirmedAccounts;
import org.parley.support.IntegrationTest;
import org.parley.support.SecurityLog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every request refused for security's sake leaves one line in the security log (ASVS
 * 16.3.2, 16.3.3): what, who, the method, the path, the address and the correlation id;
 * never a password, a code, a token or a query string.
 */
@IntegrationTest
class SecurityLogTest {

	private static final String CODE = "ABCD-EFGH-JKLM-NPQR";

	private static final String PASSWORD = "the ferry leaves at noon";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UserAdministration administration;

	@Autowired
	PasswordResets resets;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPageARoleMayNotOpenLeavesOneLineNamingWhoWhatAndWhere() throws Exception {
		try (SecurityLog log = SecurityLog.capture()) {
			MockHttpServletResponse response = this.mvc
				.perform(get("/admin/users").param("q", "QUERY-SECRET").with(as(this.users, "field.mx")))
				.andReturn()
				.getResponse();

			assertThat(response.getStatus()).isEqualTo(403);
			assertThat(lines(log, "forbidden", "/admin/users")).singleElement()
				.satisfies((line) -> assertThat(line)
					.contains(" user=field.mx ", " method=GET ", " address=127.0.0.1 ",
							" correlation=" + response.getHeader("X-Correlation-Id"))
					.doesNotContain("QUERY-SECRET", "q="));
		}
	}

	@Test
	void aWriteOfAReadOnlyRoleIsLoggedOnPagesAndOnTheApi() throws Exception {
		long caseId = this.jdbc.queryForObject("SELECT min(id) FROM negotiation_case", Long.class);
		try (SecurityLog log = SecurityLog.capture()) {
			this.mvc.perform(post("/cases/" + caseId + "/answers").with(as(this.users, "auditor")).with(csrf()));
			String token = TestTokens.issue(this.context, "auditor");
			this.mvc.perform(post("/api/v1/cases/" + caseId + "/transitions").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\": \"CONFLICT_ANALYSIS\", \"reason\": \"x\"}"));

			assertThat(lines(log, "forbidden", "/cases/" + caseId + "/answers")).singleElement()
				.satisfies((line) -> assertThat(line).contains(" user=auditor ", " method=POST "));
			assertThat(lines(log, "forbidden", "/api/v1/cases/" + caseId + "/transitions")).singleElement()
				.satisfies((line) -> assertThat(line).contains(" user=auditor ").doesNotContain(token));
		}
	}

	@Test
	void aPostWithoutItsCsrfTokenLeavesOneLineAndNoneOfWhatWasPosted() throws Exception {
		try (SecurityLog log = SecurityLog.capture()) {
			MockHttpServletResponse response = this.mvc
				.perform(post("/password-reset?token=QUERY-SECRET").param("username", "field.mx")
					.param("code", CODE)
					.param("newPassword", PASSWORD)
					.param("confirmation", PASSWORD))
				.andReturn()
				.getResponse();
			this.mvc.perform(post("/account/password").with(as(this.users, "hq"))
				.param("currentPassword", "parley-demo")
				.param("newPassword", PASSWORD)
				.param("confirmPassword", PASSWORD));

			assertThat(response.getStatus()).isEqualTo(403);
			assertThat(lines(log, "csrf", "/password-reset")).singleElement()
				.satisfies((line) -> assertThat(line).contains(" user=anonymous ", " method=POST "));
			assertThat(lines(log, "csrf", "/account/password")).singleElement()
				.satisfies((line) -> assertThat(line).contains(" user=hq "));
			assertThat(log.lines()).allSatisfy((line) -> assertThat(line).doesNotContain("QUERY-SECRET", "token=", CODE,
					ResetCodes.normalise(CODE), PASSWORD, "parley-demo"));
		}
	}

	@Test
	void aFailedSignInNamesTheAccountButNeverWhatWasTyped() throws Exception {
		UserAdministration.Created created = ConfirmedAccounts.create(this.administration, this.jdbc,
				new UserAdministration.NewUser("log.signin", "Log Signin", EnumSet.of(Role.FIELD_OFFICER), Set.of()));
		this.resets.redeem(created.username(), created.resetCode(), PASSWORD);
		try (SecurityLog log = SecurityLog.capture()) {
			this.mvc.perform(failingSignIn("log.signin", "a wrong horse battery"));
			this.mvc.perform(failingSignIn("my secret sentence typed as a name", "anything at all"));

			List<String> failed = lines(log, "sign-in-failed", "/login");
			assertThat(failed).hasSize(2);
			assertThat(failed.get(0)).contains(" user=log.signin ", " method=POST ");
			assertThat(failed.get(1)).contains(" user=anonymous ");
			assertThat(log.lines())
				.allSatisfy((line) -> assertThat(line).doesNotContain("wrong horse", "secret", "anything at all"));
		}
	}

	@Test
	void aRefusedAccessTokenIsLoggedWithoutTheToken() throws Exception {
		String bogus = "pat_" + "x".repeat(43);
		try (SecurityLog log = SecurityLog.capture()) {
			MockHttpServletResponse response = this.mvc
				.perform(get("/api/v1/me").header("Authorization", "Bearer " + bogus))
				.andReturn()
				.getResponse();

			assertThat(response.getStatus()).isEqualTo(401);
			assertThat(lines(log, "token-refused", "/api/v1/me")).singleElement()
				.satisfies((line) -> assertThat(line).contains(" user=anonymous ").doesNotContain(bogus));
		}
	}

	/**
	 * From an address of its own, so that these failures count against no other test's
	 * sign-ins.
	 */
	private static MockHttpServletRequestBuilder failingSignIn(String username, String password) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with((request) -> {
			request.setRemoteAddr("198.51.100.173");
			return request;
		});
	}

	/** The lines of one kind of event about one path. */
	private static List<String> lines(SecurityLog log, String event, String path) {
		return log.lines(event).stream().filter((line) -> line.contains(" path=" + path + " ")).toList();
	}

}
