package org.parley.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.parley.negotiation.CaseFixtures;
import org.parley.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A field officer types the conflict analysis, the connection drops and the form is sent:
 * nothing is sent, the page says what was typed is kept on the device; the next visit
 * puts it back with a notice; once sent successfully, the draft is gone. A form with real
 * names keeps nothing on the device. In French. Screenshots in
 * target/screenshots/draft-*.png.
 */
class DraftsBrowserTest extends BrowserTest {

	private static final String CONTEXT = "Les routes du nord sont coupées depuis mars ; la clinique attend.";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	MessageSource messages;

	@Test
	void whatWasTypedOfflineIsKeptOnTheDeviceRestoredOnTheNextVisitAndGoneOnceSent() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long caseId = CaseFixtures.aCaseAtConflictAnalysis(this.mvc, this.users, jdbc, "Draft offline");
		String page = "/cases/" + caseId + "/steps/conflict-analysis?lang=fr";
		signInAs("field.mx", "fr");
		this.chromium.open(page);
		type("context", CONTEXT);
		this.wait.until((browser) -> drafts().stream().anyMatch((draft) -> draft.contains("coupées depuis mars")));

		// The connection drops: the form is not sent, the page says so and keeps the
		// text.
		offline(true);
		click(By.cssSelector("form.analysis-form button.save-content"));
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".draft-offline")))
			.getText()).isEqualTo(text("draft.offline"));
		assertThat(this.browser.getCurrentUrl()).contains("/steps/conflict-analysis");
		this.chromium.screenshot("draft-01-offline-fr");

		// The connection comes back; the officer opens the case again in a new tab (the
		// first one, with its unsent text, is left as it is).
		offline(false);
		this.browser.switchTo().newWindow(WindowType.TAB);
		this.chromium.open(page);
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".draft-restored")))
			.getText()).contains(text("draft.restored"), text("draft.discard"));
		assertThat(this.browser.findElement(By.id("context")).getDomProperty("value")).isEqualTo(CONTEXT);
		this.chromium.screenshot("draft-02-restored-fr");

		// Sent: saved on the server, and the draft is gone from the device.
		click(By.cssSelector("form.analysis-form button.save-content"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main > .alert-success")));
		assertThat(jdbc.queryForObject("SELECT context FROM case_conflict_analysis WHERE case_id = ?", String.class,
				caseId))
			.isEqualTo(CONTEXT);
		assertThat(drafts()).noneMatch((draft) -> draft.contains("coupées depuis mars"));
		this.chromium.open(page);
		assertThat(this.browser.findElements(By.cssSelector(".draft-restored"))).isEmpty();
		assertThat(this.browser.findElement(By.id("context")).getDomProperty("value")).isEqualTo(CONTEXT);

		// A form with real names keeps nothing on the device, even offline.
		this.chromium.open("/interlocutors/new?lang=fr");
		type("realName", "Nombre Verdadero");
		offline(true);
		click(By.cssSelector("main form button[type=submit]"));
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".draft-offline")))
			.getText()).isEqualTo(text("draft.offline.not-kept"));
		offline(false);
		assertThat(drafts()).noneMatch((draft) -> draft.contains("Nombre Verdadero"));
	}

	private void offline(boolean offline) {
		HasNetworkConditions network = (HasNetworkConditions) this.browser;
		if (offline) {
			ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
			conditions.setOffline(true);
			network.setNetworkConditions(conditions);
			this.wait.until((browser) -> Boolean.FALSE.equals(script("return navigator.onLine")));
		}
		else {
			network.deleteNetworkConditions();
			this.wait.until((browser) -> Boolean.TRUE.equals(script("return navigator.onLine")));
		}
	}

	/** Every draft this browser keeps, as stored. */
	private List<String> drafts() {
		@SuppressWarnings("unchecked")
		List<String> stored = (List<String>) script("""
				const drafts = [];
				for (let i = 0; i < localStorage.length; i++) {
					const key = localStorage.key(i);
					if (key.startsWith('parley-draft:')) {
						drafts.push(key + ' ' + localStorage.getItem(key));
					}
				}
				return drafts;
				""");
		return new ArrayList<>(stored);
	}

	private Object script(String script) {
		return ((JavascriptExecutor) this.browser).executeScript(script);
	}

	/** The French text as Selenium reads it from the page (no-break spaces as spaces). */
	private String text(String key) {
		return this.messages.getMessage(key, null, Locale.FRENCH).replace('\u00a0', ' ');
	}

}
