package org.parley.shared.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.parley.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Form errors in the browser, on a form whose fields are partly written by hand (the new
 * case: its team and groups) and partly drawn by the shared fragments: every message has
 * an id used once, every invalid field names it (aria-describedby) and says it is invalid
 * (aria-invalid), and the summary of errors, an alert, has the focus.
 */
class FormErrorsBrowserTest extends BrowserTest {

	/**
	 * Each shown message: its id, how many elements use that id, and the fields naming
	 * it.
	 */
	private static final String MESSAGES = """
			return Array.from(document.querySelectorAll('.invalid-feedback'))
			  .filter(function (m) { return m.textContent.trim() !== ''; })
			  .map(function (m) {
			    var naming = Array.from(document.querySelectorAll('[aria-describedby]'))
			      .filter(function (f) { return f.getAttribute('aria-describedby').split(/\\s+/).indexOf(m.id) >= 0; });
			    return { id: m.id, uses: document.querySelectorAll('[id="' + m.id + '"]').length,
			      invalid: naming.filter(function (f) { return f.getAttribute('aria-invalid') === 'true'; }).length };
			  });""";

	@Test
	void everyErrorOfANewCaseIsNamedByItsFieldAndTheSummaryHasTheFocus() {
		signInAs("field.mx", "en");
		this.chromium.open("/cases/new");
		click(By.cssSelector("main form button[type=submit]"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".form-errors[role=alert]")));

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> messages = (List<Map<String, Object>>) ((JavascriptExecutor) this.browser)
			.executeScript(MESSAGES);
		assertThat(messages).hasSizeGreaterThanOrEqualTo(2);
		assertThat(messages).allSatisfy((message) -> {
			assertThat((String) message.get("id")).isNotBlank();
			assertThat(((Number) message.get("uses")).intValue()).as("%s used once", message.get("id")).isEqualTo(1);
			assertThat(((Number) message.get("invalid")).intValue()).as("fields naming %s", message.get("id"))
				.isGreaterThanOrEqualTo(1);
		});
		assertThat(this.browser.switchTo().activeElement().getAttribute("role")).isEqualTo("alert");
	}

}
