package org.parley.shared;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.parley.support.Browserless;
import org.parley.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the database cannot be reached (PostgreSQL restarting), a user is asked to try
 * again in a moment, in their language, with 503 and Retry-After: never the "something
 * went wrong" page, never a stack trace. (bench/db-restart.sh shows it against a real
 * restart.)
 */
@IntegrationTest
class DatabaseUnavailablePagesTest {

	@LocalServerPort
	int port;

	@Test
	void aPageWhoseDatabaseIsUnreachableAsksToTryAgainInEnglish() {
		Browserless browser = signedIn();

		HttpResponse<String> page = browser.get("/test/database-down?lang=en");

		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(page.body()).contains("lang=\"en\"", "Parley is briefly unavailable", "Try again",
				"href=\"/test/database-down?lang=en\"", "Reference:");
		assertNoInternals(page.body());
	}

	@Test
	void aPageWhoseDatabaseIsUnreachableAsksToTryAgainInSpanish() {
		Browserless browser = signedIn();

		HttpResponse<String> page = browser.get("/test/database-down?lang=es");

		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(page.body()).contains("lang=\"es\"", "Parley no está disponible por un momento",
				"Intentar de nuevo");
		assertNoInternals(page.body());
		browser.get("/?lang=en");
	}

	@Test
	void aFilterThatCannotReachTheDatabaseGivesTheSamePage() {
		Browserless browser = signedIn();

		HttpResponse<String> page = browser.get("/test/database-down-before-controller?lang=es");

		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(page.body()).contains("Parley no está disponible por un momento",
				"href=\"/test/database-down-before-controller?lang=es\"");
		assertNoInternals(page.body());
		browser.get("/?lang=en");
	}

	@Test
	void theApiAnswersAProblemDetailInTheReadersLanguage() {
		Browserless browser = signedIn();

		HttpResponse<String> english = browser.get("/api/v1/test/database-down?lang=en");
		HttpResponse<String> spanish = browser.get("/api/v1/test/database-down?lang=es");

		assertThat(english.statusCode()).isEqualTo(503);
		assertThat(english.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(english.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(english.body()).contains("\"type\":\"urn:parley:problem:unavailable\"", "\"status\":503",
				"\"title\":\"Temporarily unavailable\"", "\"correlationId\"");
		assertNoInternals(english.body());
		assertThat(spanish.statusCode()).isEqualTo(503);
		assertThat(spanish.body()).contains("\"title\":\"No disponible temporalmente\"");
		assertNoInternals(spanish.body());
		browser.get("/?lang=en");
	}

	private Browserless signedIn() {
		Browserless browser = new Browserless(this.port);
		browser.signIn("field.sv", "parley-demo");
		return browser;
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("secret detail", "Exception", "HikariPool", "at org.", "Something went wrong");
	}

}
