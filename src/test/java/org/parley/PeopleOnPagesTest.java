package org.parley;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.support.Users.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cards of a record name people as the history does, by their names: an auditor
 * reading the demo's clinic case after its staff rotated reads "Mateo Ramírez", not
 * "field.mx", with the username kept only in the element's {@code title} to tell two
 * people of the same name apart.
 */
@IntegrationTest
class PeopleOnPagesTest {

	private static final String CLINIC = "Mobile clinic access to eleven mountain villages";

	private static final Pattern USERNAME = Pattern.compile("\\b(field\\.mx|field\\.sv|hq|auditor|admin|system)\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCasePageNamesItsLeadTheDecisionsPeopleAndWhoMovedTheCase() throws Exception {
		String html = page("/cases/" + clinic(), "auditor");

		Element lead = only(html, "case-lead");
		assertThat(lead.text()).contains("dirigido por Mateo Ramírez").doesNotContainPattern(USERNAME);
		assertThat(lead.title()).isEqualTo("field.mx");

		Element requested = only(html, "decision-requested-by");
		assertThat(requested.text()).startsWith("Solicitada por Mateo Ramírez").doesNotContainPattern(USERNAME);
		assertThat(requested.title()).isEqualTo("field.mx");
		Element decided = only(html, "decision-decided-by");
		assertThat(decided.text()).startsWith("Decidida por Helena Brandt").doesNotContainPattern(USERNAME);
		assertThat(decided.title()).isEqualTo("hq");

		List<Element> movedBy = elements(html, "timeline-actor");
		assertThat(movedBy).extracting(Element::text).contains("Mateo Ramírez", "Helena Brandt");
		assertThat(movedBy).allSatisfy((who) -> assertThat(who.text()).doesNotContainPattern(USERNAME));
	}

	@Test
	void theAgreementPageNamesWhoDraftedReviewedAndRecordedItsChecks() throws Exception {
		long agreement = this.jdbc.queryForObject(
				"SELECT a.id FROM agreement a JOIN negotiation_case c ON c.id = a.case_id WHERE c.title = ? "
						+ "ORDER BY a.id LIMIT 1",
				Long.class, CLINIC);
		String html = page("/agreements/" + agreement, "auditor");

		Element drafted = elements(html, "version-drafted-by").get(0);
		assertThat(drafted.text()).isEqualTo("redactada por Mateo Ramírez");
		assertThat(drafted.title()).isEqualTo("field.mx");
		Element reviewed = elements(html, "version-reviewed-by").get(0);
		assertThat(reviewed.text()).startsWith("· revisada por Helena Brandt").doesNotContainPattern(USERNAME);
		assertThat(reviewed.title()).isEqualTo("hq");
		assertThat(visibleText(html)).contains("por Mateo Ramírez el 2026-").doesNotContain("por field.mx");
	}

	@Test
	void hqsStartPageNamesWhoIsWaitingForADecision() throws Exception {
		// The demo's request from El Salvador (other tests may leave requests of their
		// own)
		List<Element> waiting = elements(page("/", "hq"), "waiting-requested-by");
		assertThat(waiting).isNotEmpty()
			.allSatisfy((w) -> assertThat(w.text()).startsWith("Solicitud de ").doesNotContainPattern(USERNAME));
		assertThat(waiting).filteredOn((w) -> w.title().equals("field.sv"))
			.singleElement()
			.satisfies((w) -> assertThat(w.text()).startsWith("Solicitud de Sofía Hernández"));
	}

	@Test
	void anIncidentNamesWhoReportedIt() throws Exception {
		long incident = this.jdbc.queryForObject("SELECT min(id) FROM security_incident", Long.class);
		Element reported = only(page("/incidents/" + incident, "auditor"), "incident-reported-by");
		assertThat(reported.text()).startsWith("Reportado por ").doesNotContainPattern(USERNAME);
		assertThat(reported.title()).matches("field\\.(mx|sv)");
	}

	private long clinic() {
		return this.jdbc.queryForObject("SELECT id FROM negotiation_case WHERE title = ?", Long.class, CLINIC);
	}

	private String page(String path, String user) throws Exception {
		return this.mvc.perform(get(path).param("lang", "es").with(as(this.users, user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static Element only(String html, String cssClass) {
		List<Element> found = elements(html, cssClass);
		assertThat(found).as("one .%s on the page", cssClass).hasSize(1);
		return found.get(0);
	}

	/** The elements carrying a class: their visible text and their title. */
	private static List<Element> elements(String html, String cssClass) {
		Pattern element = Pattern.compile(
				"<(\\w+)\\b([^>]*\\bclass=\"[^\"]*\\b" + Pattern.quote(cssClass) + "\\b[^\"]*\"[^>]*)>(.*?)</\\1>",
				Pattern.DOTALL);
		List<Element> found = new ArrayList<>();
		Matcher matcher = element.matcher(html);
		while (matcher.find()) {
			Matcher title = Pattern.compile("\\btitle=\"([^\"]*)\"").matcher(matcher.group(2));
			found.add(new Element(visibleText(matcher.group(3)).trim(),
					title.find() ? HtmlUtils.htmlUnescape(title.group(1)) : null));
		}
		return found;
	}

	private static String visibleText(String html) {
		return HtmlUtils.htmlUnescape(html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("(?s)<[^>]+>", " "))
			.replaceAll("\\s+", " ");
	}

	private record Element(String text, String title) {
	}

}
