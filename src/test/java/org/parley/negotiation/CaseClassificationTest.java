package org.parley.negotiation;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Classification of cases and rounds (decision 0022): the level governs the sealed
 * fields, not the case's existence. A strictly confidential case stays in lists for all
 * who may see it; its risks, answers and next step, and the sealed fields of its rounds,
 * are sealed under the team's strict key and opened only for the team's field officers
 * and the HQ reviewers named on the case. HQ changes the level with a reason and the
 * version it saw; a round is never below its case.
 */
@IntegrationTest
class CaseClassificationTest {

	private static final String RISKS = "Staff mistaken for informants.";

	private static final String PLACE = "Sacristía de la parroquia de San Miguel";

	private static final String REDACTED = "Redacted: strictly confidential";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	GuidingQuestions questions;

	private JdbcTemplate jdbc;

	private long hq;

	@BeforeEach
	void setUp() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.hq = this.jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'hq'", Long.class);
	}

	@Test
	void aStrictCaseStaysListedButItsRisksAreRedactedForHqNotNamedAndAuditors() throws Exception {
		long id = strictCase();
		CaseFixtures.postConflictAnalysis(this.mvc, this.users, id);
		assertThat(level(id)).isEqualTo("STRICTLY_CONFIDENTIAL");
		assertThat(purposeOf("SELECT risks FROM case_conflict_analysis WHERE case_id = ?", id))
			.isEqualTo("TEAM_STRICT");
		this.mvc.perform(get("/cases/" + id + "/steps/conflict-analysis").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(RISKS)));
		for (String reader : new String[] { "hq", "auditor" }) {
			this.mvc.perform(get("/cases/" + id).param("lang", "en").with(as(this.users, reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Strictly confidential")));
			this.mvc
				.perform(get("/cases/" + id + "/steps/conflict-analysis").param("lang", "en")
					.with(as(this.users, reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(REDACTED), not(containsString(RISKS)))));
			this.mvc.perform(get("/api/v1/cases/" + id + "/steps/conflict-analysis").with(as(this.users, reader)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.content.risksRedacted").value(true))
				.andExpect(jsonPath("$.content.conflictAnalysis.content.risks").doesNotExist());
			this.mvc.perform(get("/api/v1/cases").param("size", "100").with(as(this.users, reader)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[?(@.id == " + id + ")].redacted").value(true));
		}
		this.mvc.perform(get("/cases/" + id).with(as(this.users, "field.sv"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/cases/" + id + "/steps/conflict-analysis").with(as(this.users, "field.sv")))
			.andExpect(status().isNotFound());
		name(id, this.hq);
		this.mvc.perform(get("/cases/" + id + "/steps/conflict-analysis").with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(RISKS)));
	}

	@Test
	void hqRaisesACaseWithAReasonAndTheVersionItSawAndTheRisksAreResealed() throws Exception {
		long id = CaseFixtures.aCaseAtConflictAnalysis(this.mvc, this.users, this.jdbc, "Classified");
		CaseFixtures.postConflictAnalysis(this.mvc, this.users, id);
		assertThat(level(id)).isEqualTo("CONFIDENTIAL");
		assertThat(purposeOf("SELECT risks FROM case_conflict_analysis WHERE case_id = ?", id)).isEqualTo("TEAM");
		long version = version(id);
		this.mvc.perform(get("/cases/" + id).param("lang", "en").with(as(this.users, "hq")))
			.andExpect(content().string(containsString("Change the classification")));
		this.mvc.perform(get("/cases/" + id).param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(content().string(not(containsString("Change the classification"))));
		this.mvc.perform(classify("field.mx", id, version, "STRICTLY_CONFIDENTIAL", "mine to decide?"))
			.andExpect(status().isForbidden());
		this.mvc.perform(classify("hq", id, version - 1, "STRICTLY_CONFIDENTIAL", "the parish asked"))
			.andExpect(status().is3xxRedirection());
		assertThat(level(id)).isEqualTo("CONFIDENTIAL");
		this.mvc.perform(classify("hq", id, version, "STRICTLY_CONFIDENTIAL", " "))
			.andExpect(status().is3xxRedirection());
		assertThat(level(id)).isEqualTo("CONFIDENTIAL");
		this.mvc.perform(classify("hq", id, version, "STRICTLY_CONFIDENTIAL", "the parish asked"))
			.andExpect(status().is3xxRedirection());
		assertThat(level(id)).isEqualTo("STRICTLY_CONFIDENTIAL");
		assertThat(this.jdbc.queryForObject("SELECT ? = ANY(named_reviewers) FROM negotiation_case WHERE id = ?",
				Boolean.class, this.hq, id))
			.isTrue();
		assertThat(purposeOf("SELECT risks FROM case_conflict_analysis WHERE case_id = ?", id))
			.isEqualTo("TEAM_STRICT");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE entity_type = 'NegotiationCase' AND entity_id = ? "
						+ "AND actor = 'hq' AND reason = 'the parish asked' AND changes LIKE '%STRICTLY_CONFIDENTIAL%'",
				Long.class, Long.toString(id)))
			.isOne();
		this.mvc.perform(get("/cases/" + id + "/steps/conflict-analysis").with(as(this.users, "hq")))
			.andExpect(content().string(containsString(RISKS)));
		// The API: a stale If-Match is a conflict, a field officer is refused.
		this.mvc.perform(classifyApi("hq", "/api/v1/cases/" + id + "/classification", version, "CONFIDENTIAL"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(classifyApi("field.mx", "/api/v1/cases/" + id + "/classification", version(id), "CONFIDENTIAL"))
			.andExpect(status().isForbidden());
		this.mvc.perform(classifyApi("hq", "/api/v1/cases/" + id + "/classification", version(id), "CONFIDENTIAL"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.classification").value("CONFIDENTIAL"));
		assertThat(purposeOf("SELECT risks FROM case_conflict_analysis WHERE case_id = ?", id)).isEqualTo("TEAM");
	}

	@Test
	void aStrictRoundIsRedactedForOthersAndNeverBelowItsCase() throws Exception {
		long id = CaseFixtures.aCaseAt(MethodStep.NEGOTIATION_ROUNDS, this.mvc, this.users, this.jdbc);
		this.mvc
			.perform(post("/cases/" + id + "/rounds").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("heldOn", "2026-01-12")
				.param("channel", "PHONE")
				.param("place", PLACE)
				.param("outcome", "They will think about it.")
				.param("classification", "STRICTLY_CONFIDENTIAL"))
			.andExpect(status().is3xxRedirection());
		long round = this.jdbc.queryForObject("SELECT id FROM negotiation_round WHERE case_id = ?", Long.class, id);
		assertThat(this.jdbc.queryForObject("SELECT classification FROM negotiation_round WHERE id = ?", String.class,
				round))
			.isEqualTo("STRICTLY_CONFIDENTIAL");
		assertThat(purposeOf("SELECT place FROM negotiation_round WHERE id = ?", round)).isEqualTo("TEAM_STRICT");
		this.mvc.perform(get("/cases/" + id + "/steps/negotiation-rounds").with(as(this.users, "field.mx")))
			.andExpect(content().string(containsString(PLACE)));
		for (String reader : new String[] { "hq", "auditor" }) {
			this.mvc
				.perform(get("/cases/" + id + "/steps/negotiation-rounds").param("lang", "en")
					.with(as(this.users, reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(REDACTED), not(containsString(PLACE)))));
			this.mvc.perform(get("/api/v1/cases/" + id + "/rounds/" + round).with(as(this.users, reader)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.redacted").value(true))
				.andExpect(jsonPath("$.content.place").doesNotExist());
		}
		this.mvc.perform(get("/api/v1/cases/" + id + "/rounds/" + round).with(as(this.users, "field.sv")))
			.andExpect(status().isNotFound());
		String path = "/api/v1/cases/" + id + "/rounds/" + round + "/classification";
		this.mvc.perform(classifyApi("hq", path, roundVersion(round), "CONFIDENTIAL"))
			.andExpect(status().isForbidden());
		name(id, this.hq);
		this.mvc.perform(get("/api/v1/cases/" + id + "/rounds/" + round).with(as(this.users, "hq")))
			.andExpect(jsonPath("$.redacted").value(false))
			.andExpect(jsonPath("$.content.place").value(PLACE));
		this.mvc
			.perform(get("/cases/" + id + "/steps/negotiation-rounds").param("lang", "en").with(as(this.users, "hq")))
			.andExpect(content()
				.string(allOf(containsString(PLACE), containsString("Change the round&#39;s classification"))));
		this.mvc.perform(classifyApi("hq", path, roundVersion(round), "INTERNAL"))
			.andExpect(status().is4xxClientError());
		this.mvc.perform(classifyApi("hq", path, roundVersion(round), "CONFIDENTIAL"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.classification").value("CONFIDENTIAL"));
		assertThat(purposeOf("SELECT place FROM negotiation_round WHERE id = ?", round)).isEqualTo("TEAM");
		// Raising the case raises its rounds.
		this.mvc.perform(classify("hq", id, version(id), "STRICTLY_CONFIDENTIAL", "the parish asked"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("SELECT classification FROM negotiation_round WHERE id = ?", String.class,
				round))
			.isEqualTo("STRICTLY_CONFIDENTIAL");
		assertThat(purposeOf("SELECT place FROM negotiation_round WHERE id = ?", round)).isEqualTo("TEAM_STRICT");
	}

	@Test
	void onlyANamedHqReviewerDecidesOnAStrictCasesRequestToEngage() throws Exception {
		long id = strictCase();
		this.jdbc.update("UPDATE negotiation_case SET current_step = 'INTERNAL_DECISION' WHERE id = ?", id);
		this.jdbc.update("""
				INSERT INTO engagement_decision (case_id, team_id, requested_by, requested_at, risk_legitimacy,
				    risk_instrumentalisation, risk_legal, risk_staff_safety, risk_reputation, mandate_level,
				    mandate_scope, mandate_red_lines, status, version)
				SELECT id, team_id, 'field.mx', now(), 'pk0:a', 'pk0:b', 'pk0:c', 'pk0:d', 'pk0:e', 'Field team',
				    'Clinic access', 'No payment', 'PENDING', 0 FROM negotiation_case WHERE id = ?""", id);
		long decision = this.jdbc.queryForObject("SELECT id FROM engagement_decision WHERE case_id = ?", Long.class,
				id);
		this.mvc
			.perform(post("/cases/" + id + "/decisions/" + decision).with(as(this.users, "hq"))
				.with(csrf())
				.param("lang", "en")
				.param("version", "0")
				.param("outcome", "APPROVED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("only an HQ reviewer named on it may decide")));
		assertThat(
				this.jdbc.queryForObject("SELECT status FROM engagement_decision WHERE id = ?", String.class, decision))
			.isEqualTo("PENDING");
		name(id, this.hq);
		this.mvc
			.perform(post("/cases/" + id + "/decisions/" + decision).with(as(this.users, "hq"))
				.with(csrf())
				.param("version", "0")
				.param("outcome", "APPROVED"))
			.andExpect(status().is3xxRedirection());
		assertThat(
				this.jdbc.queryForObject("SELECT status FROM engagement_decision WHERE id = ?", String.class, decision))
			.isEqualTo("APPROVED");
	}

	@Test
	void aStrictCasesAnswersAreRedactedAndItsHistorySaysWhy() throws Exception {
		long id = strictCase();
		int set = this.jdbc.queryForObject("SELECT question_set_version FROM negotiation_case WHERE id = ?",
				Integer.class, id);
		long question = this.questions.version(set).of(MethodStep.CONFLICT_ANALYSIS).get(0).id();
		String answer = "Nobody crosses the river after dark";
		this.mvc
			.perform(post("/cases/" + id + "/answers").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", Long.toString(version(id)))
				.param("action", "save")
				.param("answer[" + question + "]", answer))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/cases/" + id + "/steps/conflict-analysis").with(as(this.users, "field.mx")))
			.andExpect(content().string(containsString(answer)));
		for (String reader : new String[] { "hq", "auditor" }) {
			this.mvc
				.perform(get("/cases/" + id + "/steps/conflict-analysis").param("lang", "en")
					.with(as(this.users, reader)))
				.andExpect(content().string(allOf(containsString(REDACTED), not(containsString(answer)))));
			this.mvc.perform(get("/api/v1/cases/" + id + "/steps/conflict-analysis").with(as(this.users, reader)))
				.andExpect(jsonPath("$.answersRedacted").value(true))
				.andExpect(jsonPath("$.answers[0].text").doesNotExist());
			this.mvc.perform(get("/cases/" + id + "/history").param("lang", "en").with(as(this.users, reader)))
				.andExpect(status().isOk())
				.andExpect(content()
					.string(allOf(containsString("redacted: strictly confidential"), not(containsString(answer)))));
		}
	}

	@Test
	void theRequestsRisksAndTheAnswersFollowTheCasesLevel() throws Exception {
		long id = strictCase();
		this.jdbc.update("UPDATE negotiation_case SET current_step = 'INTERNAL_DECISION' WHERE id = ?", id);
		int set = this.jdbc.queryForObject("SELECT question_set_version FROM negotiation_case WHERE id = ?",
				Integer.class, id);
		MockHttpServletRequestBuilder answers = post("/cases/" + id + "/answers").with(as(this.users, "field.mx"))
			.with(csrf())
			.param("version", Long.toString(version(id)))
			.param("action", "save");
		this.questions.version(set)
			.of(MethodStep.INTERNAL_DECISION)
			.forEach((q) -> answers.param("answer[" + q.id() + "]", "Weighed with the head of office."));
		this.mvc.perform(answers).andExpect(status().is3xxRedirection());
		this.mvc.perform(MandateFixtures
			.assessed(post("/cases/" + id + "/decisions").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", Long.toString(version(id))), this.jdbc, id)
			.param("riskLegitimacy", "Low: the parish is the channel.")
			.param("riskInstrumentalisation", "The cartel may claim the clinic.")
			.param("riskLegal", "No listed entity involved.")
			.param("riskStaffSafety", "Checkpoint on the road.")
			.param("riskReputation", "Local press may report it.")
			.param("mandateLevel", "Field team")
			.param("mandateScope", "Clinic access on Tuesdays")
			.param("mandateRedLines", "No payment for access.")).andExpect(status().is3xxRedirection());
		String risk = "SELECT risk_legal FROM engagement_decision WHERE case_id = ?";
		String answer = "SELECT answer FROM case_answer WHERE case_id = ? ORDER BY question_id LIMIT 1";
		assertThat(purposeOf(risk, id)).isEqualTo("TEAM_STRICT");
		assertThat(purposeOf(answer, id)).isEqualTo("TEAM_STRICT");
		this.mvc.perform(get("/cases/" + id).param("lang", "en").with(as(this.users, "hq")))
			.andExpect(content().string(allOf(containsString(REDACTED), not(containsString("No listed entity")))));
		name(id, this.hq);
		this.mvc.perform(get("/cases/" + id).with(as(this.users, "hq")))
			.andExpect(content().string(containsString("No listed entity involved.")));
		this.mvc.perform(classify("hq", id, version(id), "CONFIDENTIAL", "the parish agreed"))
			.andExpect(status().is3xxRedirection());
		assertThat(purposeOf(risk, id)).isEqualTo("TEAM");
		assertThat(purposeOf(answer, id)).isEqualTo("TEAM");
		this.mvc.perform(get("/cases/" + id).with(as(this.users, "auditor")))
			.andExpect(content().string(containsString("No listed entity involved.")));
	}

	private long strictCase() throws Exception {
		long guerrero = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
		long sierra = this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Cártel del Sierra Alta'",
				Long.class);
		String title = "Strict " + java.util.UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/cases").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("teamId", Long.toString(guerrero))
				.param("title", title)
				.param("country", "MX")
				.param("groupIds", Long.toString(sierra))
				.param("objectiveType", "ACCESS_FOR_HEALTH_CARE")
				.param("priority", "HIGH")
				.param("classification", "STRICTLY_CONFIDENTIAL"))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("SELECT id FROM negotiation_case WHERE title = ?", Long.class, title);
	}

	private void name(long caseId, long reviewer) {
		this.jdbc.update("UPDATE negotiation_case SET named_reviewers = ARRAY[?]::bigint[] WHERE id = ?", reviewer,
				caseId);
	}

	private MockHttpServletRequestBuilder classify(String user, long id, long version, String level, String reason) {
		return post("/cases/" + id + "/classification").with(as(this.users, user))
			.with(csrf())
			.param("version", Long.toString(version))
			.param("classification", level)
			.param("reason", reason);
	}

	private MockHttpServletRequestBuilder classifyApi(String user, String path, long version, String level) {
		return post(path).with(as(this.users, user))
			.with(csrf())
			.header("If-Match", "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"classification\":\"" + level + "\",\"reason\":\"reviewed at HQ\"}");
	}

	private String level(long id) {
		return this.jdbc.queryForObject("SELECT classification FROM negotiation_case WHERE id = ?", String.class, id);
	}

	private long version(long id) {
		return this.jdbc.queryForObject("SELECT version FROM negotiation_case WHERE id = ?", Long.class, id);
	}

	private long roundVersion(long id) {
		return this.jdbc.queryForObject("SELECT version FROM negotiation_round WHERE id = ?", Long.class, id);
	}

	/** The purpose of the data key a stored sealed value names. */
	private String purposeOf(String sql, long id) {
		String stored = this.jdbc.queryForObject(sql, String.class, id);
		assertThat(stored).startsWith("pk1:");
		return this.jdbc.queryForObject("SELECT purpose FROM data_key WHERE id = ?", String.class,
				Long.parseLong(stored.split(":")[1]));
	}

}
