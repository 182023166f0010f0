package org.parley.identity;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.support.ConfirmedAccounts;
import org.parley.support.IntegrationTest;
import org.parley.shared.web.Flash;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator manages accounts through the pages; users handle their own password.
 */
@IntegrationTest
class UserAdministrationWebTest {

	private static final String FIRST = "the first sentence I chose";

	@Autowired
	MockMvc mvc;

	@Autowired
	PasswordResets resets;

	@Autowired
	UserDetailsService users;

	@Autowired
	UserAdministration administration;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorCreatesAUserWhoChoosesTheirOwnPasswordWithTheResetCode() throws Exception {
		long mexico = teamId("México – Guerrero");
		MvcResult created = this.mvc
			.perform(post("/admin/users").with(as(this.users, "admin"))
				.with(csrf())
				.param("username", "Maria.Lopez")
				.param("displayName", "María López")
				.param("email", "")
				.param("roles", "FIELD_OFFICER")
				.param("teamIds", Long.toString(mexico))
				.param("reason", "new field office"))
			.andExpect(redirectedUrlPattern("/admin/users/*"))
			.andReturn();
		Flash flash = (Flash) created.getFlashMap().get(Flash.ATTRIBUTE);
		assertThat(flash.key()).isEqualTo("identity.user.created.code");
		assertThat(flash.args()).hasSize(2).startsWith("maria.lopez");
		String code = (String) flash.args()[1];
		assertThat(code).matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}");

