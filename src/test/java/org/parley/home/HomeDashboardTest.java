package org.parley.home;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.parley.support.Users.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The start page as each role's dashboard, on the demo cases: the field officer's next
 * steps, the HQ reviewer's decisions waiting, cases by step per team and overdue next
 * steps. The demo clinic case has a next step that fell due two days ago.
 */
@IntegrationTest
class HomeDashboardTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Test
	void aFieldOfficerSeesTheirNextStepsDueAndOverdue() throws Exception {
		// The demo's round asked PASTOR for an answer due two days before the demo was
		// loaded: the clinic's first round with a next step (its text is sealed).
		String due = new JdbcTemplate(this.dataSource).queryForObject("""
				SELECT r.next_step_due FROM negotiation_round r JOIN negotiation_case c ON c.id = r.case_id
				WHERE c.title = 'Mobile clinic access to eleven mountain villages' AND r.next_step_due IS NOT NULL
				ORDER BY r.id LIMIT 1""", LocalDate.class).toString();
		this.mvc.perform(get("/").param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("My next steps"), containsString("Call PASTOR"),
					containsString(due), containsString("(Overdue)"))));
		// The demo clinic agreement's checks of the last week are still to record.
		this.mvc.perform(get("/").param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(content().string(allOf(containsString("Compliance checks to record"),
					containsString("Safe passage of the clinic every Tuesday"))));
		this.mvc.perform(get("/").param("lang", "en").with(as(this.users, "field.sv")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("My next steps"), not(containsString("Call PASTOR")))));
	}

	@Test
	void anHqReviewerSeesDecisionsCasesByStepAndOverdueNextSteps() throws Exception {
		long guerreroActive = new JdbcTemplate(this.dataSource)
			.queryForObject("SELECT count(*) FROM negotiation_case c JOIN team t ON t.id = c.team_id "
					+ "WHERE t.name = 'México – Guerrero' AND c.status = 'ACTIVE'", Long.class);
		this.mvc.perform(get("/").param("lang", "en").with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Vaccination days in the northern neighbourhoods"),
					containsString("Active cases by step"), containsString("Next steps overdue in your teams"),
					containsString("Mobile clinic access to eleven mountain villages"),
					containsString("fw-semibold\">" + guerreroActive + "<"))));
		this.mvc.perform(get("/").param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(content().string(not(containsString("Active cases by step"))));
	}

	@Test
	void eachRolesStartPageSaysWhatThatRoleDoesHereWithLinksToItsWork() throws Exception {
		this.mvc.perform(get("/").param("lang", "en").with(as(this.users, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("What you do here"),
					containsString("As an administrator you manage the accounts"),
					containsString("Administrators need no team"), containsString("href=\"/admin/guiding-questions\""),
					not(containsString("Ask an administrator")), not(containsString("As a field officer")))));
		this.mvc.perform(get("/").param("lang", "es").with(as(this.users, "admin")))
			.andExpect(content().string(allOf(containsString("Lo que usted hace aquí"),
					containsString("Como administrador o administradora"), not(containsString("Pida a")))));
		this.mvc.perform(get("/").param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(content().string(allOf(containsString("As a field officer you keep your team"),
					containsString("href=\"/cases/new\""), not(containsString("As an administrator")))));
		this.mvc.perform(get("/").param("lang", "en").with(as(this.users, "hq")))
			.andExpect(content().string(allOf(containsString("As an HQ reviewer you decide for your teams"),
					not(containsString("As an auditor")))));
		this.mvc.perform(get("/").param("lang", "en").with(as(this.users, "auditor")))
			.andExpect(content().string(allOf(containsString("As an auditor you read and export"),
					containsString("href=\"/audit/verify\""))));
	}

}
