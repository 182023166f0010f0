package org.parley.negotiation;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * The mandate a request to engage asks for (issue 16): the organisation's red lines and
 * the case's own are items of it whatever the form says, a case that engages a designated
 * group says so at the step and needs a legal and sanctions assessment of each
 * designation, and HQ's approval names both.
 */
@IntegrationTest
class MandateTest {

	private static final List<String> ORGANISATION = List.of("no-payment", "impartiality", "no-armed-presence",
			"no-information");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	GuidingQuestions questions;

	private JdbcTemplate jdbc;

	private long caseId;

	/** A case of the demo cartel (designated twice) with a red line of its own. */
	@BeforeEach
	void aCaseOfTheCartelAtTheInternalDecision() throws Exception {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.caseId = CaseFixtures.aCaseAt(MethodStep.OBJECTIVES, this.mvc, this.users, this.jdbc);
		this.mvc
			.perform(post("/cases/" + this.caseId + "/objectives").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("objectives[0].text", "A weekly clinic reaches the villages")
				.param("objectives[0].priority", "HIGH")
				.param("redLines[0]", "No transport of anyone for the group")
				.param("alternative", "Serve from the municipal seat"))
			.andExpect(status().is3xxRedirection());
		this.jdbc.update("UPDATE negotiation_case SET current_step = 'INTERNAL_DECISION' WHERE id = ?", this.caseId);
		answerInternalDecisionQuestions();
	}

