package org.parley;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.protection.keys.MasterKeys;
import org.parley.support.Browserless;
import org.parley.support.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Parley on one database, as behind a load balancer without sticky
 * sessions (decision 0030): a session started on one is valid on the other, a sign-out on
 * either ends it on both, a stranger's visit leaves no session row, and a scheduled job's
 * slot is run by one instance only.
 */
class SeveralInstancesTest {

	private static final String ADMIN = "chief";

	private static final String PASSWORD = "a sentence only I know";

	private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private static int portA;

	private static int portB;

	private static JdbcTemplate db;

	@BeforeAll
	static void twoInstancesOnOneDatabase() throws IOException {
		String url = TestDatabase.createDatabase();
		Path signingKey = Files.createTempFile("parley-signing-", ".pem");
		try (InputStream demoKey = new ClassPathResource("db/demo/dossier-signing-key.DEMO-ONLY.pem")
			.getInputStream()) {
			Files.copy(demoKey, signingKey, StandardCopyOption.REPLACE_EXISTING);
		}
		// The roles and the audit MAC key come from the run's system properties; the two
		// share an anchor folder of their own (the run's holds other databases' anchors);
		// the administrator needs no second factor here.
		Path anchors = Files.createTempDirectory("parley-instances-anchors-");
		String[] args = { "--spring.datasource.url=" + url, "--server.port=0", "--parley.audit.anchor-dir=" + anchors,
				"--parley.protection.master-keyset=" + MasterKeys.DEMO_KEYSET,
				"--parley.signing.private-key=" + signingKey, "--parley.admin.username=" + ADMIN,
				"--parley.admin.password=" + PASSWORD, "--parley.security.mfa.required-roles=FIELD_OFFICER" };
		instances.add(new SpringApplicationBuilder(ParleyApplication.class).run(args));
		instances.add(new SpringApplicationBuilder(ParleyApplication.class).run(args));
		portA = port(instances.get(0));
		portB = port(instances.get(1));
		db = instances.get(0).getBean(JdbcTemplate.class);
	}

	@AfterAll
	static void stop() {
		instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void aSessionStartedOnOneInstanceIsValidOnTheOtherAndASignOutOnEitherEndsItOnBoth() {
		Browserless onA = new Browserless(portA);
		assertThat(onA.signIn(ADMIN, PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("login"));
		Browserless onB = onA.at(portB);
		String sessionId = new String(Base64.getDecoder().decode(onA.session()), StandardCharsets.US_ASCII);
		assertThat(onA.get("/").statusCode()).isEqualTo(200);

		HttpResponse<String> sessionsOnB = onB.get("/account/sessions?lang=en");
		assertThat(sessionsOnB.statusCode()).as("the same cookie on the other instance").isEqualTo(200);
		assertThat(sessionsOnB.body()).contains("This session");
		assertThat(signedInRows(sessionId)).isEqualTo(1);

		// A message for the next page, set on one instance, is shown by the other.
		assertThat(
				onB.post("/account/language", Map.of("language", "en", "_csrf", Browserless.csrf(sessionsOnB.body())))
					.statusCode())
			.isEqualTo(302);
		assertThat(onA.get("/account/sessions").body()).contains("Your language has been saved.");

		onB.post("/logout", Map.of("_csrf", Browserless.csrf(onB.get("/account/sessions").body())));

		assertThat(onA.get("/").headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).as("signed out on the first instance too").startsWith("/login"));
		assertThat(onB.get("/").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith("/login"));
		assertThat(signedInRows(sessionId)).as("the session's row").isZero();
	}

	@Test
	void theSessionCookieKeepsItsProtections() {
		Browserless browser = new Browserless(portB);
		HttpResponse<String> signedIn = browser.signIn(ADMIN, PASSWORD);

		String cookie = signedIn.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("PARLEY_SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/").doesNotContain("Secure");
	}

	@Test
	void aStrangersVisitToTheSignInPageLeavesNoSession() {
		long before = sessionRows();
		for (int port : new int[] { portA, portB }) {
			for (String path : List.of("/login", "/login?lang=es", "/actuator/health/readiness", "/favicon.ico", "/")) {
				HttpResponse<String> answer = new Browserless(port).get(path);
				assertThat(answer.headers().allValues("Set-Cookie")).as("cookies set by %s on instance %s", path, port)
					.noneMatch((cookie) -> cookie.startsWith("PARLEY_SESSION="));
			}
		}
		assertThat(sessionRows()).isEqualTo(before);
	}

	@Test
	void aScheduledJobsSlotRunsOnOneInstanceOnly() throws Exception {
		long anchorsBefore = db.queryForObject("SELECT count(*) FROM audit_anchor", Long.class);

		for (ConfigurableApplicationContext instance : instances) {
			Object schedule = instance.getBean(Class.forName("org.parley.audit.AnchorSchedule"));
			ReflectionTestUtils.invokeMethod(schedule, "slot");
		}

		assertThat(db.queryForObject("SELECT count(*) FROM audit_anchor", Long.class))
			.as("anchors written by the day's slot on two instances")
			.isEqualTo(anchorsBefore + 1);
		assertThat(db.queryForObject(
				"SELECT lock_until >= locked_at + interval '1 hour' FROM job_lock WHERE name = 'audit-anchor'",
				Boolean.class))
			.as("the slot stays taken for an hour after its run")
			.isTrue();
	}

	private static long sessionRows() {
		return db.queryForObject("SELECT count(*) FROM spring_session", Long.class);
	}

	/** The session's row, if it is there and signed in as the administrator. */
	private static long signedInRows(String sessionId) {
		return db.queryForObject(
				"SELECT count(*) FROM spring_session s JOIN app_user u"
						+ " ON s.principal_name = CAST(u.id AS text) WHERE s.session_id = ? AND u.username = ?",
				Long.class, sessionId, ADMIN);
	}

	private static int port(ConfigurableApplicationContext instance) {
		return instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

}
