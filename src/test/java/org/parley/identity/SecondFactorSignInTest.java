package org.parley.identity;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.shared.RuleViolation;
import org.parley.support.Browserless;
import org.parley.support.ConfirmedAccounts;
import org.parley.support.IntegrationTest;
import org.parley.support.MutableClock;
import org.parley.support.SecurityLog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two-step sign-in on the real application and database, over HTTP as a browser does it:
 * enrolment (required by role, or chosen), the code after the password, codes used once,
 * recovery codes, throttling, and the administrator's reset.
 */
@IntegrationTest
class SecondFactorSignInTest {

	private static final String PASSWORD = "plums and quiet harbours";

	private static final Pattern SECRET = Pattern.compile("<code id=\"secret\"[^>]*>([A-Z2-7 ]+)</code>");

	private static final Pattern RECOVERY = Pattern
		.compile("<code class=\"fs-6\">([0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4})</code>");

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration administration;

	@Autowired
	PasswordResets resets;

	@Autowired
	SecondFactors factors;

	@Autowired
	AccessGrants grants;

	@Autowired
	SecurityProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	WebApplicationContext context;

	@BeforeEach
	void realCsrfTokens() {
		AppCsrfTokens.restore(this.context);
	}

	@Test
	void aReviewerWithoutSecondFactorIsSentToEnrolAndReachesNothingElseUntilDone() {
		newUser("mfa.enrols", Role.HQ_REVIEWER);
		Browserless browser = new Browserless(this.port);

		assertThat(location(browser.signInWithPassword("mfa.enrols", PASSWORD))).endsWith("/sign-in/enrol");
		assertThat(location(browser.get("/"))).endsWith("/sign-in/enrol");
		assertThat(location(browser.get("/cases"))).endsWith("/sign-in/enrol");
		assertThat(location(browser.get("/account/two-factor"))).endsWith("/sign-in/enrol");
		assertThat(location(browser.get("/sign-in/code"))).as("not the stage of this sign-in").contains("/login");

		browser = new Browserless(this.port);
		browser.signInWithPassword("mfa.enrols", PASSWORD);
		String page = browser.get("/sign-in/enrol").body();
		assertThat(page).contains("<img src=\"data:image/svg+xml;base64,", "id=\"qr-code\"");
		byte[] secret = secret(page);
		HttpResponse<String> wrong = post(browser, "/sign-in/enrol", "000000");
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("That code is not right");
		assertThat(this.factors.enrolled(id("mfa.enrols"))).isFalse();

		HttpResponse<String> done = post(browser, "/sign-in/enrol", code(secret));

		assertThat(done.statusCode()).isEqualTo(200);
		List<String> recoveryCodes = recoveryCodes(done.body());
		assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		assertThat(this.factors.enrolled(id("mfa.enrols"))).isTrue();
		List<String> stored = this.jdbc.queryForList("SELECT code_hash FROM recovery_code WHERE user_id = ?",
				String.class, id("mfa.enrols"));
		assertThat(stored).as("only salted hashes are stored")
			.hasSize(10)
			.allSatisfy((hash) -> assertThat(hash).startsWith("{bcrypt}")
				.doesNotContain(recoveryCodes.get(0))
				.doesNotContain(recoveryCodes.get(0).replace("-", "")));
		assertThat(lastReason("SIGN_IN", "mfa.enrols")).isEqualTo("second factor: enrolled");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE entity_type = 'SecondFactor' AND action = 'CREATE' AND entity_id = ?",
				Long.class, Long.toString(id("mfa.enrols"))))
			.isEqualTo(1);
	}

	@Test
	void afterThePasswordTheCodeIsAskedAndOnlyARightOneSignsIn() {
		byte[] secret = enrolled("mfa.code", Role.AUDITOR);
		Browserless browser = new Browserless(this.port);

		assertThat(location(browser.signInWithPassword("mfa.code", PASSWORD))).endsWith("/sign-in/code");
		assertThat(location(browser.get("/"))).as("the password alone reaches nothing").endsWith("/sign-in/code");
		assertThat(browser.get("/api/v1/cases").statusCode()).isIn(401, 403);
		long tokens = this.jdbc.queryForObject("SELECT count(*) FROM personal_access_token", Long.class);
		HttpResponse<String> token = browser.post("/account/tokens", Map.of("name", "before the code", "lifetime",
				"P30D", "_csrf", Browserless.csrf(browser.get("/sign-in/code").body())));
		assertThat(location(token)).as("no access token before the second factor").endsWith("/sign-in/code");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM personal_access_token", Long.class))
			.isEqualTo(tokens);
		try (SecurityLog log = SecurityLog.capture()) {
			HttpResponse<String> wrong = browser.enterCode(wrongCode(secret));
			assertThat(wrong.statusCode()).isEqualTo(200);
			assertThat(wrong.body()).contains("That code is not right");
			assertThat(log.lines("second-factor-failed")).hasSize(1).allMatch((line) -> line.contains("user=mfa.code"));
		}
		assertThat(lastReason("SIGN_IN_FAILED", "mfa.code")).isEqualTo("second factor: wrong code");

		HttpResponse<String> right = browser.enterCode(code(secret));

		assertThat(location(right)).endsWith("/");
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		assertThat(lastReason("SIGN_IN", "mfa.code")).isEqualTo("second factor: authenticator code");
	}

	@Test
	void aCodeSignsInOnceOnly() {
		byte[] secret = enrolled("mfa.replay", Role.HQ_REVIEWER);
		String code = code(secret);
		Browserless first = new Browserless(this.port);
		first.signInWithPassword("mfa.replay", PASSWORD);
		assertThat(location(first.enterCode(code))).endsWith("/");

		Browserless second = new Browserless(this.port);
		second.signInWithPassword("mfa.replay", PASSWORD);
		HttpResponse<String> replayed = second.enterCode(code);

		assertThat(replayed.statusCode()).isEqualTo(200);
		assertThat(replayed.body()).contains("That code was already used");
		assertThat(location(second.get("/"))).endsWith("/sign-in/code");
		assertThat(lastReason("SIGN_IN_FAILED", "mfa.replay")).isEqualTo("second factor: code already used");
	}

	@Test
	void aRecoveryCodeSignsInOnceIsAuditedAndWarnsTheUser() {
		newUser("mfa.recovery", Role.ADMIN);
		Browserless browser = new Browserless(this.port);
		browser.signInWithPassword("mfa.recovery", PASSWORD);
		byte[] secret = secret(browser.get("/sign-in/enrol").body());
		List<String> recoveryCodes = recoveryCodes(post(browser, "/sign-in/enrol", code(secret)).body());

		Browserless lostPhone = new Browserless(this.port);
		lostPhone.signInWithPassword("mfa.recovery", PASSWORD);
		HttpResponse<String> recovered = lostPhone.enterCode(recoveryCodes.get(3).toUpperCase().replace("-", " "));

		assertThat(location(recovered)).endsWith("/");
		assertThat(lostPhone.get("/").body()).contains("You signed in with a recovery code. Recovery codes left: 9.");
		assertThat(this.factors.status(id("mfa.recovery")).recoveryCodesLeft()).isEqualTo(9);
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM audit_entry WHERE entity_type = 'SecondFactor' AND actor = 'mfa.recovery'
				AND reason = 'recovery code used to sign in'""", Long.class)).isEqualTo(1);
		assertThat(lastReason("SIGN_IN", "mfa.recovery")).isEqualTo("second factor: recovery code");
		assertThat(this.jdbc.queryForList(
				"SELECT message_args FROM notification WHERE recipient_id = ? AND kind = 'SECOND_FACTOR_CHANGED' ORDER BY id",
				String.class, id("mfa.recovery")))
			.as("the owner is told in their inbox: turned on, then a recovery code used")
			.hasSize(2)
			.last()
			.asString()
			.contains("RECOVERY_CODE_USED");

		Browserless again = new Browserless(this.port);
		again.signInWithPassword("mfa.recovery", PASSWORD);
		assertThat(again.enterCode(recoveryCodes.get(3)).body()).contains("That code is not right");
	}

	@Test
	void wrongCodesLockTheAccountLikeWrongPasswords() {
		byte[] secret = enrolled("mfa.guesser", Role.HQ_REVIEWER);
		Browserless browser = new Browserless(this.port);
		browser.signInWithPassword("mfa.guesser", PASSWORD);
		int max = this.properties.lockout().maxFailures();
		HttpResponse<String> answer = null;
		for (int i = 0; i < max; i++) {
			answer = browser.enterCode(wrongCode(secret));
		}

		assertThat(location(answer)).endsWith("/login?locked");
		assertThat(location(browser.get("/"))).endsWith("/login");
		Browserless later = new Browserless(this.port);
		assertThat(location(later.signInWithPassword("mfa.guesser", PASSWORD)))
			.as("the right password does not lift the lock")
			.endsWith("/login?locked");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = 'ACCOUNT_LOCKED' AND actor = ?", Long.class,
				"mfa.guesser"))
			.isEqualTo(1);
	}

	@Test
	void aPendingSignInEndsIfTheCodeIsNotTypedInTime() {
		byte[] secret = enrolled("mfa.slow", Role.AUDITOR);
		Browserless browser = new Browserless(this.port);
		browser.signInWithPassword("mfa.slow", PASSWORD);
		String csrf = Browserless.csrf(browser.get("/sign-in/code").body());

		this.clock.advance(this.properties.mfa().pendingLifetime().plusSeconds(1));

		assertThat(location(browser.post("/sign-in/code", Map.of("code", code(secret), "_csrf", csrf))))
			.endsWith("/login?expired");
		assertThat(location(browser.get("/"))).endsWith("/login");
	}

	@Test
	void aFieldOfficerSignsInWithThePasswordAloneUntilTheyChooseASecondFactor() {
		newUser("mfa.field", Role.FIELD_OFFICER);
		Browserless browser = new Browserless(this.port);
		assertThat(location(browser.signInWithPassword("mfa.field", PASSWORD))).endsWith("/");

		String page = browser.get("/account/two-factor").body();
		assertThat(page).contains("Two-step sign-in is off.", "id=\"qr-code\"");
		byte[] secret = secret(page);
		HttpResponse<String> on = post(browser, "/account/two-factor", code(secret));
		assertThat(recoveryCodes(on.body())).hasSize(10);
		assertThat(browser.get("/account/two-factor").body()).contains("Two-step sign-in is on", "Turn off");

		Browserless next = new Browserless(this.port);
		assertThat(location(next.signInWithPassword("mfa.field", PASSWORD))).endsWith("/sign-in/code");
		assertThat(location(next.enterCode(code(secret)))).endsWith("/");

		HttpResponse<String> off = post(next, "/account/two-factor/off", code(secret));
		assertThat(location(off)).endsWith("/account/two-factor");
		assertThat(this.factors.enrolled(id("mfa.field"))).isFalse();
		assertThat(location(new Browserless(this.port).signInWithPassword("mfa.field", PASSWORD))).endsWith("/");
	}

	@Test
	void aRoleThatRequiresASecondFactorCannotTurnItOff() {
		byte[] secret = enrolled("mfa.keeps", Role.AUDITOR);
		assertThatThrownBy(() -> this.factors.turnOff(id("mfa.keeps"), code(secret))).isInstanceOf(RuleViolation.class)
			.hasMessage("identity.second-factor.required");
		assertThat(this.factors.enrolled(id("mfa.keeps"))).isTrue();
	}

	@Test
	void twoAdministratorsResetTheFactorWithAReasonAuditedAndTheUserEnrolsAgain() {
		byte[] secret = enrolled("mfa.lost", Role.HQ_REVIEWER);
		Browserless user = new Browserless(this.port);
		user.signInWithPassword("mfa.lost", PASSWORD);
		user.enterCode(code(secret));
		assertThat(user.get("/").statusCode()).isEqualTo(200);

		Browserless admin = new Browserless(this.port);
		admin.signIn("admin", "parley-demo");
		String csrf = Browserless.csrf(admin.get("/admin/users/" + id("mfa.lost")).body());
		HttpResponse<String> noReason = admin.post("/admin/users/" + id("mfa.lost") + "/reset-second-factor",
				Map.of("_csrf", csrf, "reason", " "));
		assertThat(location(noReason)).endsWith("/admin/users/" + id("mfa.lost"));
		assertThat(pendingResets("mfa.lost")).isZero();

		admin.post("/admin/users/" + id("mfa.lost") + "/reset-second-factor",
				Map.of("_csrf", csrf, "reason", "phone stolen in Chilpancingo"));
		// One administrator only asks: the factor and the sessions stay until another
		// confirms, so that no single one can take over a reviewer's account.
		assertThat(pendingResets("mfa.lost")).isOne();
		assertThat(this.factors.enrolled(id("mfa.lost"))).isTrue();
		assertThat(user.get("/").statusCode()).isEqualTo(200);
		long grant = this.jdbc.queryForObject(
				"SELECT id FROM access_grant WHERE kind = 'SECOND_FACTOR_RESET' AND status = 'PENDING' AND user_id = ?",
				Long.class, id("mfa.lost"));
		admin.post("/admin/users/grants/" + grant + "/confirm",
				Map.of("_csrf", Browserless.csrf(admin.get("/admin/users").body()), "version", "0"));
		assertThat(this.factors.enrolled(id("mfa.lost"))).as("not confirmed by who asked").isTrue();

		Browserless second = new Browserless(this.port);
		second.signIn("admin2", "parley-demo");
		assertThat(second.get("/admin/users").body()).contains("Reset of two-step sign-in");
		second.post("/admin/users/grants/" + grant + "/confirm", Map.of("_csrf",
				Browserless.csrf(second.get("/admin/users").body()), "version", "0", "reason", "called her back"));

		assertThat(this.factors.enrolled(id("mfa.lost"))).isFalse();
		assertThat(pendingResets("mfa.lost")).isZero();
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM audit_entry WHERE entity_type = 'SecondFactor' AND action = 'DELETE'
				AND actor = 'admin2' AND reason = 'called her back'""", Long.class)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM audit_entry WHERE entity_type = 'AccessGrant' AND actor = 'admin'
				AND reason = 'phone stolen in Chilpancingo'""", Long.class)).isEqualTo(1);
		assertThat(location(user.get("/"))).as("the user's sessions ended").contains("/login");
		assertThat(location(new Browserless(this.port).signInWithPassword("mfa.lost", PASSWORD)))
			.endsWith("/sign-in/enrol");
	}

	@Test
	void nobodyAsksToResetTheirOwnFactorAndOnlyAdministratorsAskForAnyone() {
		enrolled("mfa.victim", Role.HQ_REVIEWER);
		long admin = ConfirmedAccounts.adminId(this.jdbc, "admin");
		assertThatThrownBy(() -> this.grants.requestSecondFactorReset(admin, "lost it", admin))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("identity.second-factor.cannot-reset-self");

		Browserless reviewer = new Browserless(this.port);
		reviewer.signIn("hq", "parley-demo");
		String csrf = Browserless.csrf(reviewer.get("/").body());
		HttpResponse<String> refused = reviewer.post("/admin/users/" + id("mfa.victim") + "/reset-second-factor",
				Map.of("_csrf", csrf, "reason", "let me in"));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(pendingResets("mfa.victim")).isZero();
		assertThat(this.factors.enrolled(id("mfa.victim"))).isTrue();
		assertThat(this.factors.enrolled(admin)).as("the demo administrator keeps theirs").isTrue();
	}

	private long pendingResets(String username) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM access_grant WHERE kind = 'SECOND_FACTOR_RESET' AND status = 'PENDING' AND user_id = ?",
				Long.class, id(username));
	}

	// --- helpers

	/** A new account with a first password and these roles, its grants confirmed. */
	private void newUser(String username, Role role) {
		UserAdministration.Created created = ConfirmedAccounts.create(this.administration, this.jdbc,
				new UserAdministration.NewUser(username, "Person " + username.replace(".", " "), EnumSet.of(role),
						Set.of()));
		this.resets.redeem(username, created.resetCode(), PASSWORD);
	}

	/** A new account that has enrolled an app; returns the app's secret. */
	private byte[] enrolled(String username, Role role) {
		newUser(username, role);
		Browserless browser = new Browserless(this.port);
		if (role == Role.FIELD_OFFICER) {
			browser.signInWithPassword(username, PASSWORD);
			byte[] secret = secret(browser.get("/account/two-factor").body());
			post(browser, "/account/two-factor", code(secret));
			return secret;
		}
		browser.signInWithPassword(username, PASSWORD);
		byte[] secret = secret(browser.get("/sign-in/enrol").body());
		assertThat(recoveryCodes(post(browser, "/sign-in/enrol", code(secret)).body())).hasSize(10);
		return secret;
	}

	/** The code the app shows now, a step later than any code used before. */
	private String code(byte[] secret) {
		this.clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
		return Totp.code(secret, Totp.step(this.clock.instant()));
	}

	/** A code of no step near now. */
	private String wrongCode(byte[] secret) {
		long step = Totp.step(this.clock.instant());
		for (int i = 0; i < 10; i++) {
			String candidate = String.format("%06d", (Integer.parseInt(Totp.code(secret, step)) + 1 + i) % 1_000_000);
			if (Totp.matchingStep(secret, candidate, this.clock.instant()).isEmpty()) {
				return candidate;
			}
		}
		throw new IllegalStateException("No wrong code found");
	}

	private static HttpResponse<String> post(Browserless browser, String path, String code) {
		String page = browser.get(path.startsWith("/sign-in") ? path : "/account/two-factor").body();
		return browser.post(path, Map.of("code", code, "_csrf", Browserless.csrf(page)));
	}

	private static byte[] secret(String page) {
		Matcher matcher = SECRET.matcher(page);
		assertThat(matcher.find()).as("the secret is shown for manual entry").isTrue();
		return Totp.fromBase32(matcher.group(1));
	}

	private static List<String> recoveryCodes(String page) {
		List<String> codes = new ArrayList<>();
		Matcher matcher = RECOVERY.matcher(page);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
	}

	private long id(String username) {
		return ConfirmedAccounts.adminId(this.jdbc, username);
	}

	private String lastReason(String action, String actor) {
		return this.jdbc.queryForObject(
				"SELECT reason FROM audit_entry WHERE action = ? AND actor = ? ORDER BY seq DESC LIMIT 1", String.class,
				action, actor);
	}

}
