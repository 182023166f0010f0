package org.parley.armedgroup;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.parley.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A field officer, in a real browser, records a new group with two aliases and two
 * tactics, links it to a rival, finds it again by an alias typed without accents, and
 * reads its page in Spanish with the relations graph drawn.
 */
class RegistryBrowserTest extends BrowserTest {

	@Test
	void aFieldOfficerRecordsAGroupLinksARivalAndFindsItByAnUnaccentedAlias() {
		signInAs("field.mx", "en");

		this.chromium.open("/armed-groups/new?lang=en");
		this.browser.findElement(By.id("name")).sendKeys("Los Halcones del Río Verde");
		this.browser.findElements(By.cssSelector(".alias-rows input[name=aliases]")).get(0).sendKeys("Halcones");
		this.browser.findElement(By.cssSelector("[data-add-row='.alias-rows']")).click();
		List<WebElement> aliases = this.browser.findElements(By.cssSelector(".alias-rows input[name=aliases]"));
		assertThat(aliases).hasSize(3);
		aliases.get(2).sendKeys("Gente del Río");
		check("categories", "cartel");
		check("tactics", "road-blockades");
		check("tactics", "kidnapping");
		new Select(this.browser.findElement(By.id("stance"))).selectByValue("HOSTILE");
		this.chromium.screenshot("registry-01-new-group");
		this.browser.findElement(By.cssSelector("form.group-form button[type=submit]")).click();

		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
				"Los Halcones del Río Verde"));
		String profile = this.browser.findElement(By.id("profile")).getText();
		assertThat(profile).contains("Road blockades (narcobloqueos)", "Kidnapping (levantones)");
		assertThat(this.browser.findElement(By.cssSelector(".aliases")).getText()).contains("Halcones",
				"Gente del Río");

		this.browser.findElement(By.cssSelector("#relations details.add-row > summary")).click();
		new Select(this.browser.findElement(By.cssSelector("#relations select[name=kind]"))).selectByValue("RIVALRY");
		WebElement find = this.browser.findElement(By.cssSelector("#relations input[name=q]"));
		find.sendKeys("sierra alta");
		this.wait.until((driver) -> driver.findElements(By.cssSelector("#otherGroupId option")).size() == 2);
		new Select(this.browser.findElement(By.id("otherGroupId")))
			.selectByContainsVisibleText("Cártel del Sierra Alta");
		this.browser.findElement(By.cssSelector("#relations input[name=source]")).sendKeys("Field report, March");
		this.browser.findElement(By.cssSelector("#relations form button[type=submit]")).click();
		this.wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "Relation added"));
		assertThat(this.browser.findElement(By.cssSelector("ul.relations")).getText())
			.contains("Rivalry / at war with Cártel del Sierra Alta");

		this.chromium.open("/armed-groups?q=gente+del+rio");
		List<WebElement> found = this.browser.findElements(By.cssSelector(".group-list li a"));
		assertThat(found).extracting(WebElement::getText).containsExactly("Los Halcones del Río Verde");
		this.chromium.screenshot("registry-02-found-by-unaccented-alias");
		found.get(0).click();

		this.chromium.open(this.browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "") + "?lang=es");
		this.wait.until(ExpectedConditions.attributeToBe(By.id("group-network"), "data-ready", "true"));
		String page = this.browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("Relaciones con otros grupos", "Rivalidad / en guerra con", "Tácticas observadas",
				"Secuestro (levantones)", "Hostil", "Historial");
		this.chromium.screenshot("registry-03-group-page-es");
	}

	@Test
	void anHqReviewerRevealsARealNameAndTheRevealIsLogged() {
		signInAs("hq", "en");
		this.chromium.open("/interlocutors?q=pastor");
		this.browser.findElement(By.linkText("PASTOR")).click();
		assertThat(this.browser.findElement(By.tagName("main")).getText()).doesNotContain("Tomás Herrera");
		this.browser.findElement(By.id("reason")).sendKeys("Preparing the Tuesday meeting");
		this.browser.findElement(By.cssSelector("button.reveal")).click();
		assertThat(
				this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".real-name"))).getText())
			.contains("Tomás Herrera");
		this.chromium.screenshot("registry-04-interlocutor-revealed");
		this.chromium.open(this.browser.getCurrentUrl().replaceFirst("^https?://[^/]+", ""));
		assertThat(this.browser.findElement(By.id("history")).getText()).contains("Protected value shown",
				"Preparing the Tuesday meeting");
	}

	@Test
	void aGroupsPageShowsItsRelationsBothWaysAndDrawsTheNetwork() {
		signInAs("field.sv", "en");
		this.chromium.open("/armed-groups?lang=en");
		this.chromium.screenshot("registry-05-list");
		this.browser.findElement(By.linkText("Barrio Once")).click();
		this.wait.until(ExpectedConditions.attributeToBe(By.id("group-network"), "data-ready", "true"));
		assertThat(this.browser.findElement(By.cssSelector("ul.relations")).getText())
			.contains("Rivalry / at war with Mara Norte", "Truce with Mara Norte", "recorded on the other group");
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2600));
		this.chromium.screenshot("registry-06-group-page-full");
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		this.chromium.open("/armed-groups?q=mara&lang=es");
		assertThat(this.browser.findElements(By.cssSelector(".group-list li a"))).extracting(WebElement::getText)
			.contains("Mara Norte");
		this.chromium.screenshot("registry-07-list-phone-es");
	}

	@Test
	void aDocumentOverTenMegabytesIsRefusedNextToTheFieldBeforeItIsSent() throws Exception {
		java.nio.file.Path scan = java.nio.file.Files.createTempFile("deed", ".pdf");
		byte[] content = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, content, 0, 5);
		java.nio.file.Files.write(scan, content);
		signInAs("field.sv", "en");
		this.chromium.open("/armed-groups?q=mara+norte&lang=en");
		this.browser.findElement(By.linkText("Mara Norte")).click();
		this.browser.findElement(By.cssSelector("#commitments details.add-row > summary")).click();
		this.browser.findElement(By.cssSelector("#commitments input[name=source]")).sendKeys("Signed scan, 2020");
		this.browser.findElement(By.id("document")).sendKeys(scan.toString());
		String page = this.browser.getCurrentUrl();
		this.browser.findElement(By.cssSelector("#commitments details.add-row form button[type=submit]")).click();
		this.chromium.screenshot("registry-08-document-too-large");
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document-error"))).getText())
			.isEqualTo("The file is larger than 10 MB.");
		assertThat(this.browser.getCurrentUrl()).isEqualTo(page);
		assertThat(this.browser.findElement(By.cssSelector("#commitments input[name=source]")).getDomProperty("value"))
			.isEqualTo("Signed scan, 2020");
		java.nio.file.Files.delete(scan);
	}

	private void check(String field, String code) {
		WebElement box = this.browser.findElement(By.cssSelector("input[name=" + field + "][value='" + code + "']"));
		((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
		box.click();
	}

}
