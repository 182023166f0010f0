package org.parley.shared.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parley.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markup and script typed into the forms are stored as text and shown as text: in a real
 * browser, a group whose name, alias and description are payloads runs none of them on
 * the pages that show them, nor does a search that echoes one.
 */
class StoredMarkupBrowserTest extends BrowserTest {

	private static final String IMG = "<img src=x onerror=\"window.__xss='img'\">";

	private static final String SCRIPT = "<script>window.__xss='script'</script>";

	private static final String SVG = "<svg onload=\"window.__xss='svg'\"></svg>";

	@Test
	void storedPayloadsRenderAsText() {
		signInAs("field.mx", "en");
		this.chromium.open("/armed-groups/new?lang=en");
		type("name", "Grupo " + IMG);
		this.browser.findElements(By.cssSelector(".alias-rows input[name=aliases]")).get(0).sendKeys(SCRIPT);
		type("description", SVG + " " + SCRIPT);
		type("leadership", IMG);
		click(By.cssSelector("form.group-form button[type=submit]"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		String groupPage = path();
		assertThat(groupPage).matches("/armed-groups/\\d+");

		List<String> pages = List.of(groupPage, groupPage + "/edit", "/armed-groups",
				"/armed-groups?q=" + java.net.URLEncoder.encode("Grupo <img", java.nio.charset.StandardCharsets.UTF_8),
				"/armed-groups?q=" + java.net.URLEncoder.encode(SCRIPT, java.nio.charset.StandardCharsets.UTF_8));
		for (String page : pages) {
			this.chromium.open(page);
			this.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
			Object xss = ((JavascriptExecutor) this.browser).executeScript("return window.__xss;");
			assertThat(xss).as(page + ": a payload ran").isNull();
			assertThat(this.browser.findElements(By.cssSelector("main img[src=x], main svg[onload]")))
				.as(page + ": a payload became an element")
				.isEmpty();
			assertThat(this.browser.findElements(By.cssSelector("main script"))).as(page + ": a script element")
				.isEmpty();
		}
		this.chromium.open(groupPage);
		assertThat(this.browser.findElement(By.tagName("main")).getText()).as("the payload is shown as text")
			.contains("Grupo <img src=x");
	}

}
