package org.parley.journeys;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.parley.agreement.CommitmentCategory;
import org.parley.agreement.Recurrence;
import org.parley.negotiation.MethodStep;
import org.parley.support.DemoCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.journeys.JourneyData.commitment;

/**
 * The HQ reviewer's journey of issue 18, in English, Spanish and French, in a real
 * browser: signs in with the second step, sees the decisions and agreements waiting,
 * compares an agreement's two versions and approves the second, returns another with a
 * comment, approves a transfer, sees the overdue checks of both teams, the table of
 * access constraints and a chart of a measure of effectiveness. What the field officers
 * did before (their agreements, answers, transfer) is set up through Parley's own pages
 * and services. Screenshots in target/journeys/&lt;lang&gt;/hq-reviewer-*.png.
 */
class HqReviewerJourneyTest extends Journey {

	@ParameterizedTest(name = "in {0}")
	@MethodSource("org.parley.journeys.Journey#languages")
	void anHqReviewerWorksThroughWhatWaitsAndWatchesTheTeams(String language) throws Exception {
		begin("hq-reviewer", language);
		walking(() -> {
			JourneyData data = new JourneyData(this.mvc, this.users, new JdbcTemplate(this.dataSource),
					this.agreementWorkflow, this.agreements, this.caseWorkflow, this.schedule, this.calendar);
			String suffix = " (" + language + ")";

			// What the field officers did: an agreement to return, one answered after
			// HQ
			// returned it, a transfer; and agreements whose checks nobody recorded.
			String toReturn = t("Ground rules at the health post", "Reglas en el puesto de salud",
					"Règles au poste de santé") + suffix;
			long caseA = data.caseAtAgreement(toReturn);
			long agreementA = data.submitted(caseA, "field.mx", toReturn, List.of(
					commitment("Cártel del Sierra Alta",
							t("No armed men inside the health post", "Ningún armado dentro del puesto de salud",
									"Aucun homme armé dans le poste de santé"),
							CommitmentCategory.NO_ARMED_PRESENCE, Recurrence.WEEKLY, 2,
							t("The nurse", "La enfermera", "L'infirmière")),
					commitment("Cártel del Sierra Alta",
							t("Patients pass the checkpoint freely", "Los pacientes pasan el retén libremente",
									"Les patients passent le barrage librement"),
							CommitmentCategory.SAFE_PASSAGE, Recurrence.WEEKLY, 2,
							t("The nurse", "La enfermera", "L'infirmière"))));
			String toApprove = t("Water trucks on the valley road", "Camiones de agua por el camino del valle",
					"Camions d'eau sur la route de la vallée") + suffix;
			long caseB = data.caseAtAgreement(toApprove);
			List<org.parley.agreement.Commitment> trucks = List
				.of(commitment("Cártel del Sierra Alta",
						t("Water trucks pass on Mondays", "Los camiones pasan los lunes",
								"Les camions passent le lundi"),
						CommitmentCategory.SAFE_PASSAGE, Recurrence.WEEKLY, 2,
						t("Drivers' log", "Bitácora de los choferes", "Carnet des chauffeurs")));
			long agreementB = data.submitted(caseB, "field.mx", toApprove, trucks);
			data.returnedByHq(agreementB,
					t("Who checks the trucks?", "¿Quién revisa los camiones?", "Qui contrôle les camions ?"),
					t("Name the checkpoint.", "Nombre el retén.", "Nommez le barrage."));
			data.answered(agreementB, "field.mx", toApprove,
					t("The parish checks each truck at the upper checkpoint.",
							"La parroquia revisa cada camión en el retén de arriba.",
							"La paroisse contrôle chaque camion au barrage du haut."),
					List.of(commitment("Cártel del Sierra Alta",
							t("Water trucks pass on Mondays", "Los camiones pasan los lunes",
									"Les camions passent le lundi"),
							CommitmentCategory.SAFE_PASSAGE, Recurrence.WEEKLY, 2,
							t("The parish, at the upper checkpoint", "La parroquia, en el retén de arriba",
									"La paroisse, au barrage du haut"))));
			String fuel = t("Diesel for the two valley ambulances", "Diésel para las dos ambulancias del valle",
					"Gazole pour les deux ambulances de la vallée") + suffix;
			data.transferWaiting(caseA, fuel);
			long overdueMx = data.inForceWithOverdueChecks(data.caseAtAgreement("Overdue MX" + suffix), "field.mx",
					"Overdue MX" + suffix,
					commitment("Facción Sierra Norte" + suffix,
							t("Safe passage on Mondays", "Paso seguro los lunes", "Passage sûr le lundi"),
							CommitmentCategory.SAFE_PASSAGE, Recurrence.WEEKLY, 1, "Parish"));
			long overdueSv = data.inForceWithOverdueChecks(data.salvadoranCaseAtAgreement("Overdue SV" + suffix),
					"field.sv", "Overdue SV" + suffix,
					commitment("Mara Norte" + suffix,
							t("Ambulances cross at night", "Las ambulancias cruzan de noche",
									"Les ambulances passent la nuit"),
							CommitmentCategory.SAFE_PASSAGE, Recurrence.WEEKLY, 3, "Mediator"));

			// Sign in: password, then the code of the authenticator app.
			go("/login");
			type("username", "hq");
			type("password", "parley-demo");
			click(By.cssSelector("main form button[type=submit]"));
			this.wait.until(ExpectedConditions.urlContains("/sign-in/code"));
			readsAsWords();
			shoot("second-step");
			type("code", DemoCodes.next(this.port));
			click(By.cssSelector("main form button[type=submit]"));
			this.wait.until(ExpectedConditions.urlMatches(".*/$"));
			go("/");

			// The start page: what waits for HQ.
			assertThat(h1()).isEqualTo(msg("home.welcome", "Helena Brandt"));
			assertThat(main()).contains(msg("home.hq.waiting"), msg("home.hq.agreements"),
					msg("home.hq.overdue-checks"));
			assertThat(this.browser.findElements(By.cssSelector(".waiting-decisions li"))).isNotEmpty();
			assertThat(text(".waiting-agreements")).isNotBlank();
			assertThat(text(".pending-transfers")).isNotBlank();
			assertThat(text(".overdue-checks")).contains("Facción Sierra Norte" + suffix, "Mara Norte" + suffix);
			readsAsWords();
			shoot("start-page", true, true);

			// Version 2 beside version 1: what changed is marked; approved.
			openWaiting(toApprove, agreementB);
			WebElement compare = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compare")));
			assertThat(compare.findElements(By.cssSelector(".diff-changed"))).isNotEmpty();
			scroll(compare);
			readsAsWords();
			shoot("compare-versions");
			type("review-comment", t("Clear now.", "Ahora está claro.", "C'est clair maintenant."));
			click(By.cssSelector("button.approve-agreement"));
			waitForText(".agreement-status", msg("agreement.AgreementStatus.IN_FORCE"));
			readsAsWords();
			shoot("agreement-approved", false, false);

			// The other is returned, with a comment on a commitment.
			go("/");
			openWaiting(toReturn, agreementA);
			this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".review-form")));
			this.browser.findElement(By.cssSelector(".review-form input[id^=commitment_]"))
				.sendKeys(t("Also the waiting room?", "¿También la sala de espera?", "La salle d'attente aussi ?"));
			type("review-comment",
					t("Say what happens at the door, and who watches it.",
							"Diga qué pasa en la puerta y quién la vigila.",
							"Dites ce qui se passe à la porte, et qui la surveille."));
			shoot("return-with-comment");
			click(By.cssSelector("button.return-agreement"));
			waitForText(".version-status", msg("agreement.VersionStatus.RETURNED"));

