package org.parley.negotiation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Times are shown in the reader's team's time zone, the zone named: the demo's Mexican
 * team is in America/Mexico_City, its Salvadoran team in America/El_Salvador; an
 * administrator sets a team's zone on the team's form.
 */
@IntegrationTest
class TeamTimesTest {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	private JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		this.jdbc = new JdbcTemplate(this.dataSource);
	}

	@Test
	void aFieldOfficerInMexicoSeesWhenAStepWasSavedInMexicoCityTimeWithTheZoneNamed() throws Exception {
		assertThat(this.jdbc.queryForMap("SELECT (SELECT time_zone FROM team WHERE name = 'México – Guerrero') mx, "
				+ "(SELECT time_zone FROM team WHERE name = 'El Salvador') sv"))
			.containsEntry("mx", "America/Mexico_City")
			.containsEntry("sv", "America/El_Salvador");
		long id = CaseFixtures.aCaseAtConflictAnalysis(this.mvc, this.users, this.jdbc, "Times");
		CaseFixtures.postConflictAnalysis(this.mvc, this.users, id);
		Instant saved = this.jdbc
			.queryForObject("SELECT updated_at FROM case_conflict_analysis WHERE case_id = ?", java.sql.Timestamp.class,
					id)
			.toInstant();
		String mexico = SHOWN.format(saved.atZone(ZoneId.of("America/Mexico_City")));
		String utc = SHOWN.format(saved.atZone(ZoneId.of("UTC")));
		assertThat(mexico).endsWith(" CST");
		this.mvc
			.perform(get("/cases/" + id + "/steps/conflict-analysis").param("lang", "en")
				.with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(mexico), not(containsString(utc)))));
	}

	@Test
	void aCaseHistoryNamesTheReadersTeamZoneNotTheOrganisationsDefault() throws Exception {
		long salvadoran = this.jdbc.queryForObject("SELECT min(c.id) FROM negotiation_case c "
				+ "JOIN team t ON t.id = c.team_id WHERE t.name = 'El Salvador'", Long.class);
		this.mvc.perform(get("/cases/" + salvadoran + "/history").param("lang", "en").with(as(this.users, "field.sv")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("America/El_Salvador"), not(containsString("America/Mexico_City")))));
	}

	@Test
	void anAdministratorSetsATeamsTimeZoneAndAnUnknownOneIsRefusedAtItsField() throws Exception {
		this.mvc
			.perform(post("/admin/teams").with(as(this.users, "admin"))
				.with(csrf())
				.param("name", "Guatemala – Petén " + System.nanoTime())
				.param("timeZone", "Mars/Olympus")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a time zone from the list.")));
		String name = "Guatemala – Petén " + System.nanoTime();
		this.mvc
			.perform(post("/admin/teams").with(as(this.users, "admin"))
				.with(csrf())
				.param("name", name)
				.param("timeZone", "America/Guatemala")
				.param("version", "0"))
			.andExpect(redirectedUrlPattern("/admin/teams/*"));
		assertThat(this.jdbc.queryForObject("SELECT time_zone FROM team WHERE name = ?", String.class, name))
			.isEqualTo("America/Guatemala");
		long team = this.jdbc.queryForObject("SELECT id FROM team WHERE name = ?", Long.class, name);
		this.mvc.perform(get("/admin/teams/" + team).param("lang", "es").with(as(this.users, "admin")))
			.andExpect(content().string(allOf(containsString("Zona horaria"),
					containsString("<option value=\"America/Guatemala\" selected=\"selected\">"))));
	}

}
