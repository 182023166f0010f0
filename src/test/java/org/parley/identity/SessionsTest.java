package org.parley.identity;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parley.support.Browserless;
import org.parley.support.ConfirmedAccounts;
import org.parley.support.IntegrationTest;
import org.parley.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's sessions: listed on their page, ended one by one or all but this one, ended
 * with their tokens when the password changes or is reset, and ended when idle too long
 * or too old.
 */
@IntegrationTest
class SessionsTest {

	private static final Pattern HANDLE = Pattern.compile("/account/sessions/([0-9a-f-]{36})/end");

	private static final String FIRST = "a quiet road to the river";

	private static final String SECOND = "lanterns over the old market";

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration administration;

	@Autowired
	PersonalAccessTokens tokens;

	@Autowired
	Sessions sessions;

	@Autowired
	PasswordResets resets;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPasswordChangeEndsEveryOtherSessionAndRevokesTheTokensButKeepsThisOne() {
		long id = newUser("sessions.change.me");
		Browserless phone = signedIn("sessions.change.me", FIRST);
		long token = this.tokens.issue(id, "Script", TokenLifetime.THIRTY_DAYS).id();
		Browserless laptop = signedIn("sessions.change.me", FIRST);
		assertThat(this.sessions.of(id, null)).hasSize(2);

		HttpResponse<String> form = laptop.get("/account/password?lang=en");
		assertThat(form.body()).contains("signs you out everywhere else and revokes your access tokens");
		HttpResponse<String> changed = laptop.post("/account/password", Map.of("currentPassword", FIRST, "newPassword",
				SECOND, "confirmPassword", SECOND, "_csrf", Browserless.csrf(form.body())));

		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(laptop.get("/").body()).contains("Your other sessions have been signed out");
		assertThat(laptop.get("/").statusCode()).isEqualTo(200);
		assertThat(phone.get("/").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith("/login"));
		assertThat(this.jdbc.queryForObject("SELECT revoked_at IS NOT NULL FROM personal_access_token WHERE id = ?",
				Boolean.class, token))
			.isTrue();
		assertThat(this.sessions.of(id, null)).hasSize(1);
	}

	@Test
	void aPasswordResetEndsEverySessionAndRevokesTheTokens() {
		long id = newUser("sessions.reset.me");
		Browserless phone = signedIn("sessions.reset.me", FIRST);
		long token = this.tokens.issue(id, "Script", TokenLifetime.THIRTY_DAYS).id();

		this.administration.resetPassword(id, "forgot it", ConfirmedAccounts.adminId(this.jdbc, "admin"));

		assertThat(phone.get("/").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith("/login"));
		assertThat(this.jdbc.queryForObject("SELECT revoked_at IS NOT NULL FROM personal_access_token WHERE id = ?",
				Boolean.class, token))
			.isTrue();
		assertThat(this.sessions.of(id, null)).isEmpty();
	}

	@Test
	void theSessionsPageListsWhereTheUserIsSignedInAndSignsOutOneOrAllOthers() {
		newUser("sessions.many.devices");
		Browserless phone = signedIn("sessions.many.devices", FIRST);
		Browserless tablet = signedIn("sessions.many.devices", FIRST);
		Browserless laptop = signedIn("sessions.many.devices", FIRST);

		HttpResponse<String> page = laptop.get("/account/sessions?lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Your sessions", "This session", "127.0.0.1");
		List<String> handles = handles(page.body());
		assertThat(handles).hasSize(3);
		String current = handles.stream()
			.filter((h) -> row(page.body(), h).contains("This session"))
			.findFirst()
			.orElseThrow();
		String other = handles.stream().filter((h) -> !h.equals(current)).findFirst().orElseThrow();

		laptop.post("/account/sessions/" + other + "/end", Map.of("_csrf", Browserless.csrf(page.body())));
		assertThat(handles(laptop.get("/account/sessions").body())).hasSize(2).doesNotContain(other);
		int stillIn = ((phone.get("/").statusCode() == 200) ? 1 : 0) + ((tablet.get("/").statusCode() == 200) ? 1 : 0);
		assertThat(stillIn).isEqualTo(1);

		laptop.post("/account/sessions/end-others",
				Map.of("_csrf", Browserless.csrf(laptop.get("/account/sessions").body())));
		assertThat(phone.get("/").statusCode()).isEqualTo(302);
		assertThat(tablet.get("/").statusCode()).isEqualTo(302);
		assertThat(handles(laptop.get("/account/sessions").body())).containsExactly(current);
	}

	@Test
	void anotherUsersSessionCannotBeEnded() {
		newUser("sessions.owner.one");
		Browserless owner = signedIn("sessions.owner.one", FIRST);
		String handle = handles(owner.get("/account/sessions").body()).get(0);
		Browserless stranger = new Browserless(this.port);
		stranger.signIn("field.sv", "parley-demo");

		stranger.post("/account/sessions/" + handle + "/end",
				Map.of("_csrf", Browserless.csrf(stranger.get("/account/sessions").body())));

		assertThat(owner.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void aSessionEndsAfterThirtyMinutesWithoutUse() {
		newUser("sessions.idle.user");
		Browserless browser = signedIn("sessions.idle.user", FIRST);
		Instant start = this.clock.instant();
		try (MutableClock.Pinned later = this.clock.pinAt(start.plus(Duration.ofMinutes(25)))) {
			assertThat(browser.get("/").statusCode()).isEqualTo(200);
		}
		try (MutableClock.Pinned later = this.clock.pinAt(start.plus(Duration.ofMinutes(56)))) {
			assertThat(browser.get("/").headers().firstValue("Location")).contains("/login?expired");
		}
	}

	@Test
	void aSessionInUseEndsTwelveHoursAfterSignIn() {
		newUser("sessions.busy.all.day");
		Browserless browser = signedIn("sessions.busy.all.day", FIRST);
		Instant start = this.clock.instant();
		for (Duration t = Duration.ofMinutes(20); t.compareTo(Duration.ofHours(12)) < 0; t = t
			.plus(Duration.ofMinutes(20))) {
			try (MutableClock.Pinned later = this.clock.pinAt(start.plus(t))) {
				assertThat(browser.get("/").statusCode()).as("after %s", t).isEqualTo(200);
			}
		}
		try (MutableClock.Pinned later = this.clock.pinAt(start.plus(Duration.ofHours(12).plusMinutes(5)))) {
			assertThat(browser.get("/").headers().firstValue("Location")).contains("/login?expired");
		}
	}

	/** A new account whose first password has already been chosen. */
	private long newUser(String username) {
		UserAdministration.Created created = ConfirmedAccounts.create(this.administration, this.jdbc,
				new UserAdministration.NewUser(username, "Test " + username, EnumSet.of(Role.FIELD_OFFICER), Set.of()));
		this.resets.redeem(username, created.resetCode(), FIRST);
		return created.id();
	}

	private Browserless signedIn(String username, String password) {
		Browserless browser = new Browserless(this.port);
		assertThat(browser.signIn(username, password).headers().firstValue("Location")).contains("/");
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		return browser;
	}

	private static List<String> handles(String html) {
		List<String> handles = new ArrayList<>();
		Matcher matcher = HANDLE.matcher(html);
		while (matcher.find()) {
			handles.add(matcher.group(1));
		}
		return handles;
	}

	private static String row(String html, String handle) {
		int at = html.indexOf(handle);
		return html.substring(html.lastIndexOf("<tr", at), at);
	}

}
