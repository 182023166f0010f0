package org.parley.incident;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.protection.Classification;
import org.parley.shared.CurrentUser;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Classification of security incidents (decision 0022): a strictly confidential incident
 * is seen by the team's field officers and the HQ reviewers named on it; the team's
 * auditors see that it exists without its place, narrative or sources; its sealed fields
 * are under the team's strict key, and move to the team's key when an HQ reviewer lowers
 * the level, with a reason.
 */
@IntegrationTest
class IncidentClassificationTest {

	private static final String NARRATIVE = "Los halcones siguieron la ambulancia hasta la clínica";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Incidents incidents;

	@Autowired
	DataSource dataSource;

	private JdbcTemplate jdbc;

	private long guerrero;

	@BeforeEach
	void findTheGuerreroTeam() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.guerrero = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
	}

	@Test
	void aStrictlyConfidentialIncidentIsHiddenFromAnHqReviewerNotNamedAndRedactedForAuditors() throws Exception {
		long id = record(List.of());
		assertThat(purposeOf(id)).isEqualTo("TEAM_STRICT");
		this.mvc.perform(get("/incidents/" + id).with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(NARRATIVE)));
		for (String username : new String[] { "hq", "field.sv", "admin" }) {
			this.mvc.perform(get("/incidents/" + id).with(as(this.users, username))).andExpect(status().isNotFound());
			this.mvc.perform(get("/api/v1/incidents/" + id).with(as(this.users, username)))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/api/v1/incidents").param("size", "100").with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")]").doesNotExist());
		this.mvc.perform(get("/incidents/" + id).param("lang", "en").with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Strictly confidential"),
					containsString("you may know that this record exists"), not(containsString(NARRATIVE)))));
		this.mvc.perform(get("/api/v1/incidents/" + id).with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.redacted").value(true))
			.andExpect(jsonPath("$.narrative").doesNotExist());
		this.mvc.perform(get("/incidents/" + id + "/shareable").with(as(this.users, "auditor")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aNamedHqReviewerLowersTheLevelWithAReasonAndTheNarrativeMovesToTheTeamsKey() throws Exception {
		long hq = this.jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'hq'", Long.class);
		long id = record(List.of(hq));
		this.mvc.perform(get("/incidents/" + id).with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(NARRATIVE)));
		this.mvc
			.perform(post("/incidents/" + id + "/classification").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", "0")
				.param("classification", "CONFIDENTIAL")
				.param("reason", "not mine to change"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/incidents/" + id + "/classification").with(as(this.users, "hq"))
				.with(csrf())
				.param("version", "0")
				.param("classification", "CONFIDENTIAL")
				.param("reason", "the clinic moved"))
			.andExpect(status().is3xxRedirection());
		assertThat(
				this.jdbc.queryForObject("SELECT classification FROM security_incident WHERE id = ?", String.class, id))
			.isEqualTo("CONFIDENTIAL");
		assertThat(purposeOf(id)).isEqualTo("TEAM");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE entity_type = 'Incident' "
						+ "AND entity_id = ? AND actor = 'hq' AND reason = 'the clinic moved' "
						+ "AND changes LIKE '%STRICTLY_CONFIDENTIAL%' AND changes NOT LIKE '%halcones%'",
				Long.class, Long.toString(id)))
			.isOne();
		this.mvc.perform(get("/incidents/" + id).with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(NARRATIVE)));
	}

	private long record(List<Long> named) {
		return this.incidents.record(new IncidentForm(this.guerrero, null, null, null, null,
				IncidentType.ATTACK_ON_TRANSPORT, EnumSet.of(Affected.STAFF), LocalDate.of(2026, 1, 10), "MX",
				"Guerrero", "Tlacotepec", null, null, AffectedPeople.unknown(), Certainty.PROBABLE, NARRATIVE, null,
				null, Classification.STRICTLY_CONFIDENTIAL, named), user("field.mx"));
	}

	/** The purpose of the data key the stored narrative names. */
	private String purposeOf(long id) {
		String stored = this.jdbc.queryForObject("SELECT narrative FROM security_incident WHERE id = ?", String.class,
				id);
		assertThat(stored).startsWith("pk1:").doesNotContain("halcones");
		return this.jdbc.queryForObject("SELECT purpose FROM data_key WHERE id = ? AND team_id = ?", String.class,
				Long.parseLong(stored.split(":")[1]), this.guerrero);
	}

	private CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