			// The transfer: approved by a second person.
			go("/");
			click(By.cssSelector(".pending-transfers a"));
			assertThat(h1()).isEqualTo(msg("transfer.across.title"));
			assertThat(text("table.transfers-across")).contains(toReturn);
			shoot("transfers-waiting");
			click(By.cssSelector("table.transfers-across a[href*='/cases/" + caseA + "/transfers']"));
			WebElement review = this.wait
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.review-transfer")));
			type(review.findElement(By.tagName("textarea")).getAttribute("id"),
					t("Fuel for the ambulances only: approved.", "Combustible solo para las ambulancias: aprobado.",
							"Carburant pour les ambulances seulement : approuvé."));
			click(By.cssSelector("button.approve-transfer"));
			waitForText(".transfer-status", msg("agreement.TransferStatus.APPROVED"));
			readsAsWords();
			shoot("transfer-approved");

			// Checks overdue across the teams.
			go("/");
			WebElement overdue = this.browser.findElement(By.cssSelector(".overdue-checks"));
			scroll(overdue);
			shoot("overdue-checks");

			// Access constraints by area and month.
			go("/access");
			assertThat(h1()).isEqualTo(msg("access.table.title"));
			assertThat(text(".access-table")).contains("Sierra Alta", "San Salvador");
			readsAsWords();
			shoot("access-constraints", true, true);

			// A measure of effectiveness over time: the clinic's consultations.
			go("/cases?q=clinic");
			click(By.partialLinkText("Mobile clinic access"));
			String clinic = path();
			if (this.browser.findElements(By.cssSelector("a.open-step")).isEmpty()) {
				go(clinic + "/steps/follow-up");
			}
			else {
				click(By.cssSelector("a.open-step"));
			}
			assertThat(h1()).contains(step(MethodStep.FOLLOW_UP));
			WebElement chart = this.wait
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^=moe-] canvas, .moe canvas")));
			scroll(chart);
			readsAsWords();
			shoot("moe-chart");

			data.retire(overdueMx);
			data.retire(overdueSv);
			data.retire(agreementA);
			data.retire(agreementB);
		});
	}

	/**
	 * Opens an agreement waiting for review from the start page, which lists the twenty
	 * that have waited longest: when other tests left more waiting, the journey's, the
	 * newest, are reached as the reviewer's inbox would reach them, by their address.
	 */
	private void openWaiting(String title, long agreementId) {
		List<WebElement> links = this.browser.findElements(By.linkText(title));
		if (links.isEmpty()) {
			go("/agreements/" + agreementId);
		}
		else {
			click(By.linkText(title));
		}
	}

}
