package org.parley.identity;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parley.support.BrowserTest;
import org.parley.support.ConfirmedAccounts;
import org.parley.support.DemoCodes;
import org.parley.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-step sign-in in a real browser at a phone's width (390 px), in Spanish: a field
 * officer turns it on from the account menu with the QR code's key, keeps the recovery
 * codes, and signs in with a code the next time. Screenshots in target/screenshots.
 */
class SecondFactorBrowserTest extends BrowserTest {

	private static final String PASSWORD = "plums and quiet harbours";

	@Autowired
	UserAdministration administration;

	@Autowired
	PasswordResets resets;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void aFieldOfficerTurnsOnTwoStepSignInOnAPhoneAndSignsInWithACode() {
		UserAdministration.Created created = ConfirmedAccounts.create(this.administration, this.jdbc,
				new UserAdministration.NewUser("phone.officer", "Officer on a phone", EnumSet.of(Role.FIELD_OFFICER),
						Set.of()));
		this.resets.redeem("phone.officer", created.resetCode(), PASSWORD);
		this.browser.manage().window().setSize(new Dimension(390, 844));

		this.chromium.open("/login?lang=es");
		this.chromium.signIn("phone.officer", PASSWORD);
		this.wait.until(ExpectedConditions.urlMatches(".*/$"));
		this.chromium.open("/account/two-factor");
		WebElement qr = this.browser.findElement(By.id("qr-code"));
		assertThat(qr.isDisplayed()).isTrue();
		assertThat(((Number) script("return arguments[0].naturalWidth", qr)).intValue()).isPositive();
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Inicio de sesión en dos pasos");
		assertNoSidewaysScroll();
		this.chromium.screenshot("second-factor-enrol-phone-es");
		String secret = this.browser.findElement(By.id("secret")).getText();

		this.clock.advance(Duration.ofSeconds(30));
		type("code", DemoCodes.of(secret, this.clock.instant()));
		click(By.cssSelector(".second-factor-enrolment button[type=submit]"));

		List<WebElement> codes = this.wait
			.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector("#recovery-codes code")));
		assertThat(codes).hasSize(10)
			.allSatisfy((c) -> assertThat(c.getText()).matches("[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}"));
		assertNoSidewaysScroll();
		this.chromium.screenshot("second-factor-recovery-codes-phone-es");
		click(By.id("continue"));
		assertThat(this.browser.findElement(By.id("second-factor-state")).getText()).contains("activado desde");

		this.browser.manage().deleteAllCookies();
		this.chromium.open("/login?lang=es");
		this.browser.findElement(By.id("username")).sendKeys("phone.officer");
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD);
		click(By.cssSelector("main form button[type=submit]"));
		this.wait.until(ExpectedConditions.urlContains("/sign-in/code"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Código de su aplicación");
		assertNoSidewaysScroll();
		this.chromium.screenshot("second-factor-code-phone-es");
		this.clock.advance(Duration.ofSeconds(30));
		type("code", DemoCodes.of(secret, this.clock.instant()));
		click(By.cssSelector("main form button[type=submit]"));

		this.wait.until(ExpectedConditions.urlMatches(".*/$"));
		assertThat(path()).isEqualTo("/");
		assertThat(this.browser.findElement(By.tagName("body")).getText()).doesNotContain("Código de su aplicación");
	}

	private void assertNoSidewaysScroll() {
		long scrollWidth = ((Number) script("return document.documentElement.scrollWidth")).longValue();
		long clientWidth = ((Number) script("return document.documentElement.clientWidth")).longValue();
		assertThat(scrollWidth).as("page width at 390 px").isLessThanOrEqualTo(clientWidth);
	}

	private Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.browser).executeScript(script, args);
	}

}
