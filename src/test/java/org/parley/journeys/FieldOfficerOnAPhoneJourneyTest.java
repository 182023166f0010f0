package org.parley.journeys;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.parley.negotiation.MethodStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field officer on a phone: from the sign-in page to an agreement of the demo by
 * clicks alone, in French. Screenshots of the journeys at phone size are taken by
 * {@link FieldOfficerJourneyTest}.
 */
class FieldOfficerOnAPhoneJourneyTest extends Journey {

	/**
	 * Issue 18's "no dead end": on a phone-sized window, in French, from the sign-in page
	 * to an agreement in force by clicks alone (the menu folded behind its button).
	 */
	@Test
	void onAPhoneInFrenchClicksAloneLeadFromTheSignInToAnAgreementInForce() {
		begin("field-officer-phone", "fr");
		this.browser.manage().window().setSize(PHONE);
		try {
			go("/login");
			signIn("field.mx");
			this.wait.until(ExpectedConditions.urlMatches(".*/$"));
			go("/");
			click(By.cssSelector(".navbar-toggler"));
			this.wait.until(ExpectedConditions.elementToBeClickable(By.linkText(msg("nav.cases")))).click();
			assertThat(h1()).isEqualTo(msg("negotiation.case.list.title"));
			click(By.partialLinkText("Mobile clinic access"));
			click(By.cssSelector("a.open-step"));
			assertThat(h1()).contains(step(MethodStep.FOLLOW_UP));
			click(By.cssSelector(".followup-agreements li > a"));
			assertThat(text(".agreement-status")).isEqualTo(msg("agreement.AgreementStatus.IN_FORCE"));
			readsAsWords();
			assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) this.browser)
				.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
				.as("the agreement's page fits the phone's width")
				.isTrue();
		}
		finally {
			this.browser.manage().window().setSize(DESKTOP);
		}
	}

}
