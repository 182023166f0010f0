package org.parley;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import org.parley.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone (390 × 844 px), the demo's agreements and the follow-up step of their cases
 * do not scroll sideways, for the field officer (with the forms) and for HQ, loaded at
 * that width or narrowed to it from a desktop's: wide tables scroll within themselves,
 * long words wrap, charts keep to their box while they catch up with the new width.
 * Screenshots in target/screenshots/phone-*.png.
 */
class PhoneWidthBrowserTest extends BrowserTest {

	/**
	 * What sticks out on the right of the window, to say where a failure comes from: the
	 * outermost elements wider than the page, by tag, id and classes.
	 */
	private static final String WIDE = """
			const limit = document.documentElement.clientWidth;
			const wide = [];
			for (const element of document.querySelectorAll('body *')) {
				const box = element.getBoundingClientRect();
				if (box.right > limit + 1 && box.width > 0 && !element.closest('.table-responsive')
						&& !(element.parentElement && element.parentElement.getBoundingClientRect().right > limit + 1)) {
					wide.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
						+ (element.className && element.className.baseVal === undefined ? '.' + element.className.trim().replace(/\\s+/g, '.') : '')
						+ ' ' + Math.round(box.right) + 'px');
				}
			}
			return wide;
			""";

	@Autowired
	DataSource dataSource;

	@Test
	void theAgreementPagesAndTheFollowUpStepFitAPhoneForEveryRole() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		List<Map<String, Object>> agreements = jdbc.queryForList("""
				SELECT a.id, a.case_id FROM agreement a JOIN negotiation_case c ON c.id = a.case_id
				WHERE c.title IN ('Mobile clinic access to eleven mountain villages',
					'Protection of the valley hospital after the attack',
					'Ambulance safe passage across the divided city')
				ORDER BY a.id""");
		assertThat(agreements).hasSizeGreaterThanOrEqualTo(3);
		List<String> offending = new ArrayList<>();
		for (String username : List.of("field.mx", "hq")) {
			this.browser.manage().deleteAllCookies();
			signInAs(username, "es");
			for (Map<String, Object> agreement : agreements) {
				List<String> languages = username.equals("field.mx") ? List.of("es", "fr") : List.of("en");
				for (String language : languages) {
					boolean variants = username.equals("field.mx") && language.equals("es");
					check(username, "/agreements/" + agreement.get("id") + "?lang=" + language, variants, offending);
					check(username, "/cases/" + agreement.get("case_id") + "/steps/follow-up?lang=" + language,
							variants, offending);
				}
			}
		}
		this.chromium.screenshot("phone-follow-up");
		assertThat(offending).as("pages wider than a 390 px phone").isEmpty();
	}

	/**
	 * Opens the page at a desktop's width, narrows the window to a phone's (a window made
	 * narrower, a tablet turned), and measures; then loads it again at the phone's width
	 * and measures.
	 */
	private void check(String username, String path, boolean withLinks, List<String> offending) {
		this.browser.manage().window().setSize(new Dimension(1280, 900));
		this.chromium.open(path);
		// The charts stop following the window, as when the phone is measured before they
		// catch up (Chart.js resizes on the next frame): they must still keep to their
		// box.
		((JavascriptExecutor) this.browser).executeScript("""
				if (window.Chart) {
					Object.values(Chart.instances).forEach((chart) => {
						chart.options.responsive = false;
						chart.update('none');
					});
				}""");
		this.browser.manage().window().setSize(new Dimension(390, 844));
		measure(username, path + " (narrowed)", offending);
		this.browser.navigate().refresh();
		measure(username, path, offending);
		if (!withLinks) {
			return;
		}
		// The same page as its own links open it: a measurement to edit, two versions
		// compared, older history.
		String base = path.replaceFirst("\\?.*$", "");
		@SuppressWarnings("unchecked")
		List<String> variants = (List<String>) ((JavascriptExecutor) this.browser).executeScript("""
				return Array.from(document.querySelectorAll('a[href]'))
					.map((a) => new URL(a.href))
					.filter((u) => u.origin === location.origin && u.pathname === arguments[0] && u.search)
					.map((u) => u.pathname + u.search);""", base);
		for (String variant : variants.stream().distinct().toList()) {
			this.chromium.open(variant);
			measure(username, variant, offending);
		}
	}

	private void measure(String username, String page, List<String> offending) {
		JavascriptExecutor script = (JavascriptExecutor) this.browser;
		long scrollWidth = ((Number) script.executeScript("return document.documentElement.scrollWidth")).longValue();
		long innerWidth = ((Number) script.executeScript("return window.innerWidth")).longValue();
		if (scrollWidth > innerWidth) {
			offending.add(username + " " + page + ": " + scrollWidth + " px > " + innerWidth + " px "
					+ script.executeScript(WIDE));
			this.chromium.screenshot("phone-too-wide-" + offending.size());
		}
	}

}
