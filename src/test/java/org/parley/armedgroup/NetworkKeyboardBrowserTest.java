package org.parley.armedgroup;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.parley.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relations network of an armed group works with the keyboard alone: its relations
 * are listed as text next to the graph, the list is reached with Tab and opened with
 * Enter, and each group in it is a link that Enter follows.
 */
class NetworkKeyboardBrowserTest extends BrowserTest {

	@Autowired
	DataSource dataSource;

	@Test
	void theNetworkIsListedAndEveryGroupInItIsReachedWithTheKeyboard() {
		long group = new JdbcTemplate(this.dataSource).queryForObject("""
				SELECT min(g.id) FROM armed_group g JOIN armed_group_relation r
				  ON r.group_id = g.id OR r.other_group_id = g.id""", Long.class);
		signInAs("hq", "en");
		this.chromium.open("/armed-groups/" + group);

		WebElement summary = tabUntil("details.network-list > summary");
		assertThat(summary.getText()).isEqualTo("The network as a list");
		new Actions(this.browser).sendKeys(Keys.ENTER).perform();
		assertThat(this.browser.findElement(By.cssSelector("details.network-list")).getAttribute("open")).isNotNull();
		assertThat(this.browser.findElements(By.cssSelector("details.network-list li"))).isNotEmpty();

		WebElement link = tabUntil("details.network-list li a");
		String target = link.getAttribute("href");
		new Actions(this.browser).sendKeys(Keys.ENTER).perform();
		this.wait.until(ExpectedConditions.urlToBe(target));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isNotBlank();
	}

	/** Presses Tab until the focus is on an element matching the selector. */
	private WebElement tabUntil(String selector) {
		JavascriptExecutor js = (JavascriptExecutor) this.browser;
		for (int presses = 0; presses < 400; presses++) {
			new Actions(this.browser).sendKeys(Keys.TAB).perform();
			Boolean there = (Boolean) js.executeScript(
					"return document.activeElement != null && document.activeElement.matches(arguments[0]);", selector);
			if (Boolean.TRUE.equals(there)) {
				return this.browser.switchTo().activeElement();
			}
		}
		throw new AssertionError("Tab never reached " + selector);
	}

}
