package org.parley.negotiation;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.parley.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A field officer opens a case in a real browser and lands on its first step, with the
 * method's guiding questions in Spanish.
 */
class CaseBrowserTest extends BrowserTest {

	@Test
	void aFieldOfficerOpensACaseAndSeesTheFirstStepsQuestions() {
		signInAs("field.mx", "es");
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

	@Test
	void theCaseWaitsAtTheGateUntilAnHqReviewerApproves() {
		signInAs("field.mx", "en");
		this.chromium.open("/cases/new?lang=en");
		this.browser.findElement(By.id("title")).sendKeys("Ambulance passage, valley road");
		new Select(this.browser.findElement(By.id("country"))).selectByValue("MX");
		new Select(this.browser.findElement(By.id("groupIds")))
			.selectByVisibleText("Autodefensas Comunitarias del Valle");
		new Select(this.browser.findElement(By.id("objectiveType"))).selectByValue("SAFE_PASSAGE");
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.answers")));
		for (String next : new String[] { "Understanding the armed group", "Objectives", "Internal decision" }) {
			this.browser.findElements(By.cssSelector("form.answers textarea"))
				.forEach((answer) -> answer.sendKeys("Discussed with the team on Monday."));
			this.browser.findElement(By.cssSelector("button.complete-step")).click();
			this.wait.until(
					ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".stepper-step.current"), next));
		}
		this.browser.findElements(By.cssSelector("form.answers textarea"))
			.forEach((answer) -> answer.sendKeys("Weighed with the head of office."));
		this.browser.findElement(By.cssSelector("button.complete-step")).click();
		assertThat(this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#current-step .alert-danger")))
			.getText()).contains("No engagement before HQ has decided");
		this.browser.findElement(By.cssSelector("form.answers button[value=save]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
		for (String field : new String[] { "riskLegitimacy", "riskInstrumentalisation", "riskLegal", "riskStaffSafety",
				"riskReputation", "mandateScope" }) {
			this.browser.findElement(By.id(field)).sendKeys("Assessed: acceptable with precautions.");
		}
		this.browser.findElement(By.id("mandateLevel")).sendKeys("Field team with the community commanders");
		this.chromium.screenshot("case-04-decision-request");
		this.browser.findElement(By.cssSelector("form.request-decision button[type=submit]")).click();
		this.wait
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".decision"), "Waiting for HQ"));
		String caseUrl = this.browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "");

		this.browser.manage().deleteAllCookies();
		signInAs("hq", "en");
		this.chromium.open(caseUrl + "?lang=en");
		this.browser.findElement(By.id("decide-reason")).sendKeys("Risks proportionate; daytime only.");
		this.chromium.screenshot("case-05-hq-decides");
		this.browser.findElement(By.cssSelector("button.approve")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".stepper-step.current"),
				"Engagement modality"));
		assertThat(this.browser.findElement(By.id("timeline")).getText()).contains("hq",
				"completed Internal decision, moved to Engagement modality");
		this.chromium.screenshot("case-06-approved");
	}

}
