package org.parley;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.parley.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (Debian's headless Chromium) walks the administrator's first journey:
 * sign in, create a field officer, switch to Spanish; then the new officer chooses their
 * password with the one-time reset code the administrator handed over, and signs in. An
 * auditor creates an access token for a script and reads the API documentation.
 * Screenshots go to target/screenshots.
 */
class BrowserJourneyTest extends BrowserTest {

	@Test
	void theAdministratorCreatesAFieldOfficerWhoChoosesTheirPasswordWithTheResetCode() {
		open("/login?lang=en");
		screenshot("01-sign-in");
		signIn("admin", "parley-demo");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));
		screenshot("02-home-admin");

		open("/admin/users/new");
		this.browser.findElement(By.id("username")).sendKeys("lucia.mendez");
		this.browser.findElement(By.id("displayName")).sendKeys("Lucía Méndez");
		this.browser.findElement(By.cssSelector("input[name=roles][value=FIELD_OFFICER]")).click();
		this.browser.findElement(By.xpath("//label[normalize-space()='México – Guerrero']/preceding-sibling::input"))
			.click();
		screenshot("03-new-user-form");
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();

		String flash = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")))
			.getText();
		assertThat(flash).contains("User lucia.mendez created");
		Matcher oneTime = Pattern.compile("One-time reset code: (\\S+?)\\. It is no password").matcher(flash);
		assertThat(oneTime.find()).isTrue();
		screenshot("04-user-created");

		this.browser.findElement(By.linkText("Español")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Datos"));
		assertThat(this.browser.findElement(By.tagName("body")).getText()).contains("Funciones", "Equipos",
				"Restablecer contraseña", "Desactivar cuenta");
		screenshot("05-user-in-spanish");

		this.browser.manage().window().setSize(new Dimension(390, 844));
		open("/admin/users");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Usuarios");
		screenshot("06-users-phone-width");
		this.browser.manage().window().setSize(new Dimension(1280, 900));
		open("/audit?lang=en");
		assertThat(this.browser.findElement(By.cssSelector(".audit-table")).getText()).contains("lucia.mendez",
				"Created");
		screenshot("07-audit-log");
		this.browser.findElement(By.linkText("Verify the chain")).click();
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chain-intact"))).getText())
			.contains("intact");
		screenshot("08-audit-chain-verified");
		open("/");
		this.browser.findElement(By.id("user-menu")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form[action$='/logout'] button")))
			.click();
		this.wait.until(ExpectedConditions.urlContains("/login?logout"));

		this.browser.findElement(By.linkText("I have a reset code")).click();
		this.wait.until(ExpectedConditions.urlContains("/password-reset"));
		screenshot("09-choose-password-with-code");
		this.browser.findElement(By.id("username")).sendKeys("lucia.mendez");
		this.browser.findElement(By.id("code")).sendKeys(oneTime.group(1));
		this.browser.findElement(By.id("newPassword")).sendKeys("short");
		this.browser.findElement(By.id("confirmation")).sendKeys("short");
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".invalid-feedback")))
			.getText()).isNotBlank();
		screenshot("10-password-rule-explained");
		this.browser.findElement(By.id("code")).clear();
		this.browser.findElement(By.id("code")).sendKeys(oneTime.group(1));
		this.browser.findElement(By.id("newPassword")).sendKeys("the clinic opens on tuesday");
		this.browser.findElement(By.id("confirmation")).sendKeys("the clinic opens on tuesday");
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("/login?reset"));
		signIn("lucia.mendez", "the clinic opens on tuesday");
		assertThat(
				this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".team-bar"))).getText())
			.contains("México – Guerrero");
		screenshot("11-field-officer-home");
	}

	@Test
	void anAuditorCreatesAnAccessTokenAndReadsTheApiDocumentation() throws Exception {
		((ChromeDriver) this.browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", "window.cspViolations = []; document.addEventListener('securitypolicyviolation', "
						+ "function (e) { window.cspViolations.push(e.violatedDirective + ' ' + e.sourceFile); });"));
		open("/login?lang=en");
		signIn("auditor", "parley-demo");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));
		this.browser.findElement(By.id("user-menu")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Access tokens"))).click();
		this.browser.findElement(By.id("name")).sendKeys("Monthly audit export");
		new Select(this.browser.findElement(By.id("lifetime"))).selectByValue("THIRTY_DAYS");
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();

		String token = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-token")))
			.getDomProperty("value");
		assertThat(token).startsWith("pat_");
		assertThat(this.browser.findElement(By.id("new-token-card")).getText()).contains("will not be shown again");
		assertThat(cspViolations()).isEmpty();
		screenshot("12-access-token-created");
		HttpResponse<String> me = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/me"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(me.body()).contains("\"username\":\"auditor\"");

		this.browser.navigate().refresh();
		assertThat(this.browser.findElements(By.id("new-token"))).isEmpty();
		assertThat(this.browser.findElement(By.id("tokens")).getText()).contains("Monthly audit export",
				token.substring(0, 8), "Active");

		this.browser.findElement(By.id("user-menu")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("API"))).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".swagger-ui .info .title"),
				"Parley API"));
		this.wait.until((driver) -> driver.findElements(By.cssSelector(".opblock-summary-path"))
			.stream()
			.map(org.openqa.selenium.WebElement::getText)
			.toList()
			.containsAll(List.of("/api/v1/me", "/api/v1/armed-groups", "/api/v1/interlocutors")));
		screenshot("13-api-documentation");
		assertThat(cspViolations()).isEmpty();
	}

	/** What the Content-Security-Policy blocked on the current page. */
	private List<?> cspViolations() {
		return (List<?>) ((JavascriptExecutor) this.browser).executeScript("return window.cspViolations;");
	}

	private void signIn(String username, String password) {
		this.chromium.signIn(username, password);
	}

	private void open(String path) {
		this.chromium.open(path);
	}

	private void screenshot(String name) {
		this.chromium.screenshot(name);
	}

}
