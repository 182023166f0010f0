package org.parley.identity;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.parley.support.ConfirmedAccounts;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * BCrypt reads 72 bytes of a password and Spring's encoder refuses to hash more: a
 * password longer than that (200 characters, or 60 accented letters or emoji) is refused
 * next to the field on every form that sets one, and is a plain failed sign-in, never an
 * error page. 64 plain characters are accepted (ASVS 6.2.9).
 */
@IntegrationTest
class OverlongPasswordsTest {

	private static final String FIRST = "the ferry leaves at noon";

	private static final String TOO_LONG = "Use at most 72 bytes";

	/** 200 plain characters; 60 two-byte letters; 60 emoji. */
	private static final String[] OVERLONG = { "long sentence ".repeat(15).substring(0, 200), "ñ".repeat(60),
			"🙂🌊🚲🌵".repeat(15) };

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration administration;

	@Autowired
	PasswordResets resets;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2 })
	void anOverlongNewPasswordIsExplainedNextToTheFieldOnTheAccountPage(int which) throws Exception {
		String username = "long.own" + which;
		newUser(username);
		MockHttpSession session = (MockHttpSession) this.mvc.perform(formLogin().user(username).password(FIRST))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession();

		this.mvc
			.perform(post("/account/password?lang=en").session(session)
				.with(csrf())
				.param("currentPassword", FIRST)
				.param("newPassword", OVERLONG[which])
				.param("confirmPassword", OVERLONG[which]))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("invalid-feedback")))
			.andExpect(content().string(containsString(TOO_LONG)));
		// An overlong current password is just not the current one.
		this.mvc
			.perform(post("/account/password?lang=en").session(session)
				.with(csrf())
				.param("currentPassword", OVERLONG[which])
				.param("newPassword", "a second long sentence")
				.param("confirmPassword", "a second long sentence"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This is not your current password.")));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2 })
	void anOverlongPasswordIsExplainedNextToTheFieldOnTheResetCodePage(int which) throws Exception {
		String username = "long.reset" + which;
		UserAdministration.Created created = ConfirmedAccounts.create(this.administration, this.jdbc,
				new UserAdministration.NewUser(username, "Test Long", EnumSet.of(Role.FIELD_OFFICER), Set.of()));

		this.mvc
			.perform(post("/password-reset?lang=en").with(csrf())
				.param("username", username)
				.param("code", created.resetCode())
				.param("newPassword", OVERLONG[which])
				.param("confirmation", OVERLONG[which]))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(TOO_LONG)));
		// A code of emoji is a wrong code, not an error.
		this.mvc
			.perform(post("/password-reset?lang=en").with(csrf())
				.param("username", username)
				.param("code", "🙂".repeat(20))
				.param("newPassword", "a second long sentence")
				.param("confirmation", "a second long sentence"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("do not match a valid reset code")));
		// The code still works for a password that fits.
		this.mvc
			.perform(post("/password-reset").with(csrf())
				.param("username", username)
				.param("code", created.resetCode())
				.param("newPassword", FIRST)
				.param("confirmation", FIRST))
			.andExpect(redirectedUrl("/login?reset"));
	}

	@Test
	void signingInWithAnOverlongPasswordIsAPlainFailure() throws Exception {
		UserAdministration.Created created = newUser("long.signin");
		for (String password : OVERLONG) {
			this.mvc.perform(failingSignIn("long.signin", password))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
			this.mvc.perform(failingSignIn("no.such.person", password))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}
		// Not even when its first 72 bytes are the password.
		String seventyTwo = "the river crossing at dawn ".repeat(3).substring(0, 72);
		this.resets.redeem("long.signin", this.administration.resetPassword(created.id(), null, adminId()).code(),
				seventyTwo);
		this.mvc.perform(failingSignIn("long.signin", seventyTwo + " and more")).andExpect(unauthenticated());
		this.mvc.perform(formLogin().user("long.signin").password(seventyTwo))
			.andExpect(authenticated().withUsername("long.signin"));
	}

	@Test
	void sixtyFourPlainCharactersAreAcceptedAndSignIn() throws Exception {
		String sixtyFour = "a quiet harbour before the rains come and the boats go out again";
		org.assertj.core.api.Assertions.assertThat(sixtyFour).hasSize(64);
		UserAdministration.Created created = ConfirmedAccounts.create(this.administration, this.jdbc,
				new UserAdministration.NewUser("long.enough", "Test Enough", EnumSet.of(Role.FIELD_OFFICER), Set.of()));
		this.mvc
			.perform(post("/password-reset").with(csrf())
				.param("username", "long.enough")
				.param("code", created.resetCode())
				.param("newPassword", sixtyFour)
				.param("confirmation", sixtyFour))
			.andExpect(redirectedUrl("/login?reset"));
		this.mvc.perform(formLogin().user("long.enough").password(sixtyFour))
			.andExpect(authenticated().withUsername("long.enough"));
	}

	private UserAdministration.Created newUser(String username) {
		UserAdministration.Created created = ConfirmedAccounts.create(this.administration, this.jdbc,
				new UserAdministration.NewUser(username, "Test Long", EnumSet.of(Role.FIELD_OFFICER), Set.of()));
		this.resets.redeem(username, created.resetCode(), FIRST);
		return created;
	}

	/**
	 * From an address of its own, so that these failures count against no other test's
	 * sign-ins.
	 */
	private static MockHttpServletRequestBuilder failingSignIn(String username, String password) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with((request) -> {
			request.setRemoteAddr("198.51.100.172");
			return request;
		});
	}

	private long adminId() {
		return ConfirmedAccounts.adminId(this.jdbc, "admin");
	}

}
