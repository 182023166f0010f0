package org.parley.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ParleyApplication;
import org.parley.agreement.monitoring.ObligationSchedule;
import org.parley.audit.AuditChainReport;
import org.parley.audit.AuditChainVerifier;
import org.parley.shared.TeamCalendar;
import org.parley.support.TestDatabase;
import org.parley.support.Users;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scale data generator, run at a thousandth of its size (20 cases per team) on a
 * database of its own as the command runs it: the tables are filled in proportion, the
 * audit chain it wrote verifies with the application's own verifier, a generated field
 * officer reads its team's cases with their sealed fields opened, and the case search
 * finds the rounds that speak of ambulances.
 */
class ScaleDataTest {

	private static ConfigurableApplicationContext app;

	private static JdbcTemplate jdbc;

	private static MockMvc mvc;

	@BeforeAll
	static void generate() throws Exception {
		Path anchors = Files.createTempDirectory("parley-scale-anchors-");
		app = new SpringApplicationBuilder(ParleyApplication.class).profiles("scale")
			.run("--spring.datasource.url=" + TestDatabase.createDatabase(), "--server.port=0",
					"--parley.scale.factor=0.001", "--parley.scale.exit=false", "--parley.audit.anchor-dir=" + anchors);
		jdbc = app.getBean(JdbcTemplate.class);
		mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app).apply(springSecurity()).build();
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void fillsEveryTableInProportionToTheCases() {
		long cases = count("negotiation_case");
		assertThat(cases).isEqualTo(50 * 20);
		assertThat(count("team")).isEqualTo(50);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM parley.app_user WHERE username LIKE 's__-%'", Long.class))
			.isEqualTo(500);
		assertThat(count("armed_group")).isEqualTo(5000);
		assertThat(count("armed_group_alias")).isBetween(10_000L, 15_000L);
		assertThat(count("negotiation_round")).isBetween(cases * 3 / 2, cases * 5 / 2);
		long agreements = count("agreement");
		assertThat(agreements).isBetween(cases / 8, cases * 3 / 10);
		assertThat(count("agreement_commitment")).isEqualTo(3 * agreements);
		assertThat(count("compliance_check")).isGreaterThan(agreements);
		assertThat(count("group_review")).isPositive();
		assertThat(count("case_search")).isEqualTo(cases);
		assertThat(count("security_incident")).isPositive();
		assertThat(count("moe_measurement")).isPositive();
		assertThat(count("case_transfer")).isPositive();
		assertThat(count("access_constraint")).isEqualTo(50 * 4);
		assertThat(jdbc.queryForObject(
				"SELECT count(DISTINCT current_step) FROM parley.negotiation_case WHERE title NOT LIKE 'Scale benchmark%'",
				Long.class))
			.isEqualTo(9);
		assertThat(jdbc.queryForObject("SELECT count(DISTINCT (a.group_id - (SELECT min(id) FROM parley.armed_group)) "
				+ "/ 100) FROM parley.armed_group_alias a WHERE a.alias = 'Los Güeros'", Long.class))
			.as("teams whose hundred groups include one called Los Güeros")
			.isEqualTo(50);
	}

	@Test
	void theAuditChainItWroteVerifies() {
		AuditChainReport report = app.getBean(AuditChainVerifier.class).verify();
		assertThat(report.problems()).isEmpty();
		assertThat(report.entriesChecked()).isGreaterThan(count("negotiation_case") * 5);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM parley.audit_entry a JOIN parley.negotiation_case c "
				+ "ON c.id = a.case_id WHERE c.title = 'Scale benchmark case 01'", Long.class))
			.isGreaterThan(20);
	}

	@Test
	void aGeneratedFieldOfficerReadsItsTeamsCasesWithTheirSealedFieldsOpen() throws Exception {
		UserDetailsService users = app.getBean(UserDetailsService.class);
		long benchmark = jdbc.queryForObject(
				"SELECT id FROM parley.negotiation_case WHERE title = 'Scale benchmark case 01'", Long.class);
		String list = mvc.perform(get("/cases").with(Users.as(users, "s01-fo1")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String newest = jdbc.queryForObject("SELECT title FROM parley.negotiation_case c JOIN parley.team t "
				+ "ON t.id = c.team_id WHERE t.name = 'Scale team 01' ORDER BY c.updated_at DESC, c.id DESC LIMIT 1",
				String.class);
		assertThat(list).contains(newest).doesNotContain("Scale benchmark case 02");
		mvc.perform(get("/cases/" + benchmark).with(Users.as(users, "s01-fo1"))).andExpect(status().isOk());
		String rounds = mvc
			.perform(get("/cases/" + benchmark + "/steps/negotiation-rounds").with(Users.as(users, "s01-fo1")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rounds).contains("ambulancias").doesNotContain("pk1:");
		mvc.perform(get("/cases/" + benchmark).with(Users.as(users, "s02-fo1"))).andExpect(status().isNotFound());
	}

	@Test
	void theCaseSearchFindsTheRoundsThatSpeakOfAmbulances() throws Exception {
		UserDetailsService users = app.getBean(UserDetailsService.class);
		String found = mvc.perform(get("/cases").param("q", "ambulancias").with(Users.as(users, "s01-fo2")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(found).contains("Scale benchmark case 01");
		String none = mvc.perform(get("/cases").param("q", "helicópteros").with(Users.as(users, "s01-fo2")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(none).doesNotContain("Scale benchmark case 01");
	}

	@Test
	void leavesTheHourlyScheduleOfChecksAndReviewsNothingToAddOrAnnounce() {
		long checks = count("compliance_check");
		long reviews = count("group_review");
		app.getBean(ObligationSchedule.class).runOnce(app.getBean(TeamCalendar.class).today());
		assertThat(count("compliance_check")).isEqualTo(checks);
		assertThat(count("group_review")).isEqualTo(reviews);
		assertThat(count("notification")).isZero();
	}

	private static long count(String table) {
		Map<String, Object> row = jdbc.queryForMap("SELECT count(*) AS n FROM parley." + table);
		return ((Number) row.get("n")).longValue();
	}

}
