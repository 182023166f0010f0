package org.parley.journeys;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.parley.dossier.VerifyDossierCommand;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's journey of issue 18, in English, Spanish and French, in a real browser:
 * finds a closed case among the cases, reads its history, takes its dossier and checks it
 * with the documented offline verifier, verifies the audit chain, and is refused when
 * trying to change anything. The case was closed before by a field officer and an HQ
 * reviewer, through Parley's services. Screenshots in
 * target/journeys/&lt;lang&gt;/auditor-*.png.
 */
class AuditorJourneyTest extends Journey {

	private static final String KEY = "docs/dossier/demo-public-key.pem";

	@TempDir
	Path downloads;

	@ParameterizedTest(name = "in {0}")
	@MethodSource("org.parley.journeys.Journey#languages")
	void anAuditorReadsAClosedCaseTakesItsDossierVerifiesTheChainAndChangesNothing(String language) throws Exception {
		begin("auditor", language);
		walking(() -> {
			JourneyData data = new JourneyData(this.mvc, this.users, new JdbcTemplate(this.dataSource),
					this.agreementWorkflow, this.agreements, this.caseWorkflow, this.schedule, this.calendar);
			String title = t("Vaccination at the market", "Vacunación en el mercado", "Vaccination au marché") + " ("
					+ language + ")";
			JourneyData.Case closed = data.closedCase(title,
					t("The market closed before the group answered.",
							"El mercado cerró antes de que el grupo respondiera.",
							"Le marché a fermé avant que le groupe réponde."));
			long caseId = closed.id();
			title = closed.title();
			this.chromium.saveDownloadsIn(this.downloads);

			signInAs("auditor", language);
			assertThat(h1()).isEqualTo(msg("home.welcome", "Arturo Quiroga"));
			readsAsWords();
			shoot("start-page");

			// The closed cases of the teams.
			go("/cases");
			new Select(this.browser.findElement(By.id("status"))).selectByValue("CLOSED");
			click(By.cssSelector("form[action$='/cases'] button[type=submit]"));
			this.wait.until(ExpectedConditions.urlContains("status=CLOSED"));
			assertThat(text(".case-list")).contains(title);
			readsAsWords();
			shoot("closed-cases");
			click(By.linkText(title));
			assertThat(h1()).isEqualTo(title);
			assertThat(text(".case-status")).isEqualTo(msg("negotiation.CaseStatus.CLOSED"));
			assertThat(this.browser.findElements(By.cssSelector("a.open-step, a[href$='/edit']"))).isEmpty();
			readsAsWords();
			shoot("closed-case");

			// Its whole history, in words.
			click(By.cssSelector("#history a[href$='/cases/" + caseId + "/history']"));
			this.wait.until(ExpectedConditions.urlContains("/history"));
			assertThat(main()).contains(title, step(org.parley.negotiation.MethodStep.CLOSURE), "Mateo Ramírez",
					"Helena Brandt");
			readsAsWords();
			shoot("case-history", true, true);

			// Its dossier, taken away and checked offline.
			go("/cases/" + caseId);
			type("dossier-reason", t("Annual audit", "Auditoría anual", "Audit annuel"));
			click(By.id("download-dossier"));
			Path dossier = this.chromium.downloaded(this.downloads, "case-" + caseId + ".zip");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int exit = VerifyDossierCommand.run(new String[] { "verify-dossier", dossier.toString(), "--key", KEY },
					new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(out, true, StandardCharsets.UTF_8));
			assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(VerifyDossierCommand.VALID);
			assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("VALID");
			scroll(this.browser.findElement(By.id("download-dossier")));
			shoot("dossier");

			// The audit chain, verified.
			go("/audit");
			assertThat(this.browser.findElement(By.cssSelector(".audit-table")).getText()).isNotBlank();
			readsAsWords();
			shoot("audit-log");
			click(By.linkText(msg("audit.verify")));
			assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chain-intact"))).getText())
				.isNotBlank();
			readsAsWords();
			shoot("chain-verified");

			// No change, whatever the way: a form's page, or a change sent anyway.
			go("/cases/new");
			assertThat(h1()).isEqualTo(msg("error.403.title"));
			readsAsWords();
			shoot("write-refused", true, true);
			go("/cases/" + caseId);
			Object status = ((JavascriptExecutor) this.browser)
				.executeAsyncScript("var done = arguments[arguments.length - 1];"
						+ " var token = document.querySelector('input[name=_csrf]').value;"
						+ " fetch('/armed-groups', {method: 'POST', headers: {'Content-Type':"
						+ " 'application/x-www-form-urlencoded'}, body: '_csrf=' + encodeURIComponent(token)"
						+ " + '&name=Auditor%20group'}).then(function (r) { done(r.status); });");
			assertThat(((Number) status).intValue()).isEqualTo(403);
		});
	}

}
