package org.parley.negotiation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.support.Chromium;
import org.parley.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A field officer opens a case in a real browser and lands on its first step, with the
 * method's guiding questions in Spanish.
 */
@IntegrationTest
class CaseBrowserTest {

	@LocalServerPort
	int port;

	private Chromium chromium;

	private WebDriver browser;

	private WebDriverWait wait;

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

	@Test
	void aFieldOfficerOpensACaseAndSeesTheFirstStepsQuestions() {
		this.chromium.open("/login?lang=es");
		this.chromium.signIn("field.mx", "parley-demo");
		this.wait.until(ExpectedConditions.urlMatches(".*/$"));
		this.chromium.open("/cases/new?lang=es");
		this.browser.findElement(By.id("title")).sendKeys("Acceso de la clínica móvil, valle alto");
		new Select(this.browser.findElement(By.id("country"))).selectByValue("MX");
		this.browser.findElement(By.id("region")).sendKeys("Guerrero");
		new Select(this.browser.findElement(By.id("groupIds"))).selectByVisibleText("Cártel del Sierra Alta");
		new Select(this.browser.findElement(By.id("objectiveType"))).selectByValue("ACCESS_FOR_HEALTH_CARE");
		this.chromium.screenshot("case-01-open-form-es");
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(this.browser.findElement(By.cssSelector(".stepper-step.current")).getText())
			.contains("Análisis del conflicto", "paso actual", "¿Quiénes son los actores");
		this.chromium.screenshot("case-02-first-step-es");

		java.util.List<org.openqa.selenium.WebElement> answers = this.browser
			.findElements(By.cssSelector("form.answers textarea"));
		for (int i = 0; i < answers.size() - 1; i++) {
			answers.get(i).sendKeys("Respuesta " + (i + 1));
		}
		org.openqa.selenium.WebElement notApplicable = this.browser
			.findElements(By.cssSelector("form.answers input[type=checkbox]"))
			.get(answers.size() - 1);
		((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center'});", notApplicable);
		notApplicable.click();
		this.browser.findElement(By.cssSelector("button.complete-step")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".stepper-step.current"),
				"Comprender al grupo armado"));
		assertThat(this.browser.findElement(By.id("timeline")).getText()).contains("completó Análisis del conflicto");
		this.chromium.screenshot("case-03-second-step-es");
	}

}
