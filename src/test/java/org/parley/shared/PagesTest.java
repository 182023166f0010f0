package org.parley.shared;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.parley.support.Browserless;
import org.parley.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages as the servlet container serves them: language, error pages, security headers.
 */
@IntegrationTest
class PagesTest {

	@LocalServerPort
	int port;

	@Test
	void theSignInPageIsServed() {
		HttpResponse<String> page = new Browserless(this.port).get("/login?lang=en");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Sign in").contains("name=\"_csrf\"");
	}

	@Test
	void langEsRendersTheWholePageInSpanish() {
		Browserless browser = new Browserless(this.port);
		browser.signIn("admin", "parley-demo");

		String page = browser.get("/admin/users?lang=es").body();

		assertThat(page).contains("lang=\"es\"", "Usuarios", "Equipos", "Registro de auditoría", "Nuevo usuario",
				"Buscar por usuario o nombre", "Cerrar sesión", "Cambiar contraseña", "Confidencial");
		assertThat(page).doesNotContain(">Users<", ">Teams<", "Sign out", "Change password", "New user",
				"Confidential");
		browser.get("/?lang=en");
	}

	@Test
	void theChosenLanguageIsRememberedForTheUserOnAnyDevice() {
		Browserless phone = new Browserless(this.port);
		phone.signIn("field.sv", "parley-demo");
		phone.get("/?lang=en");
		phone.post("/account/language",
				java.util.Map.of("language", "es", "_csrf", Browserless.csrf(phone.get("/account/sessions").body())));

		Browserless laptop = new Browserless(this.port);
		laptop.signIn("field.sv", "parley-demo");

		assertThat(laptop.get("/").body()).contains("lang=\"es\"", "Bienvenido/a");
	}

	@Test
	void theLanguageChosenOnTheSignInPageIsKept() {
		Browserless browser = new Browserless(this.port);
		assertThat(browser.get("/login?lang=es").body()).contains("Iniciar sesión", "Contraseña");
		assertThat(browser.get("/login").body()).contains("Iniciar sesión");
	}

	@Test
	void aForbiddenPageIsTranslatedAndExplains() {
		Browserless browser = new Browserless(this.port);
		browser.signIn("field.mx", "parley-demo");

		HttpResponse<String> page = browser.get("/admin/users?lang=es");

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("No permitido").doesNotContain("Whitelabel");
		browser.get("/?lang=es");
	}

	@Test
	void aMissingRecordShowsATranslatedNotFoundPage() {
		Browserless browser = new Browserless(this.port);
		browser.signIn("admin", "parley-demo");

		HttpResponse<String> page = browser.get("/admin/users/987654321?lang=en");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Not found", "Reference:").doesNotContain("Exception");
	}

	@Test
	void aFailureShowsNoStackTraceButAReference() {
		Browserless browser = new Browserless(this.port);
		browser.signIn("admin", "parley-demo");

		HttpResponse<String> page = browser.get("/test/explode?lang=en");

		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.body()).contains("Something went wrong", "Reference:")
			.doesNotContain("secret internal detail", "IllegalStateException", "at org.");
		String reference = page.headers().firstValue("X-Correlation-Id").orElseThrow();
		assertThat(page.body()).contains(reference);
	}

	@Test
	void pagesCarryTheSecurityHeaders() {
		HttpResponse<String> page = new Browserless(this.port).get("/login");

		String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
	}

	@Test
	void assetsAreServedByTheApplicationItself() {
		Browserless browser = new Browserless(this.port);
		String page = browser.get("/login").body();

		assertThat(page).doesNotContain("cdn.", "https://");
		assertThat(browser.get("/webjars/bootstrap/dist/css/bootstrap.min.css").statusCode()).isEqualTo(200);
		assertThat(browser.get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
		assertThat(browser.get("/css/parley.css").statusCode()).isEqualTo(200);
	}

}
