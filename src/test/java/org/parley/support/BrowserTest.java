package org.parley.support;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
		if (startsItsOwnBrowser()) {
			return;
		}
		this.chromium = new Chromium(this.port);
		this.browser = this.chromium.browser();
		this.wait = this.chromium.await();
	}

	/**
	 * Whether the test starts its browser itself (in the language it walks in), instead
	 * of the English one started before each test.
	 */
	protected boolean startsItsOwnBrowser() {
		return false;
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
		// The account's remembered language wins at sign-in, and other tests may have
		// changed it: ask for the test's language again.
		this.chromium.open("/?lang=" + language);
	}

	/** Types into the field with that id, scrolled into view first. */
	protected void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		scroll(field);
		field.sendKeys(text);
	}

	/** Clicks the element, scrolled into view first (sticky headers cover the top). */
	protected void click(By by) {
		// A part of the page that htmx or a script replaces while it is found (the
		// influence map after its form is saved) detaches the element: find it again.
		for (int attempt = 1;; attempt++) {
			try {
				WebElement element = this.browser.findElement(by);
				scroll(element);
				element.click();
				return;
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				if (attempt == 3 || ex.getMessage() == null
						|| !ex.getMessage().contains("does not belong to the document")) {
					throw ex;
				}
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(interrupted);
			}
		}
	}

	/** Sets a date field, whatever the browser's own date format. */
	protected void setDate(String id, LocalDate date) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1];",
				this.browser.findElement(By.id(id)), date.toString());
	}

	protected void scroll(WebElement element) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
	}

	/** The current page's path, without host, query or fragment. */
	protected String path() {
		return this.browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("[#?].*$", "");
	}

}