	@Test
	void theStepSaysTheGroupIsDesignatedAndByWhomInBothLanguages() throws Exception {
		this.mvc
			.perform(get("/cases/" + this.caseId + "/steps/internal-decision?lang=es").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Este caso trata con un grupo designado"),
					containsString("Departamento de Estado de EE. UU.: Organización Terrorista Extranjera (FTO)"),
					containsString("Evaluación jurídica y de sanciones"),
					containsString("Ningún pago, en dinero o en especie, a cambio del acceso"))));
		this.mvc
			.perform(get("/cases/" + this.caseId + "/steps/internal-decision?lang=en").with(as(this.users, "field.mx")))
			.andExpect(content().string(allOf(containsString("This case engages a designated group"),
					containsString("US State Department: Specially Designated Global Terrorist"),
					containsString("listed on 2025-02-20"), containsString("No transport of anyone for the group"))));
	}

	@Test
	void aDesignatedGroupRequiresTheStructuredLegalAssessment() throws Exception {
		this.mvc.perform(request().param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Complete la evaluación jurídica y de sanciones de cada designación antes de enviar la solicitud.")))
			.andExpect(content().string(containsString("name=\"assessments[1].exposure\"")))
			.andExpect(content().string(containsString("is-invalid")));
		// Legal advice obtained needs from whom and when.
		this.mvc.perform(MandateFixtures.assessed(request(), this.jdbc, this.caseId, "adviceFrom").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Complete the legal and sanctions assessment")))
			.andExpect(content().string(containsString("class=\"form-control is-invalid\" id=\"a0-adviceFrom\"")));
		// A request refused for another field says what the assessments lack too.
		this.mvc
			.perform(post("/cases/" + this.caseId + "/decisions").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", Long.toString(version()))
				.param("lang", "en")
				.param("assessments[0].designationId",
						Long.toString(MandateFixtures.designations(this.jdbc, this.caseId).get(0)))
				.param("assessments[0].exposure", "Nothing of value reaches the group."))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("class=\"form-control is-invalid\" rows=\"3\" id=\"a0-mitigation\"")));
		assertThat(count("engagement_decision")).isZero();

		this.mvc.perform(MandateFixtures.assessed(request(), this.jdbc, this.caseId))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("""
				SELECT a.authority FROM engagement_decision_legal_assessment a
				JOIN engagement_decision d ON d.id = a.decision_id WHERE d.case_id = ? ORDER BY a.position""",
				String.class, this.caseId))
			.contains("US_STATE_FTO", "US_STATE_SDGT")
			.as("one assessment per designation in force (other tests may list the demo cartel again)")
			.hasSize(MandateFixtures.designations(this.jdbc, this.caseId).size());
		// What the team assessed is sealed at rest; the listing is a copy in clear.
		assertThat(this.jdbc.queryForList("""
				SELECT a.exposure || a.mitigation || a.advice_from FROM engagement_decision_legal_assessment a
				JOIN engagement_decision d ON d.id = a.decision_id WHERE d.case_id = ?""", String.class, this.caseId))
			.allSatisfy((raw) -> assertThat(raw).doesNotContain("Nothing of value", "Counsel at HQ"));
	}

	@Test
	void redLinesCannotBeRemovedFromTheRequest() throws Exception {
		// A tampered request that says nothing of red lines still carries the
		// organisation's and the case's.
		this.mvc
			.perform(MandateFixtures.assessed(request(), this.jdbc, this.caseId)
				.param("mandateRedLines",
						"No meeting without the priest\nNo payment, in cash or in kind, in exchange for access")
				.param("redLines[0].code", "")
				.param("redLines", ""))
			.andExpect(status().is3xxRedirection());
		List<String> items = this.jdbc.queryForList("""
				SELECT r.origin || ':' || coalesce(r.code, r.text) FROM engagement_decision_red_line r
				JOIN engagement_decision d ON d.id = r.decision_id WHERE d.case_id = ? ORDER BY r.position""",
				String.class, this.caseId);
		assertThat(items).containsExactly("ORGANISATION:no-payment", "ORGANISATION:impartiality",
				"ORGANISATION:no-armed-presence", "ORGANISATION:no-information",
				"CASE:No transport of anyone for the group", "CASE:No meeting without the priest");
		assertThat(ORGANISATION).allSatisfy((code) -> assertThat(items).contains("ORGANISATION:" + code));
	}

	@Test
	void hqSeesTheItemsAndTheAssessmentsAndApprovesThemByName() throws Exception {
		this.mvc.perform(MandateFixtures.assessed(request(), this.jdbc, this.caseId))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/cases/" + this.caseId + "/steps/internal-decision?lang=en").with(as(this.users, "hq")))
			.andExpect(content().string(allOf(containsString("No transport of anyone for the group"),
					containsString("Nothing of value reaches the group."), containsString("Proceed"),
					containsString("I have read the legal and sanctions assessment"))));

		this.mvc.perform(decide(false).param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Confirme que leyó la evaluación jurídica y de sanciones")));
		assertThat(decisionStatus()).isEqualTo("PENDING");

		this.mvc.perform(decide(true)).andExpect(status().is3xxRedirection());
		assertThat(decisionStatus()).isEqualTo("APPROVED");
		assertThat(this.jdbc.queryForObject("SELECT approved_red_lines FROM engagement_decision WHERE case_id = ?",
				String.class, this.caseId))
			.contains("No transport of anyone for the group");
		assertThat(this.jdbc.queryForObject("SELECT considered_assessments FROM engagement_decision WHERE case_id = ?",
				String.class, this.caseId))
			.contains("Foreign Terrorist Organization", "Specially Designated Global Terrorist");
		this.mvc.perform(get("/cases/" + this.caseId + "/history?lang=en").with(as(this.users, "field.mx")))
			.andExpect(content().string(allOf(containsString("approved, with the red lines"),
					containsString("residual risk Low; Proceed; legal advice obtained: Yes"),
					containsString("legal and sanctions assessment considered for"))));
		this.mvc.perform(get("/cases/" + this.caseId + "/history?lang=es").with(as(this.users, "field.mx")))
			.andExpect(content().string(containsString("aprobada, con las líneas rojas")));
	}

	@Test
	void aCaseWithNoDesignatedPartyNeedsNoAssessment() throws Exception {
		long valle = this.jdbc.queryForObject(
				"SELECT id FROM armed_group WHERE name = 'Autodefensas Comunitarias del Valle'", Long.class);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM armed_group_designation WHERE group_id = ?",
				Long.class, valle))
			.isZero();
		this.jdbc.update("UPDATE negotiation_case_group SET group_id = ? WHERE case_id = ?", valle, this.caseId);
		this.mvc
			.perform(get("/cases/" + this.caseId + "/steps/internal-decision?lang=en").with(as(this.users, "field.mx")))
			.andExpect(content().string(allOf(not(containsString("This case engages a designated group")),
					not(containsString("legal-assessment-input")))));
		this.mvc.perform(request()).andExpect(status().is3xxRedirection());
		assertThat(count("engagement_decision")).isOne();
		this.mvc.perform(decide(false)).andExpect(status().is3xxRedirection());
		assertThat(decisionStatus()).isEqualTo("APPROVED");
	}

	private MockHttpServletRequestBuilder request() {
		return post("/cases/" + this.caseId + "/decisions").with(as(this.users, "field.mx"))
			.with(csrf())
			.param("version", Long.toString(version()))
			.param("riskLegitimacy", "Low: the parish is the channel.")
			.param("riskInstrumentalisation", "The cartel may claim the clinic as its gift.")
			.param("riskLegal", "See the legal and sanctions assessment.")
			.param("riskStaffSafety", "Checkpoint on the road; travel by day.")
			.param("riskReputation", "Local press may report it.")
			.param("mandateLevel", "Field team with the plaza chief")
			.param("mandateScope", "Clinic access on Tuesdays");
	}

	private MockHttpServletRequestBuilder decide(boolean read) {
		long decision = this.jdbc.queryForObject(
				"SELECT id FROM engagement_decision WHERE case_id = ? AND status = 'PENDING'", Long.class, this.caseId);
		long version = this.jdbc.queryForObject("SELECT version FROM engagement_decision WHERE id = ?", Long.class,
				decision);
		MockHttpServletRequestBuilder request = post("/cases/" + this.caseId + "/decisions/" + decision)
			.with(as(this.users, "hq"))
			.with(csrf())
			.param("version", Long.toString(version))
			.param("outcome", "APPROVED")
			.param("reason", "Through the parish only.");
		return read ? request.param("assessmentsRead", "true") : request;
	}

	private void answerInternalDecisionQuestions() throws Exception {
		MockHttpServletRequestBuilder answers = post("/cases/" + this.caseId + "/answers")
			.with(as(this.users, "field.mx"))
			.with(csrf())
			.param("version", Long.toString(version()))
			.param("action", "save");
		int set = this.jdbc.queryForObject("SELECT question_set_version FROM negotiation_case WHERE id = ?",
				Integer.class, this.caseId);
		this.questions.version(set)
			.of(MethodStep.INTERNAL_DECISION)
			.forEach((q) -> answers.param("answer[" + q.id() + "]", "Considered with the head of office."));
		this.mvc.perform(answers).andExpect(status().is3xxRedirection());
	}

	private String decisionStatus() {
		return this.jdbc.queryForObject("SELECT status FROM engagement_decision WHERE case_id = ?", String.class,
				this.caseId);
	}

	private long version() {
		return this.jdbc.queryForObject("SELECT version FROM negotiation_case WHERE id = ?", Long.class, this.caseId);
	}

	private long count(String table) {
		return this.jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE case_id = ?", Long.class,
				this.caseId);
	}

}
