package org.parley.agreement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.parley.negotiation.CaseFixtures;
import org.parley.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is given, in a real browser (decision 0026): the field officer, in Spanish, is
 * stopped at the question when a transfer would be given in exchange for access, then
 * records fuel for the ambulances; HQ, in English, approves it; the case's history says
 * so in words. Screenshots in target/screenshots/transfer-*.png.
 */
class TransferBrowserTest extends BrowserTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Test
	void aFieldOfficerRecordsFuelHqApprovesItAndTheHistoryTellsIt() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long caseId = CaseFixtures.aCaseAtConflictAnalysis(this.mvc, this.users, jdbc, "Fuel");

		signInAs("field.mx", "es");
		this.chromium.open("/cases/" + caseId + "?lang=es");
		click(By.cssSelector("a.case-transfers-link"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.record-transfer")));
		fill("Diésel para las dos ambulancias del valle");
		click(By.id("forAccess-yes"));
		click(By.cssSelector("form.record-transfer button[type=submit]"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forAccess-error")));
		assertThat(this.browser.findElement(By.id("forAccess-error")).getText())
			.contains("Ningún pago, en efectivo o en especie, a cambio de acceso");
		this.chromium.screenshot("transfer-01-payment-for-access-refused-es");
		click(By.id("forAccess-no"));
		click(By.cssSelector("form.record-transfer button[type=submit]"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(this.browser.findElement(By.cssSelector(".transfer-status")).getText())
			.isEqualTo("En espera de la sede");
		this.chromium.screenshot("transfer-02-recorded-es");

		this.browser.manage().deleteAllCookies();
		signInAs("hq", "en");
		this.chromium.open("/transfers?lang=en");
		click(By.cssSelector("table.transfers-across a[href*='/cases/" + caseId + "/transfers']"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.review-transfer")));
		type(this.browser.findElement(By.cssSelector("form.review-transfer textarea")).getAttribute("id"),
				"Fuel for the ambulances only: approved.");
		this.chromium.screenshot("transfer-03-hq-reviews");
		click(By.cssSelector("button.approve-transfer"));
		this.wait
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".transfer-status"), "Approved"));
		assertThat(this.browser.findElement(By.cssSelector(".transfer-totals")).getText()).contains("2,400.00 MXN");

		this.chromium.open("/cases/" + caseId + "/history?lang=en");
		this.wait
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Transfer approved by HQ"));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Transfer recorded");
		this.chromium.screenshot("transfer-04-history");
	}

	private void fill(String justification) {
		new Select(this.browser.findElement(By.id("kind"))).selectByValue("FUEL");
		type("amount", "2400");
		new Select(this.browser.findElement(By.id("recipientKind"))).selectByValue("OTHER");
		type("recipientOther", "Comité comunitario de ambulancias");
		type("justification", justification);
	}

}
