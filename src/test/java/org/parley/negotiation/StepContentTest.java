package org.parley.negotiation;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.shared.TeamCalendar;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
 * The structured content of the steps through their pages: what each step keeps, the gate
 * on engagement content, the rules of rounds, objectives and closure, concurrent edits,
 * and need-to-know.
 */
@IntegrationTest
class StepContentTest {

	/** The teams' calendar day, as Parley reckons it (its clock, its time zone). */
	@Autowired
	TeamCalendar calendar;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	GuidingQuestions questions;

	private JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		this.jdbc = new JdbcTemplate(this.dataSource);
	}

	@Test
	void nothingOfTheEngagementIsRecordedBeforeHqDecides() throws Exception {
		long id = CaseFixtures.aCaseAt(MethodStep.INTERNAL_DECISION, this.mvc, this.users, this.jdbc);
		this.mvc.perform(round(id, "PHONE").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No engagement before HQ has decided")));
		this.mvc
			.perform(post("/cases/" + id + "/engagement").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "en")
				.param("modality", "DIRECT")
				.param("reason", "Typed before the decision"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("No engagement before HQ has decided"),
					containsString("Typed before the decision"))));
		assertThat(count("negotiation_round", id)).isZero();
		assertThat(count("case_engagement", id)).isZero();
		this.mvc
			.perform(get("/cases/" + id + "/steps/negotiation-rounds").param("lang", "en")
				.with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("blocked until HQ approves"), not(containsString("round-form")))));
	}

	@Test
	void anAssessmentPrefilledFromTheRegistryNamesPastCommitmentsByTheirThemesLabel() throws Exception {
		long salvador = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'El Salvador'", Long.class);
		long maraNorte = this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Mara Norte'", Long.class);
		this.mvc
			.perform(post("/cases").with(as(this.users, "field.sv"))
				.with(csrf())
				.param("teamId", Long.toString(salvador))
				.param("title", "School meals in the market district")
				.param("country", "SV")
				.param("groupIds", Long.toString(maraNorte))
				.param("objectiveType", "ACCESS_FOR_HEALTH_CARE")
				.param("priority", "MEDIUM"))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("SELECT max(id) FROM negotiation_case WHERE title = ?", Long.class,
				"School meals in the market district");
		this.mvc
			.perform(get("/api/v1/cases/" + id + "/assessments/prefill").param("groupId", Long.toString(maraNorte))
				.param("lang", "es")
				.with(as(this.users, "field.sv")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("2012-03-08 · Otro · "), not(containsString(" · other · ")))));
	}

	@Test
	void anInPersonRoundNeedsItsPrecautionsOrAnExplanationAndItsNextStepFallsDue() throws Exception {
		long id = CaseFixtures.aCaseAt(MethodStep.NEGOTIATION_ROUNDS, this.mvc, this.users, this.jdbc);
		this.mvc
			.perform(round(id, "IN_PERSON").param("lang", "en")
				.param("safetyNeutralVenue", "true")
				.param("asked", "Passage every Tuesday"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"safetyNotes-error\""),
					containsString("Some precautions are not ticked"), containsString("Passage every Tuesday"))));
		assertThat(count("negotiation_round", id)).isZero();

		LocalDate past = today().minusDays(10);
		this.mvc
			.perform(round(id, "IN_PERSON", past).param("safetyNeutralVenue", "true")
				.param("safetyNotes", "Informing the authorities would endanger the priest.")
				.param("nextStep", "Call PASTOR for the answer")
				.param("nextStepDue", past.plusDays(3).toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("SELECT next_step_due FROM negotiation_case WHERE id = ?", LocalDate.class,
				id))
			.isEqualTo(past.plusDays(3));
		this.mvc.perform(get("/cases").param("overdue", "true").with(as(this.users, "field.mx")))
			.andExpect(content().string(containsString("/cases/" + id + "\"")));
		// The round is in the case's history, named as such; its sealed notes show only
		// that they were written.
		this.mvc.perform(get("/cases/" + id).param("lang", "en").with(as(this.users, "hq")))
			.andExpect(content().string(allOf(containsString(">Negotiation round<"),
					containsString("(changed; protected value not recorded)"),
					not(containsString("Informing the authorities would endanger the priest.")))));

		long round = this.jdbc.queryForObject("SELECT id FROM negotiation_round WHERE case_id = ?", Long.class, id);
		this.mvc
			.perform(post("/cases/" + id + "/rounds/" + round + "/next-step-done").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("SELECT next_step_due FROM negotiation_case WHERE id = ?", LocalDate.class,
				id))
			.isNull();
	}

	@Test
	void aRoundsNextStepCannotBeDueBeforeTheRoundAndAnIncidentNeedsItsStory() throws Exception {
		long id = CaseFixtures.aCaseAt(MethodStep.NEGOTIATION_ROUNDS, this.mvc, this.users, this.jdbc);
		LocalDate today = today();
		this.mvc
			.perform(round(id, "PHONE").param("lang", "en")
				.param("nextStep", "Call back")
				.param("nextStepDue", today.minusDays(5).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The next step cannot be due before the round.")));
		this.mvc.perform(round(id, "PHONE").param("lang", "en").param("securityIncident", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Describe the incident.")));
		this.mvc.perform(round(id, "PHONE", null).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"heldOn-error\"")));
		assertThat(count("negotiation_round", id)).isZero();
	}

	@Test
	void theOrganisationsRedLinesStayAndAMeasureNeedsANumber() throws Exception {
		long id = CaseFixtures.aCaseAt(MethodStep.OBJECTIVES, this.mvc, this.users, this.jdbc);
		this.mvc
			.perform(post("/cases/" + id + "/objectives").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("objectives[0].text", "A weekly clinic reaches the villages")
				.param("objectives[0].priority", "HIGH")
				.param("objectives[0].bottomLine", "Every second week")
				.param("redLines[0]", "No transport of anyone for the group")
				.param("alternative", "Serve from the municipal seat"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("SELECT coalesce(code, 'own') FROM case_red_line WHERE case_id = ?",
				String.class, id))
			.contains("no-payment", "impartiality", "own");
		// A second save without any red line of its own keeps the organisation's.
		this.mvc
			.perform(post("/cases/" + id + "/objectives").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", "0")
				.param("objectives[0].text", "A weekly clinic reaches the villages")
				.param("objectives[0].bottomLine", "Every second week")
				.param("alternative", "Serve from the municipal seat"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("SELECT coalesce(code, 'own') FROM case_red_line WHERE case_id = ?",
				String.class, id))
			.contains("no-payment", "impartiality")
			.doesNotContain("own");

		this.mvc
			.perform(post("/cases/" + id + "/moes").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "en")
				.param("indicator", "Consultations per month")
				.param("unit", "consultations")
				.param("target", "six hundred"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"target-error\""), containsString("Consultations per month"))));
		assertThat(count("case_moe", id)).isZero();
		this.mvc
			.perform(post("/cases/" + id + "/moes").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("indicator", "Consultations per month")
				.param("unit", "consultations")
				.param("baseline", "0")
				.param("target", "600"))
			.andExpect(status().is3xxRedirection());
		assertThat(count("case_moe", id)).isOne();
	}

	@Test
	void aSecondEditorOfTheSameSheetIsRefusedAndKeepsWhatTheyTyped() throws Exception {
		long id = CaseFixtures.aCaseAtConflictAnalysis(this.mvc, this.users, this.jdbc, "Two editors");
		CaseFixtures.postConflictAnalysis(this.mvc, this.users, id);
		// Both opened the page at version 0; the first saves, the second is refused.
		this.mvc.perform(analysis(id, "0", "First editor's context")).andExpect(status().is3xxRedirection());
		this.mvc.perform(analysis(id, "0", "Second editor's context").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Someone else saved this part of the case"),
					containsString("Second editor&#39;s context"))));
		assertThat(this.jdbc.queryForObject("SELECT context FROM case_conflict_analysis WHERE case_id = ?",
				String.class, id))
			.isEqualTo("First editor's context");
	}

	@Test
	void anAssessmentStartsFromTheRegistryAndAReassessmentKeepsTheEarlierOne() throws Exception {
		long id = CaseFixtures.aCaseAt(MethodStep.UNDERSTANDING_THE_GROUP, this.mvc, this.users, this.jdbc);
		long sierra = this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Cártel del Sierra Alta'",
				Long.class);
		String leadership = this.jdbc.queryForObject("SELECT leadership FROM armed_group WHERE id = ?", String.class,
				sierra);
		this.mvc
			.perform(get("/cases/" + id + "/steps/understanding-the-group").param("assess", Long.toString(sierra))
				.with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(leadership)));
		for (String positions : new String[] { "No outsiders on the road", "Outsiders with the priest only" }) {
			this.mvc
				.perform(post("/cases/" + id + "/assessments").with(as(this.users, "field.mx"))
					.with(csrf())
					.param("groupId", Long.toString(sierra))
					.param("assessedOn", today().toString())
					.param("decisionMakers", "The plaza chief")
					.param("positions", positions)
					.param("influencers[0].name", "PASTOR")
					.param("influencers[0].influence", "HIGH")
					.param("influencers[0].disposition", "SUPPORTIVE"))
				.andExpect(status().is3xxRedirection());
		}
		java.util.List<Long> snapshots = this.jdbc
			.queryForList("SELECT id FROM case_group_assessment WHERE case_id = ? ORDER BY id", Long.class, id);
		assertThat(snapshots).hasSize(2);
		this.mvc
			.perform(get("/cases/" + id + "/steps/understanding-the-group").param("lang", "en")
				.param("compare", Long.toString(snapshots.get(0)))
				.param("with", Long.toString(snapshots.get(1)))
				.with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("What changed in the assessment"),
					containsString("No outsiders on the road"), containsString("Outsiders with the priest only"))));
	}

	@Test
	void hqConfirmsAClosureTheTeamAskedForAndAClosedCaseTakesNoMoreContent() throws Exception {
		long id = CaseFixtures.aCaseAt(MethodStep.CLOSURE, this.mvc, this.users, this.jdbc);
		MockHttpServletRequestBuilder answers = post("/cases/" + id + "/answers").with(as(this.users, "field.mx"))
			.with(csrf())
			.param("version", Long.toString(version(id)));
		this.questions.current()
			.of(MethodStep.CLOSURE)
			.forEach((q) -> answers.param("answer[" + q.id() + "]", "Discussed at the closing meeting."));
		this.mvc.perform(answers).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/cases/" + id + "/closure").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "en")
				.param("version", Long.toString(version(id)))
				.param("action", "request")
				.param("outcome", "NO_AGREEMENT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("the lessons learned")));
		this.mvc
			.perform(post("/cases/" + id + "/closure").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", Long.toString(version(id)))
				.param("action", "request")
				.param("outcome", "NO_AGREEMENT")
				.param("lessonsLearned", "Go in with the parish from the start."))
			.andExpect(status().is3xxRedirection());
		// The field officer cannot confirm; an HQ reviewer must give a reason to return.
		this.mvc
			.perform(post("/cases/" + id + "/closure/decision").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", Long.toString(version(id)))
				.param("outcome", "confirm"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/cases/" + id + "/closure/decision").with(as(this.users, "hq"))
				.with(csrf())
				.param("lang", "en")
				.param("version", Long.toString(version(id)))
				.param("outcome", "return"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say why the closure goes back")));
		this.mvc
			.perform(post("/cases/" + id + "/closure/decision").with(as(this.users, "hq"))
				.with(csrf())
				.param("version", Long.toString(version(id)))
				.param("outcome", "confirm"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForMap("SELECT status, closed_by, closure_outcome FROM negotiation_case WHERE id = ?",
				id))
			.containsEntry("status", "CLOSED")
			.containsEntry("closed_by", "hq")
			.containsEntry("closure_outcome", "NO_AGREEMENT");
		assertThat(this.jdbc.queryForList("SELECT kind FROM case_transition WHERE case_id = ?", String.class, id))
			.containsExactly("CLOSE");
		this.mvc.perform(round(id, "PHONE").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This case is closed.")));
		assertThat(count("negotiation_round", id)).isZero();
		long sierra = this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Cártel del Sierra Alta'",
				Long.class);
		this.mvc
			.perform(post("/cases/" + id).with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "en")
				.param("version", Long.toString(version(id)))
				.param("title", "Renamed after closing")
				.param("country", "MX")
				.param("groupIds", Long.toString(sierra))
				.param("objectiveType", "ACCESS_FOR_HEALTH_CARE")
				.param("priority", "LOW"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This case is closed.")));
		assertThat(this.jdbc.queryForObject("SELECT title FROM negotiation_case WHERE id = ?", String.class, id))
			.doesNotContain("Renamed");
	}

	@Test
	void anotherTeamSeesNoStepAndAnAuditorOnlyReads() throws Exception {
		long id = CaseFixtures.aCaseAt(MethodStep.NEGOTIATION_ROUNDS, this.mvc, this.users, this.jdbc);
		for (MethodStep step : MethodStep.values()) {
			this.mvc.perform(get("/cases/" + id + "/steps/" + step.slug()).with(as(this.users, "field.sv")))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/cases/" + id + "/steps/" + step.slug()).with(as(this.users, "auditor")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("save-content"))));
		}
		this.mvc
			.perform(post("/cases/" + id + "/rounds").with(as(this.users, "field.sv"))
				.with(csrf())
				.param("heldOn", today().toString())
				.param("channel", "PHONE"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/cases/" + id + "/rounds").with(as(this.users, "auditor"))
				.with(csrf())
				.param("heldOn", today().toString())
				.param("channel", "PHONE"))
			.andExpect(status().isForbidden());
		assertThat(count("negotiation_round", id)).isZero();
	}

	private MockHttpServletRequestBuilder round(long id, String channel) {
		return round(id, channel, today());
	}

	private MockHttpServletRequestBuilder round(long id, String channel, LocalDate heldOn) {
		return post("/cases/" + id + "/rounds").with(as(this.users, "field.mx"))
			.with(csrf())
			.param("heldOn", (heldOn != null) ? heldOn.toString() : "")
			.param("channel", channel);
	}

	private MockHttpServletRequestBuilder analysis(long id, String version, String context) {
		return post("/cases/" + id + "/steps/conflict-analysis").with(as(this.users, "field.mx"))
			.with(csrf())
			.param("version", version)
			.param("context", context);
	}

	private long count(String table, long caseId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE case_id = ?", Long.class, caseId);
	}

	private long version(long id) {
		return this.jdbc.queryForObject("SELECT version FROM negotiation_case WHERE id = ?", Long.class, id);
	}

	private LocalDate today() {
		return this.calendar.today();
	}

}
