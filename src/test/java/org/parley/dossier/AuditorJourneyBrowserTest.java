package org.parley.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.parley.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's journey in a real browser, in Spanish: from the start page to a demo case
 * and its whole history (the forms' words, no code, narrowed by a filter); the case's
 * dossier downloaded from its page and checked with the documented offline verifier
 * (valid; invalid, naming the file, once one byte of its PDF is changed); a bulk export
 * of the team asked for, its progress bar polled by htmx until the download appears, and
 * the ZIP of dossiers downloaded and verified. Screenshots go to target/screenshots.
 */
class AuditorJourneyBrowserTest extends BrowserTest {

	private static final String AMBULANCES = "Ambulance safe passage across the divided city";

	private static final String KEY = "docs/dossier/demo-public-key.pem";

	@TempDir
	Path downloads;

	@TempDir
	Path work;

	@Test
	void anAuditorReadsAHistoryInSpanishVerifiesTheCasesDossierAndWatchesABulkExportFinish() throws Exception {
		this.chromium.saveDownloadsIn(this.downloads);
		signInAs("auditor", "es");

		// 1. the start page lists the teams' cases; the search finds the ambulances
		List<WebElement> recent = this.browser.findElements(By.cssSelector(".recent-case-list .recent-case"));
		assertThat(recent).isNotEmpty();
		assertThat(this.browser.findElement(By.cssSelector(".recent-cases")).getText()).contains("El Salvador");
		this.chromium.screenshot("auditor-journey-01-start-page");
		type("q", "ambulance");
		click(By.cssSelector(".case-search button[type=submit]"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-search a.btn-link")));
		List<WebElement> found = this.browser.findElements(By.cssSelector(".recent-case-list .recent-case > a"));
		assertThat(found).extracting(WebElement::getText).containsExactly(AMBULANCES);
		found.get(0).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("download-dossier")));
		long caseId = Long.parseLong(path().replaceFirst("^/cases/", ""));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo(AMBULANCES);
		this.chromium.screenshot("auditor-journey-02-case");

		// its whole history, in Spanish, in the forms' words
		click(By.cssSelector("#history a[href$='/cases/" + caseId + "/history']"));
		this.wait.until(ExpectedConditions.urlContains("/cases/" + caseId + "/history"));
		String history = main();
		assertThat(history).contains("Historial del caso", "Paso completado", "Prioridad", "Crítica",
				"Grupos armados involucrados", "Mara Norte", "Análisis del conflicto");
		assertThat(history).doesNotContain("IN_FORCE", "NegotiationCase", "createdAt", "AgreementVersion", "E+");
		assertThat(history).doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b");
		assertThat(history).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		List<String> everyone = texts(".history-entry strong.text-body");
		assertThat(everyone.stream().distinct()).hasSizeGreaterThan(1);
		List<String> kinds = texts(".history-entry .badge + .text-muted");
		assertThat(kinds.stream().distinct()).hasSizeGreaterThan(1);
		this.browser.manage().window().setSize(new Dimension(1280, 4000));
		this.chromium.screenshot("auditor-journey-03-history-es");
		this.browser.manage().window().setSize(new Dimension(1280, 900));

		// narrowed to the field officer's entries, then to the moves between steps
		new Select(this.browser.findElement(By.id("person"))).selectByValue("field.sv");
		click(By.cssSelector(".history-filters button[type=submit]"));
		this.wait.until(ExpectedConditions.urlContains("person=field.sv"));
		List<String> byOfficer = texts(".history-entry strong.text-body");
		assertThat(byOfficer).isNotEmpty().allSatisfy((who) -> assertThat(who).isEqualTo("Sofía Hernández"));
		assertThat(everyone).anySatisfy((who) -> assertThat(who).isNotEqualTo("Sofía Hernández"));
		this.chromium.screenshot("auditor-journey-04-history-field-officer");
		new Select(this.browser.findElement(By.id("person"))).selectByIndex(0);
		new Select(this.browser.findElement(By.id("kind"))).selectByValue("CaseTransition");
		click(By.cssSelector(".history-filters button[type=submit]"));
		this.wait.until(ExpectedConditions.urlContains("kind=CaseTransition"));
		List<String> moves = texts(".history-entry .badge + .text-muted");
		assertThat(moves).isNotEmpty().containsOnly(moves.get(0));
		assertThat(kinds).anySatisfy((kind) -> assertThat(kind).isNotEqualTo(moves.get(0)));
		assertThat(main()).contains("Paso completado").doesNotContain("CaseTransition");
		this.chromium.screenshot("auditor-journey-05-history-moves");

		// 2. the dossier, downloaded from the case page
		this.chromium.open("/cases/" + caseId);
		type("dossier-reason", "Auditoría anual");
		click(By.id("download-dossier"));
		Path dossier = this.chromium.downloaded(this.downloads, "case-" + caseId + ".zip");
		this.chromium.screenshot("auditor-journey-06-dossier-downloaded");

		// 3. the documented offline verifier: valid, then one byte of the PDF changed
		Verification valid = verify(dossier);
		assertThat(valid.exit()).as(valid.out()).isEqualTo(VerifyDossierCommand.VALID);
		assertThat(valid.out()).startsWith("VALID");
		Path tampered = changeOneByte(dossier, "case.pdf");
		Verification invalid = verify(tampered);
		assertThat(invalid.exit()).as(invalid.out()).isEqualTo(VerifyDossierCommand.INVALID);
		assertThat(invalid.out()).startsWith("INVALID").contains("case.pdf");

		// 4. a bulk export of the team, its progress polled until it is ready
		this.chromium.open("/exports");
		new Select(this.browser.findElement(By.id("teamId"))).selectByVisibleText("El Salvador");
		setDate("from", LocalDate.of(2000, 1, 1));
		type("reason", "Auditoría anual");
		this.chromium.screenshot("auditor-journey-07-exports-form");
		click(By.id("start-export"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
		((JavascriptExecutor) this.browser).executeScript("window.parleyNotReloaded = true;");
		String exportId = this.browser.findElement(By.cssSelector("#exports tbody tr .export-progress"))
			.getDomAttribute("id");
		By progress = By.cssSelector("#" + exportId + " progress");
		assertThat(this.browser.findElements(progress)).as("the progress bar, while the export runs").isNotEmpty();
		this.chromium.screenshot("auditor-journey-08-export-in-progress");
		Set<String> seen = new LinkedHashSet<>();
		WebElement download = new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.pollingEvery(Duration.ofMillis(100))
			// htmx replaces the cell while it is read
			.ignoring(StaleElementReferenceException.class)
			.until((driver) -> {
				seen.add(driver.findElement(By.id(exportId)).getText());
				return driver.findElements(By.cssSelector("#" + exportId + " a.download-export"))
					.stream()
					.findFirst()
					.orElse(null);
			});
		assertThat(((JavascriptExecutor) this.browser).executeScript("return window.parleyNotReloaded === true;"))
			.as("the progress was polled in place, not by reloading the page")
			.isEqualTo(true);
		assertThat(this.browser.findElements(progress)).isEmpty();
		System.out.println("Bulk export progress as shown: " + seen);
		assertThat(seen).as("what the progress cell showed")
			.first()
			.asString()
			.matches("(?s).*(\\d+ de \\d+ casos|En espera: contando los casos).*");
		this.chromium.screenshot("auditor-journey-09-export-ready");
		download.click();
		Path bulk = this.chromium.downloaded(this.downloads, "*.zip", dossier.getFileName().toString());

		List<String> names = new ArrayList<>();
		try (ZipFile zip = new ZipFile(bulk.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				names.add(entry.getName());
			}
			// The dossiers, then the summary of what the export holds.
			assertThat(names).last().isEqualTo("export-summary.json");
			names.remove(names.size() - 1);
			assertThat(names).isNotEmpty().allSatisfy((name) -> assertThat(name).matches("case-\\d+\\.zip"));
			assertThat(names).contains("case-" + caseId + ".zip");
			Path inner = this.work.resolve("bulk-case-" + caseId + ".zip");
			try (InputStream in = zip.getInputStream(zip.getEntry("case-" + caseId + ".zip"))) {
				Files.copy(in, inner);
			}
			Verification fromBulk = verify(inner);
			assertThat(fromBulk.exit()).as(fromBulk.out()).isEqualTo(VerifyDossierCommand.VALID);
		}
		assertThat(download.getText()).isEqualTo("Descargar (" + names.size() + " casos)");
	}

	/**
	 * The documented command, {@code verify-dossier <zip> --key <pem>}, as a user runs
	 * it.
	 */
	private static Verification verify(Path dossier) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = VerifyDossierCommand.run(new String[] { "verify-dossier", dossier.toString(), "--key", KEY },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Verification(exit, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
	}

	/** A copy of the dossier with one byte of one of its files changed. */
	private Path changeOneByte(Path dossier, String name) throws IOException {
		Path copy = this.work.resolve("tampered-" + dossier.getFileName());
		boolean changed = false;
		try (ZipFile zip = new ZipFile(dossier.toFile());
				OutputStream file = Files.newOutputStream(copy);
				ZipOutputStream out = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				byte[] bytes;
				try (InputStream in = zip.getInputStream(entry)) {
					bytes = in.readAllBytes();
				}
				if (entry.getName().equals(name)) {
					bytes[bytes.length / 2] ^= 0x01;
					changed = true;
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
		assertThat(changed).as(name + " is in the dossier").isTrue();
		return copy;
	}

	private String main() {
		return this.browser.findElement(By.tagName("main")).getText();
	}

	private List<String> texts(String css) {
		return this.browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	private record Verification(int exit, String out) {

	}

}