		// The page the administrator lands on says what to hand over and how it is used.
		this.mvc
			.perform(get(created.getResponse().getRedirectedUrl() + "?lang=en").with(as(this.users, "admin"))
				.flashAttr(Flash.ATTRIBUTE, flash))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("One-time reset code: " + code + ". It is no password"),
					org.hamcrest.Matchers.containsString("I have a reset code"),
					org.hamcrest.Matchers.containsString("within 72 hours"))));

		this.mvc
			.perform(post("/password-reset").with(csrf())
				.param("username", "maria.lopez")
				.param("code", code)
				.param("newPassword", "rain on the sierra road")
				.param("confirmation", "rain on the sierra road"))
			.andExpect(redirectedUrl("/login?reset"));
		this.mvc.perform(formLogin().user("maria.lopez").password("rain on the sierra road"))
			.andExpect(redirectedUrl("/"));
		assertThat(this.jdbc.queryForObject("SELECT must_change_password FROM app_user WHERE username = 'maria.lopez'",
				Boolean.class))
			.isFalse();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM team_member m JOIN app_user u ON u.id = m.user_id WHERE u.username = 'maria.lopez' AND m.team_id = ?",
				Long.class, mexico))
			.isEqualTo(1);
		// The creation is audited, with its reason, and without the code.
		long id = this.jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'maria.lopez'", Long.class);
		assertThat(this.jdbc.queryForList(
				"SELECT changes::text FROM audit_entry WHERE entity_type = 'UserAccount' AND entity_id = ? "
						+ "AND action = 'CREATE' AND actor = 'admin' AND reason = 'new field office'",
				String.class, Long.toString(id)))
			.singleElement()
			.satisfies((changes) -> assertThat(changes).contains("resetCodeExpiresAt")
				.doesNotContain(code)
				.doesNotContain(ResetCodes.normalise(code)));
	}

	@Test
	void theAdministratorNeverSeesAnythingThatSignsInAsTheNewUser() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/admin/users").with(as(this.users, "admin"))
				.with(csrf())
				.param("username", "not.yours")
				.param("displayName", "Not Yours")
				.param("roles", "FIELD_OFFICER"))
			.andExpect(redirectedUrlPattern("/admin/users/*"))
			.andReturn();
		Flash flash = (Flash) created.getFlashMap().get(Flash.ATTRIBUTE);
		assertThat(flash.key()).doesNotContain("password");

		assertThat(flash.args()).hasSize(2);
		String code = (String) flash.args()[1];
		for (String typed : new String[] { code, ResetCodes.normalise(code) }) {
			this.mvc.perform(formLogin().user("not.yours").password(typed))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = 'SIGN_IN' AND actor = 'not.yours'", Long.class))
			.isZero();
	}

	@Test
	void aPasswordThatBreaksTheRulesIsExplainedNextToTheField() throws Exception {
		newUser("rules.user");
		MockHttpSession session = signIn("rules.user", FIRST);

		assertRefused(session, FIRST, "short", "Use at least 12 characters.");
		assertRefused(session, FIRST, "rules.user-is-me", "must not contain your username");
		assertRefused(session, FIRST, "passwordpassword", "too common");
		assertRefused(session, FIRST, "my TEST of patience", "must not contain your name");
		assertRefused(session, FIRST, "Parley every tuesday", "must not contain your name");
		assertRefused(session, "not my password", "rain on the sierra road", "not your current password");
	}

	@Test
	void aDuplicateUsernameIsExplainedAndTheFormKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(as(this.users, "admin"))
				.with(csrf())
				.param("username", "field.mx")
				.param("displayName", "Someone Else Entirely")
				.param("roles", "AUDITOR"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("This username is already taken.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Someone Else Entirely")));
	}

	@Test
	void aUserNeedsARole() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(as(this.users, "admin"))
				.with(csrf())
				.param("username", "no.role")
				.param("displayName", "No Role"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Choose at least one role.")));
	}

	/**
	 * A blank team or role among those sent (a hand-made request, an empty option) is not
	 * a server error: blank teams are dropped, and a blank role alone is no role.
	 */
	@Test
	void blankTeamsAndRolesAmongThoseSentAreNotAServerError() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(as(this.users, "admin"))
				.with(csrf())
				.param("username", "blank.team")
				.param("displayName", "Blank Team")
				.param("roles", "FIELD_OFFICER")
				.param("teamIds", "", " ")
				.param("reason", "hostile form"))
			.andExpect(status().is(org.hamcrest.Matchers.lessThan(500)));
		this.mvc
			.perform(post("/admin/users").with(as(this.users, "admin"))
				.with(csrf())
				.param("username", "blank.role")
				.param("displayName", "Blank Role")
				.param("roles", "")
				.param("teamIds", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Choose at least one role.")));
		UserAdministration.Created user = newUser("blank.edit");
		this.mvc
			.perform(post("/admin/users/" + user.id()).with(as(this.users, "admin"))
				.with(csrf())
				.param("displayName", "Blank Edit")
				.param("roles", "FIELD_OFFICER", "")
				.param("teamIds", "")
				.param("version", "0"))
			.andExpect(status().is(org.hamcrest.Matchers.lessThan(500)));
	}

	@Test
	void twoAdministratorsEditingTheSameUserDoNotOverwriteEachOther() throws Exception {
		UserAdministration.Created user = newUser("edited.twice");
		long version = this.administration.get(user.id()).getVersion();
		this.mvc
			.perform(post("/admin/users/" + user.id()).with(as(this.users, "admin"))
				.with(csrf())
				.param("displayName", "First Edit")
				.param("roles", "FIELD_OFFICER")
				.param("version", Long.toString(version)))
			.andExpect(redirectedUrl("/admin/users/" + user.id()));

		this.mvc
			.perform(post("/admin/users/" + user.id()).with(as(this.users, "admin"))
				.with(csrf())
				.param("displayName", "Second Edit")
				.param("roles", "AUDITOR")
				.param("version", Long.toString(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Someone else saved this record")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Second Edit")));
		assertThat(this.administration.get(user.id()).getDisplayName()).isEqualTo("First Edit");
		assertThat(this.administration.get(user.id()).getRoles()).containsExactly(Role.FIELD_OFFICER);
	}

	@Test
	void aDisabledUserIsSignedOutAtOnce() throws Exception {
		UserAdministration.Created user = newUser("signed.out");
		MockHttpSession session = signIn("signed.out", FIRST);
		this.mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/users/" + user.id() + "/disable").with(as(this.users, "admin"))
				.with(csrf())
				.param("reason", "device stolen"))
			.andExpect(redirectedUrl("/admin/users/" + user.id()));

		this.mvc.perform(get("/account/password").session(session)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void anAdministratorCannotDisableThemselves() throws Exception {
		long adminId = this.jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'admin'", Long.class);
		MvcResult refused = this.mvc
			.perform(post("/admin/users/" + adminId + "/disable").with(as(this.users, "admin")).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + adminId))
			.andReturn();
		assertThat(((Flash) refused.getFlashMap().get(Flash.ATTRIBUTE)).key())
			.isEqualTo("identity.user.cannot-disable-self");
		assertThat(this.administration.get(adminId).isEnabled()).isTrue();
	}

	@Test
	void aPasswordResetShowsTheAdministratorNoPasswordAndTheUserChoosesANewOneWithTheCode() throws Exception {
		UserAdministration.Created user = newUser("reset.me");
		MvcResult reset = this.mvc
			.perform(post("/admin/users/" + user.id() + "/reset-password").with(as(this.users, "admin"))
				.with(csrf())
				.param("reason", "forgot it"))
			.andReturn();
		Flash flash = (Flash) reset.getFlashMap().get(Flash.ATTRIBUTE);
		assertThat(flash.key()).isEqualTo("identity.user.password-reset.code");
		String code = (String) flash.args()[1];

		// Neither the old password nor the code the administrator saw signs anyone in.
		this.mvc.perform(formLogin().user("reset.me").password(FIRST)).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin().user("reset.me").password(code)).andExpect(redirectedUrl("/login?error"));

		this.mvc
			.perform(post("/password-reset").with(csrf())
				.param("username", "reset.me")
				.param("code", "WRONG-CODE-0000-0000")
				.param("newPassword", "rain on the sierra road")
				.param("confirmation", "rain on the sierra road"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("do not match a valid reset code")));
		this.mvc
			.perform(post("/password-reset").with(csrf())
				.param("username", "reset.me")
				.param("code", code.toLowerCase(java.util.Locale.ROOT))
				.param("newPassword", "rain on the sierra road")
				.param("confirmation", "rain on the sierra road"))
			.andExpect(redirectedUrl("/login?reset"));
		this.mvc.perform(formLogin().user("reset.me").password("rain on the sierra road"))
			.andExpect(redirectedUrl("/"));
		// The code worked once.
		this.mvc
			.perform(post("/password-reset").with(csrf())
				.param("username", "reset.me")
				.param("code", code)
				.param("newPassword", "another long sentence")
				.param("confirmation", "another long sentence"))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'UserAccount' and entity_id = ? and reason = 'forgot it'",
				Long.class, Long.toString(user.id())))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification where recipient_id = ? and kind = 'PASSWORD_RESET'", Long.class,
				user.id()))
			.isEqualTo(1);
	}

	@Test
	void anUnknownUserIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/users/987654321").with(as(this.users, "admin"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/users/not-a-number").with(as(this.users, "admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void teamsAreCreatedAndRenamed() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/admin/teams").with(as(this.users, "admin"))
				.with(csrf())
				.param("name", "Honduras")
				.param("description", "Country office")
				.param("version", "0"))
			.andExpect(redirectedUrlPattern("/admin/teams/*"))
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();

		this.mvc
			.perform(post("/admin/teams").with(as(this.users, "admin"))
				.with(csrf())
				.param("name", "honduras")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("A team with this name already exists.")));
		this.mvc
			.perform(post(location).with(as(this.users, "admin"))
				.with(csrf())
				.param("name", "Honduras – San Pedro Sula")
				.param("version", "0"))
			.andExpect(redirectedUrl(location));
	}

	private void assertRefused(MockHttpSession session, String current, String password, String message)
			throws Exception {
		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", current)
				.param("newPassword", password)
				.param("confirmPassword", password))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("invalid-feedback")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(message)));
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin().user(username).password(password))
			.andReturn()
			.getRequest()
			.getSession();
	}

	/** A new account whose owner has chosen {@link #FIRST} with the code. */
	private UserAdministration.Created newUser(String username) {
		UserAdministration.Created created = ConfirmedAccounts.create(this.administration, this.jdbc,
				new UserAdministration.NewUser(username, "Test " + username, EnumSet.of(Role.FIELD_OFFICER), Set.of()));
		this.resets.redeem(username, created.resetCode(), FIRST);
		return created;
	}

	private long teamId(String name) {
		return this.jdbc.queryForObject("SELECT id FROM team WHERE name = ?", Long.class, name);
	}

}
