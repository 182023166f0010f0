package org.parley.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the real-browser journeys: a fresh headless Chromium per test against the
 * application under test, closed afterwards.
 */
@IntegrationTest
public abstract class BrowserTest {

	@LocalServerPort
	protected int port;

	protected Chromium chromium;

	protected WebDriver browser;

	protected WebDriverWait wait;

	@BeforeEach
	void startChromium() {
		this.chromium = new Chromium(this.port);
		this.browser = this.chromium.browser();
		this.wait = this.chromium.await();
	}

	@AfterEach
	void stopChromium() {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	/** Signs in through the sign-in page and waits for the start page. */
	protected void signInAs(String username, String language) {
		this.chromium.open("/login?lang=" + language);
		this.chromium.signIn(username, "parley-demo");
		this.wait.until(ExpectedConditions.urlMatches(".*/$"));
	}

}
