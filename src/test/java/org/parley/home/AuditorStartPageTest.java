package org.parley.home;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.audit.AuditVerifications;
import org.parley.audit.LastVerification;
import org.parley.audit.ReadAction;
import org.parley.audit.ReadLog;
import org.parley.negotiation.CaseQueries;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.parley.support.Users.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The auditor's start page: their teams' cases by latest activity, open and closed, with
 * a title search and keyset pages; the exports they made; the audit chain's last
 * verification, which every run of the verify page records.
 */
@IntegrationTest
class AuditorStartPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	AuditVerifications verifications;

	@Autowired
	ReadLog readLog;

	@Autowired
	CaseQueries caseQueries;

	@Test
	void theAuditorSeesTheirTeamsCasesLatestActivityFirstAndSearchesThem() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		List<String> titles = jdbc.queryForList("""
				SELECT title FROM negotiation_case WHERE team_id IN (SELECT m.team_id FROM team_member m
				    JOIN app_user u ON u.id = m.user_id WHERE u.username = 'auditor')
				ORDER BY updated_at DESC, id DESC LIMIT 2""", String.class);
		String html = this.mvc.perform(get("/").param("lang", "es").with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Casos de sus equipos"), containsString("Sus exportaciones"),
							containsString("Cadena de auditoría"), containsString("Buscar en títulos de casos"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Titles may also show among the exports made: look in the cases' list only.
		String cases = html.substring(html.indexOf("Casos de sus equipos"));
		assertThat(cases.indexOf(titles.get(0))).as("latest activity first")
			.isPositive()
			.isLessThan(cases.indexOf(titles.get(1)));

		String oneTitle = titles.get(1);
		String word = oneTitle.split(" ")[0];
		this.mvc.perform(get("/").param("q", word.toUpperCase()).with(as(this.users, "auditor")))
			.andExpect(content().string(containsString(oneTitle)));
		this.mvc
			.perform(get("/").param("q", "no case is called this").param("lang", "en").with(as(this.users, "auditor")))
			.andExpect(content()
				.string(allOf(containsString("No case title matches your search."), not(containsString(oneTitle)))));
		// Field officers keep their own start page.
		this.mvc.perform(get("/").param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(content().string(not(containsString("Cases of your teams, latest activity first"))));
	}

	@Test
	void theCasesArePagedByKeyset() throws Exception {
		// the cases the auditor may read (other tests of the run add cases of other
		// teams, and need-to-know ones)
		int cases = this.caseQueries
			.page((org.parley.shared.CurrentUser) this.users.loadUserByUsername("auditor"),
					new CaseQueries.CaseFilter(false, null, null, null, null, null, false), null,
					HomeController.AUDITOR_PAGE_SIZE + 1)
			.items()
			.size();
		String first = this.mvc.perform(get("/").param("lang", "en").with(as(this.users, "auditor")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		if (cases > HomeController.AUDITOR_PAGE_SIZE) {
			assertThat(first).contains("after=");
		}
		else {
			assertThat(first).doesNotContain("Next page");
		}
	}

	@Test
	void eachVerificationIsKeptAndTheLastOneShownWithWhoRanIt() throws Exception {
		this.mvc.perform(get("/audit/verify").with(as(this.users, "auditor"))).andExpect(status().isOk());
		LastVerification last = this.verifications.last().orElseThrow();
		assertThat(last.ranBy()).isEqualTo("auditor");
		assertThat(last.intact()).isTrue();
		assertThat(last.entriesChecked()).isPositive();
		assertThat(last.firstBrokenSeq()).isNull();
		this.mvc.perform(get("/").param("lang", "en").with(as(this.users, "auditor")))
			.andExpect(content().string(allOf(containsString("Intact at the last check."),
					containsString(String.format("%,d", last.entriesChecked())), containsString("Checked by"),
					containsString("America/Mexico City"))));
		// The verify page tells the run before it.
		this.mvc.perform(get("/audit/verify").param("lang", "en").with(as(this.users, "auditor")))
			.andExpect(content().string(containsString("Before this check:")));
	}

	@Test
	void theExportsTheAuditorMadeAreListed() throws Exception {
		long caseId = new JdbcTemplate(this.dataSource).queryForObject(
				"SELECT min(id) FROM negotiation_case WHERE team_id = (SELECT id FROM team WHERE name = 'El Salvador')",
				Long.class);
		long team = new JdbcTemplate(this.dataSource)
			.queryForObject("SELECT team_id FROM negotiation_case WHERE id = ?", Long.class, caseId);
		String title = new JdbcTemplate(this.dataSource)
			.queryForObject("SELECT title FROM negotiation_case WHERE id = ?", String.class, caseId);
		UserDetails auditor = this.users.loadUserByUsername("auditor");
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(auditor, null, auditor.getAuthorities()));
		try {
			this.readLog.record(ReadAction.EXPORTED, "Dossier", Long.toString(caseId), caseId, team);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		String html = this.mvc.perform(get("/").param("lang", "es").with(as(this.users, "auditor")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("Todavía no ha exportado nada.")
			.containsPattern("(?s)class=\"mb-1 export\">.*?/cases/" + caseId + "\"[^>]*>\\s*"
					+ java.util.regex.Pattern.quote(title) + "</a>");
	}

}
