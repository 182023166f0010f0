package org.parley.negotiation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.parley.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of the method in a real browser: a field officer walks a new case from
 * conflict analysis to its first negotiation round, and an HQ reviewer approves the
 * decision to engage in between. Screenshots in target/screenshots.
 */
class CaseBrowserTest extends BrowserTest {

	@Test
	void aFieldOfficerWalksACaseToItsFirstRoundWithHqApprovalInBetween() {
		signInAs("field.mx", "es");
		this.chromium.open("/cases/new?lang=es");
		this.browser.findElement(By.id("title")).sendKeys("Acceso de la clínica móvil, valle alto");
		new Select(this.browser.findElement(By.id("country"))).selectByValue("MX");
		this.browser.findElement(By.id("region")).sendKeys("Guerrero");
		Select groups = new Select(this.browser.findElement(By.id("groupIds")));
		groups.selectByContainsVisibleText("Cártel del Sierra Alta");
		// A designated group says so where it is chosen (issue 16).
		org.assertj.core.api.Assertions.assertThat(groups.getFirstSelectedOption().getText())
			.contains("designado")
			.contains("FTO");
		new Select(this.browser.findElement(By.id("objectiveType"))).selectByValue("ACCESS_FOR_HEALTH_CARE");
		this.chromium.screenshot("case-01-open-form-es");
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(this.browser.findElement(By.cssSelector(".stepper-step.current")).getText())
			.contains("Análisis del conflicto", "paso actual", "el contexto de la zona");
		String caseUrl = path();
		this.chromium.screenshot("case-02-overview-es");

		// 1. Conflict analysis: content, then the questions, then complete.
		this.browser.findElement(By.cssSelector("a.open-step")).click();
		type("context", "Once comunidades sin puesto de salud desde 2021.");
		type("territorialControl", "El cártel controla el camino y el valle alto.");
		type("statePresence", "El ejército patrulla solo la cabecera municipal.");
		type("humanitarianNeeds", "Sin vacunación desde 2021.");
		type("risks", "Personal confundido con informantes.");
		click(By.id("legalRegime3"));
		type("legalReasoning", "Discutido para la violencia criminal.");
		new Select(this.browser.findElement(By.id("actors0.kind"))).selectByValue("ARMED_GROUP");
		type("actors0.name", "Cártel del Sierra Alta");
		click(By.cssSelector("[data-add-rows='.actor-rows']"));
		click(By.cssSelector("[data-add-rows='.actor-rows']"));
		new Select(this.browser.findElement(By.id("actors3.kind"))).selectByValue("COMMUNITY");
		type("actors3.name", "Parroquia del valle alto");
		type("factsAgreed", "Las comunidades necesitan un médico\nEl camino es la única entrada");
		type("normsShared", "Hay que cuidar a los niños y a los enfermos");
		this.chromium.screenshot("case-03-conflict-analysis-es");
		click(By.cssSelector("form.analysis-form button.save-content"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(this.browser.findElement(By.id("actors1.name")).getAttribute("value"))
			.isEqualTo("Parroquia del valle alto");
		answerAndComplete("Comprender al grupo armado");

		// 2. Understanding the group: an assessment pre-filled from the registry.
		click(By.cssSelector("a.new-assessment"));
		assertThat(this.browser.findElement(By.id("structure")).getAttribute("value")).isNotBlank();
		type("decisionMakers", "El jefe de plaza del valle alto.");
		type("interests", "Control del camino.");
		type("gainsLosses", "Gana: familias atendidas.");
		type("positions", "Nadie entra sin permiso.");
		type("motives", "Control del territorio.");
		type("influencers0.name", "PASTOR");
		new Select(this.browser.findElement(By.id("influencers0.influence"))).selectByValue("HIGH");
		new Select(this.browser.findElement(By.id("influencers0.disposition"))).selectByValue("SUPPORTIVE");
		click(By.cssSelector("button.save-assessment"));
		this.wait.until(ExpectedConditions.or(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")),
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".invalid-feedback, .alert-danger"))));
		this.chromium.screenshot("case-04-assessment-saved-es");
		assertThat(this.browser.findElements(By.cssSelector(".invalid-feedback, .alert-danger"))).isEmpty();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".influence-map canvas")));
		this.chromium.screenshot("case-04-assessment-es");
		answerAndComplete("Objetivos");

		// 3. Objectives: the organisation's red lines are there already.
		assertThat(this.browser.findElement(By.cssSelector(".red-lines")).getText())
			.contains("Ningún pago, en dinero o en especie, a cambio del acceso");
		type("objectives0.text", "Una clínica semanal llega a las once comunidades");
		new Select(this.browser.findElement(By.id("objectives0.priority"))).selectByValue("HIGH");
		type("objectives0.bottomLine", "Cada dos semanas, en las cinco comunidades mayores");
		type("alternative", "Atender desde la cabecera municipal.");
		click(By.cssSelector("form.objectives-form button.save-content"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
		type("indicator", "Consultas por mes");
		type("unit", "consultas");
		type("baseline", "0");
		type("target", "seiscientas");
		click(By.cssSelector("button.add-moe"));
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#target-error")))
			.getText()).isNotBlank();
		assertThat(this.browser.findElement(By.id("indicator")).getAttribute("value")).isEqualTo("Consultas por mes");
		this.browser.findElement(By.id("target")).clear();
		type("target", "600");
		click(By.cssSelector("button.add-moe"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.moes"), "600"));
		this.chromium.screenshot("case-05-objectives-es");
		answerAndComplete("Decisión interna");

		// 4. Internal decision: the field officer asks; the case waits at the gate.
		answer("Valorado con la jefatura de oficina.");
		click(By.cssSelector("form.answers button[value=save]"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
		for (String field : new String[] { "riskLegitimacy", "riskInstrumentalisation", "riskLegal", "riskStaffSafety",
				"riskReputation", "mandateScope", "mandateRedLines" }) {
			type(field, "Valorado: aceptable con precauciones.");
		}
		type("mandateLevel", "Equipo de terreno, a través de la parroquia");
		// The cartel is designated: the step says by whom, and each designation is
		// assessed.
		assertThat(this.browser.findElement(By.cssSelector(".designated-warning")).getText())
			.contains("Este caso trata con un grupo designado", "Departamento de Estado");
		int designations = this.browser.findElements(By.cssSelector(".legal-assessment-input")).size();
		// The demo cartel's two US listings at least (another test may list it again)
		assertThat(designations).isGreaterThanOrEqualTo(2);
		for (int i = 0; i < designations; i++) {
			type("a" + i + "-exposure", "Nada de valor llega al grupo.");
			type("a" + i + "-mitigation", "Los insumos quedan bajo nuestro control.");
			click(By.id("a" + i + "-advice-false"));
			new Select(this.browser.findElement(By.id("a" + i + "-residualRisk"))).selectByValue("LOW");
			new Select(this.browser.findElement(By.id("a" + i + "-conclusion"))).selectByValue("PROCEED");
		}
		click(By.cssSelector("form.request-decision button[type=submit]"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".decision .status-pending")));
		this.chromium.open(caseUrl + "/steps/negotiation-rounds?lang=es");
		assertThat(this.browser.findElement(By.cssSelector(".alert-warning")).getText())
			.contains("No hay relación antes de que la sede decida");
		assertThat(this.browser.findElements(By.cssSelector("form.round-form"))).isEmpty();
		this.chromium.screenshot("case-06-blocked-es");

		// HQ approves.
		this.browser.manage().deleteAllCookies();
		signInAs("hq", "en");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Acceso de la clínica móvil");
		this.chromium.open(caseUrl + "/steps/internal-decision?lang=en");
		type("decide-reason", "Risks proportionate; through the parish only.");
		this.chromium.screenshot("case-07-hq-decides");
		click(By.cssSelector("input[name=assessmentsRead]"));
		click(By.cssSelector("button.approve"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".stepper-step.current"),
				"Engagement modality"));
		assertThat(this.browser.findElement(By.id("timeline")).getText()).contains("Helena Brandt",
				"completed Internal decision, moved to Engagement modality");

		// 5. Engagement modality, 6. the first round.
		this.browser.manage().deleteAllCookies();
		signInAs("field.mx", "es");
		this.chromium.open(caseUrl + "/steps/engagement-modality?lang=es");
		click(By.id("modality2"));
		type("reason", "El cártel no nos recibe; el párroco tiene la confianza de ambos.");
		type("members0.name", "Jefa de oficina");
		type("members0.role", "Negociadora principal");
		click(By.xpath("//label[strong[text()='PASTOR']]/preceding-sibling::input"));
		assertThat(this.browser.findElement(By.cssSelector("input[name=approaches][value=BRIBERY]")).isEnabled())
			.isFalse();
		click(By.cssSelector("input[name=approaches][value=NEGOTIATION]"));
		this.chromium.screenshot("case-08-engagement-es");
		click(By.cssSelector("form.engagement-form button.save-content"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
		answerAndComplete("Rondas de negociación");

		new Select(this.browser.findElement(By.id("channel"))).selectByValue("IN_PERSON");
		assertThat(this.browser.findElement(By.cssSelector(".safety-checklist")).isDisplayed()).isTrue();
		type("place", "Casa parroquial");
		type("theirParticipants", "PASTOR, por el jefe de plaza");
		type("asked", "Paso de la clínica cada martes");
		click(By.cssSelector("input[name=safetyNeutralVenue]"));
		click(By.cssSelector("input[name=safetyGuarantees]"));
		click(By.cssSelector("input[name=safetyScopeCommunicated]"));
		click(By.cssSelector("button.save-round"));
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("safetyNotes-error"))).getText())
			.contains("explique por qué");
		type("safetyNotes", "Informar a las autoridades pondría en peligro al párroco.");
		type("nextStep", "Llamar a PASTOR por la respuesta");
		// A week after the round's date, which Parley fills with its own today.
		setDate("nextStepDue",
				LocalDate.parse(this.browser.findElement(By.id("heldOn")).getAttribute("value")).plusDays(7));
		click(By.cssSelector("button.save-round"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.round")));
		assertThat(this.browser.findElement(By.cssSelector("article.round")).getText()).contains("Ronda 1",
				"Casa parroquial", "Llamar a PASTOR por la respuesta");
		this.chromium.screenshot("case-09-first-round-es");
		this.chromium.open(caseUrl + "?lang=es");
		assertThat(this.browser.findElement(By.cssSelector(".next-step-alert")).getText())
			.contains("Llamar a PASTOR por la respuesta");
		this.chromium.screenshot("case-10-overview-es");
	}

	private void answerAndComplete(String nextStep) {
		answer("Respondido con el equipo el lunes.");
		click(By.cssSelector("button.complete-step"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), nextStep));
	}

	private void answer(String text) {
		this.browser.findElements(By.cssSelector("form.answers textarea")).forEach((answer) -> answer.sendKeys(text));
	}

}
