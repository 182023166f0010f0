package org.parley.agreement;

import org.parley.negotiation.MethodStep;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.parley.agreement.monitoring.ObligationSchedule;
import org.parley.negotiation.CaseFixtures;
import org.parley.shared.TeamCalendar;
import org.parley.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement journey in a real browser: the field officer drafts an agreement and
 * sends it; HQ returns it with a comment on a commitment; the officer answers with a
 * second version; HQ compares the two and approves; the officer measures the clinic's
 * work and sees the chart, then records a violated check, marks the agreement breached,
 * records the incident in the same step, and finds the case back at negotiation rounds.
 * Screenshots in target/screenshots/agreement-*.png.
 */
class AgreementBrowserTest extends BrowserTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	ObligationSchedule schedule;

	@Autowired
	TeamCalendar calendar;

	@Test
	void anAgreementGoesBackAndForthWithHqIsBreachedAndTheCaseReturnsToRounds() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long caseId = CaseFixtures.aCaseAt(MethodStep.AGREEMENT, this.mvc, this.users, jdbc);
		CaseFixtures.aMeasure(this.mvc, this.users, jdbc, caseId);
		LocalDate today = this.calendar.today();
		// Weekly on the weekday of two days ago: one check is due and still in its
		// window.
		LocalDate lastCheck = today.minusDays(2);

		// The field officer drafts the agreement, in Spanish.
		signInAs("field.mx", "es");
		this.chromium.open("/cases/" + caseId + "/steps/agreement?lang=es");
		click(By.cssSelector("a.new-agreement"));
		this.browser.findElement(By.id("title")).clear();
		type("title", "Paso de la clínica por el camino del valle");
		new Select(this.browser.findElement(By.id("form"))).selectByValue("VERBAL");
		new Select(this.browser.findElement(By.id("stage"))).selectByValue("IMPLEMENTATION");
		new Select(this.browser.findElement(By.id("signingStatus"))).selectByValue("VERBAL_OR_UNCLEAR");
		setDate("validFrom", today.minusDays(4));
		new Select(this.browser.findElement(By.id("disputeSettlement"))).selectByValue("NEUTRAL_MEDIATOR");
		type("summary", "La clínica cruza los retenes cada semana sin cobros.");
		type("commitments0.owedBy", "Cártel del Sierra Alta");
		type("commitments0.what", "Paso seguro de la clínica cada semana");
		new Select(this.browser.findElement(By.id("commitments0.category"))).selectByValue("SAFE_PASSAGE");
		new Select(this.browser.findElement(By.id("commitments0.recurrence"))).selectByValue("WEEKLY");
		type("commitments0.recurrenceDay", Integer.toString(lastCheck.getDayOfWeek().getValue()));
		type("commitments0.verification", "El párroco confirma cada cruce");
		this.chromium.screenshot("agreement-01-draft-es");
		click(By.cssSelector("button.save-agreement"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
		String agreementUrl = path();
		click(By.cssSelector("button.submit-version"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".version-status"),
				"En espera de la sede"));

		// HQ returns it, with a comment on the commitment.
		switchTo("hq", "en");
		this.chromium.open(agreementUrl + "?lang=en");
		WebElement onCommitment = this.browser.findElement(By.cssSelector(".review-form input[id^=commitment_]"));
		onCommitment.sendKeys("Which checkpoint does the parish watch?");
		type("review-comment", "Say who verifies the passage and where.");
		this.chromium.screenshot("agreement-02-hq-returns");
		click(By.cssSelector("button.return-agreement"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".version-status"),
				"Returned by HQ"));

		// The officer answers with version 2; what HQ returned stays as it was.
		switchTo("field.mx", "es");
		this.chromium.open(agreementUrl + "?lang=es");
		assertThat(this.browser.findElement(By.cssSelector(".open-version")).getText())
			.contains("Say who verifies the passage and where.", "versión 2");
		click(By.cssSelector("a.edit-version"));
		assertThat(this.browser.findElement(By.cssSelector(".commitment-comment")).getText())
			.contains("Which checkpoint does the parish watch?");
		WebElement verification = this.browser.findElement(By.id("commitments0.verification"));
		verification.clear();
		verification.sendKeys("El párroco confirma cada cruce en el retén de arriba");
		click(By.cssSelector("button.save-agreement"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(this.browser.findElement(By.cssSelector(".open-version h2")).getText()).contains("2");
		click(By.cssSelector("button.submit-version"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".version-status"),
				"En espera de la sede"));

		// HQ sees the answer next to what it returned, the changed field marked, and
		// approves.
		switchTo("hq", "en");
		this.chromium.open(agreementUrl + "?lang=en");
		WebElement compare = this.browser.findElement(By.id("compare"));
		assertThat(compare.getText()).contains("Version 1 and version 2 side by side", "Verbal understanding",
				"The organisation: Nuestra organización", "El párroco confirma cada cruce en el retén de arriba");
		assertThat(compare.findElements(By.cssSelector(".diff-changed"))).isNotEmpty();
		scroll(compare);
		this.chromium.screenshot("agreement-03-hq-compares");
		type("review-comment", "Clear now.");
		click(By.cssSelector("button.approve-agreement"));
		this.wait
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".agreement-status"), "In force"));
		this.chromium.screenshot("agreement-04-in-force");

		// The scheduler's run puts this week's check on the page.
		long agreementId = Long.parseLong(agreementUrl.substring(agreementUrl.lastIndexOf('/') + 1));
		this.schedule.scheduleChecks(agreementId, today);

		// The officer completes the agreement step and measures the clinic's work.
		switchTo("field.mx", "es");
		this.chromium.open("/cases/" + caseId + "/steps/agreement?lang=es");
		this.browser.findElements(By.cssSelector("form.answers textarea"))
			.forEach((answer) -> answer.sendKeys("Acordado con el párroco."));
		click(By.cssSelector("button.complete-step"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Seguimiento"));
		long moe = jdbc.queryForObject("SELECT id FROM case_moe WHERE case_id = ?", Long.class, caseId);
		measure(moe, today.minusDays(8), "120");
		measure(moe, today.minusDays(1), "260");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#moe-" + moe + " canvas")));
		assertThat(this.browser.findElement(By.cssSelector("#moe-" + moe + " table.measurements")).getText())
			.contains("120", "260");
		scroll(this.browser.findElement(By.id("moe-" + moe)));
		this.chromium.screenshot("agreement-05-moe-chart-es");

		// The week's check: violated. Breach and incident in the same step.
		this.chromium.open(agreementUrl + "?lang=es");
		WebElement check = this.browser.findElement(By.cssSelector("form.record-check"));
		scroll(check);
		new Select(check.findElement(By.name("result"))).selectByValue("VIOLATED");
		check.findElement(By.name("evidence")).sendKeys("Hombres armados detuvieron la clínica dos horas en el retén.");
		check.findElement(By.name("source")).sendKeys("Equipo de la clínica");
		check.findElement(By.cssSelector("input[name=breach]")).click();
		check.findElement(By.cssSelector("input[name=incident]")).click();
		this.chromium.screenshot("agreement-06-violation-es");
		check.findElement(By.cssSelector("button[type=submit]")).click();

		// The incident form opens with the case, agreement, commitment and date.
		this.wait.until(ExpectedConditions.urlContains("/incidents/new"));
		assertThat(this.browser.findElement(By.id("occurredOn")).getAttribute("value")).isEqualTo(lastCheck.toString());
		new Select(this.browser.findElement(By.id("type"))).selectByValue("OBSTRUCTION_OF_ACCESS");
		new Select(this.browser.findElement(By.id("certainty"))).selectByValue("CONFIRMED");
		this.chromium.screenshot("agreement-07-incident-es");
		click(By.cssSelector("main form button[type=submit]"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM security_incident WHERE agreement_id = ? "
				+ "AND compliance_check_id IS NOT NULL", Long.class, agreementId))
			.isOne();

		// The agreement is breached and the case is back at negotiation rounds.
		this.chromium.open(agreementUrl + "?lang=es");
		assertThat(this.browser.findElement(By.cssSelector(".agreement-status")).getText()).isEqualTo("Incumplido");
		this.chromium.open("/cases/" + caseId + "?lang=es");
		assertThat(this.browser.findElement(By.cssSelector(".stepper-step.current")).getText())
			.contains("Rondas de negociación");
		assertThat(this.browser.findElement(By.id("timeline")).getText())
			.contains("Hombres armados detuvieron la clínica dos horas en el retén.");
		this.chromium.screenshot("agreement-08-case-back-at-rounds-es");
		assertThat(jdbc.queryForList("SELECT version_no || ' ' || status FROM agreement_version "
				+ "WHERE agreement_id = ? ORDER BY version_no", String.class, agreementId))
			.isEqualTo(List.of("1 ANSWERED", "2 APPROVED"));
		AgreementFixtures.retire(jdbc, agreementId);
	}

	private void measure(long moe, LocalDate on, String value) {
		setDate("measuredOn-" + moe, on);
		type("value-" + moe, value);
		type("source-" + moe, "Registro de la clínica");
		click(By.cssSelector("#moe-" + moe + " button.add-measurement"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
	}

	private void switchTo(String username, String language) {
		this.browser.manage().deleteAllCookies();
		signInAs(username, language);
	}

}
