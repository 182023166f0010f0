package org.parley.negotiation;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Opening a case and keeping it to its team: the team's field officers work on it, its HQ
 * reviewers and auditors read it, everyone else gets "not found".
 */
@IntegrationTest
class CasesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	private JdbcTemplate jdbc;

	private long guerrero;

	private long sierra;

	private String title;

	@BeforeEach
	void setUp() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.guerrero = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
		this.sierra = this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Cártel del Sierra Alta'",
				Long.class);
		this.title = "Clinic access " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aFieldOfficerOpensACaseAtConflictAnalysisWithTheCurrentQuestions() throws Exception {
		long id = open("field.mx");
		assertThat(this.jdbc.queryForMap("SELECT current_step, status, lead_negotiator, question_set_version "
				+ "FROM negotiation_case WHERE id = ?", id))
			.containsEntry("current_step", "CONFLICT_ANALYSIS")
			.containsEntry("status", "ACTIVE")
			.containsEntry("lead_negotiator", "field.mx");
		this.mvc.perform(get("/cases/" + id).param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString(this.title), containsString("current step"), containsString("Work on step 1"),
							containsString("the context of the area"), containsString("Cártel del Sierra Alta"))));
		this.mvc
			.perform(get("/cases/" + id + "/steps/conflict-analysis").param("lang", "en")
				.with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Which sources is the analysis based on"),
					containsString("Island of agreement"), containsString("Facts both sides accept"))));
		assertThat(this.jdbc.queryForObject(
				"SELECT team_id FROM audit_entry WHERE entity_type = 'NegotiationCase' AND entity_id = ?", Long.class,
				Long.toString(id)))
			.isEqualTo(this.guerrero);
	}

	@Test
	void theDemoCasesStandAtDifferentStepsOfTheMethod() {
		assertThat(this.jdbc.queryForList("SELECT title || ' @ ' || current_step FROM negotiation_case "
				+ "WHERE created_by IN ('field.mx', 'field.sv') AND title NOT LIKE 'Clinic access %' ORDER BY id",
				String.class))
			.contains("Mobile clinic access to eleven mountain villages @ FOLLOW_UP",
					"Ambulance safe passage across the divided city @ NEGOTIATION_ROUNDS",
					"Protection of the valley hospital after the attack @ FOLLOW_UP",
					"Vaccination days in the northern neighbourhoods @ INTERNAL_DECISION");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM engagement_decision d JOIN negotiation_case c "
				+ "ON c.id = d.case_id WHERE c.title = 'Vaccination days in the northern neighbourhoods' "
				+ "AND d.status = 'PENDING'", Long.class))
			.isOne();
	}

	@Test
	void theListFiltersByGroupAndCountry() throws Exception {
		open("field.mx");
		long once = this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Barrio Once'", Long.class);
		this.mvc.perform(get("/cases").param("group", Long.toString(this.sierra)).with(as(this.users, "hq")))
			.andExpect(content().string(containsString(this.title)));
		this.mvc.perform(get("/cases").param("group", Long.toString(once)).with(as(this.users, "hq")))
			.andExpect(content().string(allOf(not(containsString(this.title)),
					containsString("Ambulance safe passage across the divided city"))));
		this.mvc.perform(get("/cases").param("country", "SV").with(as(this.users, "hq")))
			.andExpect(content().string(not(containsString(this.title))));
		this.mvc.perform(get("/cases").param("country", "MX").with(as(this.users, "hq")))
			.andExpect(content().string(containsString(this.title)));
	}

	@Test
	void aCaseWithoutAGroupIsExplainedNextToTheFieldAndTheTitleIsKept() throws Exception {
		this.mvc
			.perform(post("/cases").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("teamId", Long.toString(this.guerrero))
				.param("title", this.title)
				.param("country", "MX")
				.param("objectiveType", "ACCESS_FOR_HEALTH_CARE")
				.param("priority", "HIGH"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Choose at least one armed group."),
					containsString("value=\"" + this.title + "\""))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "field.sv", "admin" })
	void someoneOutsideTheTeamGetsNotFound(String username) throws Exception {
		long id = open("field.mx");
		this.mvc.perform(get("/cases/" + id).with(as(this.users, username)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(this.title))));
		this.mvc.perform(get("/cases").with(as(this.users, username)))
			.andExpect(content().string(not(containsString(this.title))));
	}

	@Test
	void theTeamsAuditorReadsButCannotChangeTheCase() throws Exception {
		long id = open("field.mx");
		this.mvc.perform(get("/cases/" + id).with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/cases/" + id + "/edit"))));
		this.mvc
			.perform(post("/cases/" + id).with(as(this.users, "auditor"))
				.with(csrf())
				.param("version", "0")
				.param("title", "Changed by the auditor")
				.param("country", "MX")
				.param("groupIds", Long.toString(this.sierra))
				.param("objectiveType", "OTHER")
				.param("priority", "LOW"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/cases").param("mine", "false").with(as(this.users, "hq")))
			.andExpect(content().string(containsString(this.title)));
	}

	@Test
	void aFieldOfficerCannotOpenACaseForAnotherTeamOrGiveItToAnOutsider() throws Exception {
		long salvador = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'El Salvador'", Long.class);
		this.mvc
			.perform(post("/cases").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("teamId", Long.toString(salvador))
				.param("title", this.title)
				.param("country", "SV")
				.param("groupIds", Long.toString(this.sierra))
				.param("objectiveType", "OTHER")
				.param("priority", "LOW"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("you can open cases only for a team")));
		this.mvc
			.perform(post("/cases").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("teamId", Long.toString(this.guerrero))
				.param("title", this.title)
				.param("country", "MX")
				.param("groupIds", Long.toString(this.sierra))
				.param("objectiveType", "OTHER")
				.param("priority", "LOW")
				.param("leadNegotiator", "field.sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must be a field officer of the case&#39;s team")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM negotiation_case WHERE title = ?", Long.class,
				this.title))
			.isZero();
	}

	@Test
	void theSecondOfTwoEditorsIsRefusedAndKeepsTheirText() throws Exception {
		long id = open("field.mx");
		this.mvc.perform(edit(id, 0, "First edit")).andExpect(status().is3xxRedirection());
		this.mvc.perform(edit(id, 0, "Second edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Someone else saved this case"), containsString("value=\"Second edit\""))));
		assertThat(this.jdbc.queryForObject("SELECT title FROM negotiation_case WHERE id = ?", String.class, id))
			.isEqualTo("First edit");
	}

	private org.springframework.test.web.servlet.RequestBuilder edit(long id, long version, String title) {
		return post("/cases/" + id).with(as(this.users, "field.mx"))
			.with(csrf())
			.param("version", Long.toString(version))
			.param("teamId", Long.toString(this.guerrero))
			.param("title", title)
			.param("country", "MX")
			.param("groupIds", Long.toString(this.sierra))
			.param("objectiveType", "ACCESS_FOR_HEALTH_CARE")
			.param("priority", "HIGH")
			.param("leadNegotiator", "field.mx");
	}

	private long open(String username) throws Exception {
		this.mvc
			.perform(post("/cases").with(as(this.users, username))
				.with(csrf())
				.param("teamId", Long.toString(this.guerrero))
				.param("title", this.title)
				.param("country", "MX")
				.param("region", "Guerrero")
				.param("groupIds", Long.toString(this.sierra))
				.param("objectiveType", "ACCESS_FOR_HEALTH_CARE")
				.param("priority", "HIGH"))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("SELECT id FROM negotiation_case WHERE title = ?", Long.class, this.title);
	}

}
