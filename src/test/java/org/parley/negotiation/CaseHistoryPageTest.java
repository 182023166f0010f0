package org.parley.negotiation;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.support.Users.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A case's history, as an auditor reads it years later: in Spanish, with the forms'
 * labels and choices, records named by their titles, no code, class name, id or number in
 * scientific notation; narrowed by kind, person and period; paged; closed to those
 * outside the case's team.
 */
@IntegrationTest
class CaseHistoryPageTest {

	private static final Pattern ENTRY = Pattern
		.compile("<li[^>]*class=\"history-entry[^\"]*\"[^>]*data-seq=\"(\\d*)\"");

	private static final Pattern NEXT = Pattern.compile("href=\"(/cases/\\d+/history\\?[^\"]*after=[^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theHistoryOfADemoCaseReadsInSpanishWithNoRawCode() throws Exception {
		String text = visibleText(page(clinic(), "auditor", ""));
		assertThat(text).contains("Historial del caso", "Paso completado", "Prioridad", "Alta",
				"Acceso para atención de salud", "Cártel del Sierra Alta", "Mateo Ramírez");
		// The agreement's entries, further down the history than its first page
		assertThat(visibleText(page(clinic(), "auditor", "&kind=Agreement"))).contains("Vigente")
			.doesNotContain("IN_FORCE");
		assertThat(text).doesNotContain("IN_FORCE", "NEUTRAL_MEDIATOR", "createdAt", "NegotiationCase",
				"AgreementVersion", "E+", "[redacted]");
		assertThat(text).doesNotContainPattern("#\\d");
		assertThat(text).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		assertThat(text).doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b");
		assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
	}

	@Test
	void filtersNarrowTheHistoryByKindPersonAndPeriod() throws Exception {
		long clinic = clinic();
		List<String> moves = seqs(page(clinic, "auditor", "&kind=CaseTransition"));
		assertThat(moves).isNotEmpty()
			.hasSize(count("entity_type = 'CaseTransition' AND case_id = ?", clinic))
			.allSatisfy((seq) -> assertThat(typeOf(seq)).isEqualTo("CaseTransition"));

		List<String> byOfficer = seqs(page(clinic, "auditor", "&person=field.mx"));
		assertThat(byOfficer).isNotEmpty()
			.hasSizeLessThan(count("case_id = ?", clinic))
			.allSatisfy((seq) -> assertThat(actorOf(seq)).isEqualTo("field.mx"));

		assertThat(seqs(page(clinic, "auditor", "&from=2099-01-01"))).isEmpty();
		assertThat(visibleText(page(clinic, "auditor", "&from=2099-01-01"))).contains("Nada en el historial coincide");
	}

	@Test
	void aPeriodThatEndsBeforeItStartsOrAMalformedDateIsExplainedNextToTheField() throws Exception {
		String reversed = page(clinic(), "auditor", "&from=2026-10-01&to=2026-09-01");
		assertThat(reversed).contains("is-invalid").contains("El final del periodo es anterior a su inicio.");
		String malformed = page(clinic(), "auditor", "&from=30/09/2026");
		assertThat(malformed).contains("Escriba la fecha como año-mes-día");
	}

	@Test
	void aLongHistoryIsPagedWithoutRepeatsOrGaps() throws Exception {
		long clinic = clinic();
		List<String> all = new ArrayList<>();
		String html = page(clinic, "auditor", "");
		int pages = 1;
		all.addAll(seqs(html));
		Matcher next = NEXT.matcher(html);
		while (next.find()) {
			html = this.mvc.perform(get(next.group(1).replace("&amp;", "&")).with(as(this.users, "auditor")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			all.addAll(seqs(html));
			next = NEXT.matcher(html);
			pages++;
		}
		assertThat(pages).isGreaterThan(1);
		List<String> entries = all.stream().filter((seq) -> !seq.isEmpty()).toList();
		assertThat(entries).doesNotHaveDuplicates().hasSize(count("case_id = ?", clinic));
	}

	@Test
	void someoneOutsideTheCasesTeamCannotReadItsHistory() throws Exception {
		int refused = this.mvc.perform(get("/cases/" + clinic() + "/history").with(as(this.users, "field.sv")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(refused).isIn(403, 404);
		this.mvc.perform(get("/cases/" + clinic() + "/history").with(as(this.users, "field.mx")))
			.andExpect(status().isOk());
	}

	@Test
	void theAuditLogShowsEverythingAboutOneCaseInTheSameWords() throws Exception {
		long clinic = clinic();
		String html = this.mvc
			.perform(get("/audit").param("caseId", Long.toString(clinic))
				.param("lang", "es")
				.with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> seqs = seqs(html);
		assertThat(seqs).isNotEmpty().allSatisfy((seq) -> assertThat(caseOf(seq)).isEqualTo(clinic));
		String text = visibleText(html);
		assertThat(text).contains("Todo sobre el caso «Mobile clinic access to eleven mountain villages»");
		assertThat(text).doesNotContain("IN_FORCE", "NegotiationCase", "createdAt", "E+");
		assertThat(text).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	}

	private String page(long caseId, String user, String query) throws Exception {
		return this.mvc.perform(get("/cases/" + caseId + "/history?lang=es" + query).with(as(this.users, user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long clinic() {
		return this.jdbc.queryForObject(
				"SELECT id FROM negotiation_case WHERE title = 'Mobile clinic access to eleven mountain villages'",
				Long.class);
	}

	private int count(String where, Object... args) {
		return this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE " + where, Integer.class, args);
	}

	private String typeOf(String seq) {
		return this.jdbc.queryForObject("SELECT entity_type FROM audit_entry WHERE seq = ?", String.class,
				Long.parseLong(seq));
	}

	private String actorOf(String seq) {
		return this.jdbc.queryForObject("SELECT actor FROM audit_entry WHERE seq = ?", String.class,
				Long.parseLong(seq));
	}

	private Long caseOf(String seq) {
		return this.jdbc.queryForObject("SELECT case_id FROM audit_entry WHERE seq = ?", Long.class,
				Long.parseLong(seq));
	}

	private static List<String> seqs(String html) {
		List<String> seqs = new ArrayList<>();
		Matcher matcher = ENTRY.matcher(html);
		while (matcher.find()) {
			seqs.add(matcher.group(1));
		}
		return seqs;
	}

	/** What a reader sees: the page without its markup, scripts and hidden values. */
	private static String visibleText(String html) {
		return html.replaceAll("(?s)<head>.*?</head>", " ")
			.replaceAll("(?s)<script.*?</script>", " ")
			.replaceAll("(?s)<option[^>]*>", " ")
			.replaceAll("(?s)<[^>]+>", " ")
			.replace("&amp;", "&")
			.replace("&#39;", "'")
			.replace("&quot;", "\"");
	}

}
