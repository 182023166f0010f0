package org.parley.identity;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.support.Browserless;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A GET changes nothing stored: {@code ?lang=} changes the language of this browser only;
 * the account remembers a language only when the user saves it.
 */
@IntegrationTest
class LanguageChoiceTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void askingForALanguageInTheAddressChangesThePagesButNotTheAccount() {
		this.jdbc.update("UPDATE app_user SET preferred_language = 'en' WHERE username = 'auditor'");
		Browserless browser = new Browserless(this.port);
		browser.signIn("auditor", "parley-demo");

		assertThat(browser.get("/?lang=es").body()).contains("lang=\"es\"");
		assertThat(browser.get("/").body()).as("kept for the session").contains("lang=\"es\"");

		assertThat(language("auditor")).isEqualTo("en");
		Browserless elsewhere = new Browserless(this.port);
		elsewhere.signIn("auditor", "parley-demo");
		assertThat(elsewhere.get("/").body()).contains("lang=\"en\"");
	}

	@Test
	void savingTheLanguageOnTheAccountPageKeepsItForTheAccount() {
		this.jdbc.update("UPDATE app_user SET preferred_language = 'en' WHERE username = 'hq'");
		Browserless browser = new Browserless(this.port);
		browser.signIn("hq", "parley-demo");
		String page = browser.get("/account/sessions").body();
		assertThat(page).contains("name=\"language\"");

		browser.post("/account/language", Map.of("language", "es", "_csrf", Browserless.csrf(page)));

		assertThat(language("hq")).isEqualTo("es");
		assertThat(browser.get("/account/sessions").body()).contains("lang=\"es\"", "Su idioma se ha guardado.");
		browser.post("/account/language",
				Map.of("language", "xx", "_csrf", Browserless.csrf(browser.get("/account/sessions").body())));
		assertThat(language("hq")).isEqualTo("es");
		this.jdbc.update("UPDATE app_user SET preferred_language = NULL WHERE username = 'hq'");
	}

	@Test
	void theSignInPageSpeaksFrenchWhenAskedTo() {
		String page = HtmlUtils.htmlUnescape(new Browserless(this.port).get("/login?lang=fr").body());

		assertThat(page).contains("<html lang=\"fr\"", "Nom d'utilisateur", "Mot de passe", "Se connecter")
			.contains("hreflang=\"fr\"", "Français", "English", "Español")
			.doesNotContain("Username");
	}

	@Test
	void frenchCanBeSavedAsTheAccountsLanguage() {
		this.jdbc.update("UPDATE app_user SET preferred_language = 'en' WHERE username = 'hq'");
		Browserless browser = new Browserless(this.port);
		browser.signIn("hq", "parley-demo");
		String page = browser.get("/account/sessions").body();
		assertThat(page).contains("<option value=\"fr\" lang=\"fr\"");

		browser.post("/account/language", Map.of("language", "fr", "_csrf", Browserless.csrf(page)));

		assertThat(language("hq")).isEqualTo("fr");
		assertThat(HtmlUtils.htmlUnescape(browser.get("/account/sessions").body())).contains("lang=\"fr\"",
				"Votre langue a été enregistrée.", "Langue de votre compte");
		Browserless elsewhere = new Browserless(this.port);
		elsewhere.signIn("hq", "parley-demo");
		assertThat(elsewhere.get("/").body()).as("the account's language, on another device").contains("lang=\"fr\"");
		this.jdbc.update("UPDATE app_user SET preferred_language = NULL WHERE username = 'hq'");
	}

	private String language(String username) {
		return this.jdbc.queryForObject("SELECT preferred_language FROM app_user WHERE username = ?", String.class,
				username);
	}

}
