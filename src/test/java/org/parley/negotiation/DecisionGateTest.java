package org.parley.negotiation;

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
import static org.hamcrest.Matchers.containsString;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The gate that matters most: no engagement before HQ has decided, on the record, to
 * engage. Only an HQ reviewer of the team who did not ask may decide; only an approval
 * moves the case on.
 */
@IntegrationTest
class DecisionGateTest {

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

	@BeforeEach
	void aCaseAtTheInternalDecision() throws Exception {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.caseId = CaseFixtures.aCaseAt(MethodStep.INTERNAL_DECISION, this.mvc, this.users, this.jdbc);
	}

	@Test
	void aRequestNeedsTheInternalDecisionQuestionsAnswered() throws Exception {
		this.mvc.perform(request())
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Answer the internal-decision questions")));
		assertThat(decisions()).isZero();
	}

	@Test
	void anApprovalByAnotherHqReviewerMovesTheCaseToTheEngagementModality() throws Exception {
		answerInternalDecisionQuestions();
		this.mvc.perform(request()).andExpect(status().is3xxRedirection());
		this.mvc.perform(decide("field.mx", "APPROVED", null)).andExpect(status().isForbidden());
		this.mvc.perform(decide("auditor", "APPROVED", null)).andExpect(status().isForbidden());
		assertThat(step()).isEqualTo("INTERNAL_DECISION");

		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/")
				.with(as(this.users, "hq")))
			.andExpect(content().string(containsString("/cases/" + this.caseId + "#decision")));
		this.mvc.perform(decide("hq", "APPROVED", "Proportionate risks; go through the parish."))
			.andExpect(status().is3xxRedirection());
		assertThat(step()).isEqualTo("ENGAGEMENT_MODALITY");
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/")
				.with(as(this.users, "hq")))
			.andExpect(
					content().string(org.hamcrest.Matchers.not(containsString("/cases/" + this.caseId + "#decision"))));
		assertThat(this.jdbc.queryForObject(
				"SELECT status || ':' || decided_by FROM engagement_decision " + "WHERE case_id = ?", String.class,
				this.caseId))
			.isEqualTo("APPROVED:hq");
		assertThat(this.jdbc.queryForObject("SELECT actor || ':' || to_step FROM case_transition WHERE case_id = ?",
				String.class, this.caseId))
			.isEqualTo("hq:ENGAGEMENT_MODALITY");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE entity_type = 'EngagementDecision' "
						+ "AND action = 'STATE_CHANGE' AND reason = 'Proportionate risks; go through the parish.'",
				Long.class))
			.isOne();
	}

	@Test
	void aRejectionNeedsAReasonKeepsTheCaseAtTheGateAndAllowsANewRequest() throws Exception {
		answerInternalDecisionQuestions();
		this.mvc.perform(request()).andExpect(status().is3xxRedirection());
		this.mvc.perform(request())
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A request is already waiting for HQ.")));
		this.mvc.perform(decide("hq", "REJECTED", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the reason for returning or rejecting")));
		this.mvc.perform(decide("hq", "REJECTED", "Sanctions exposure not assessed."))
			.andExpect(status().is3xxRedirection());
		assertThat(step()).isEqualTo("INTERNAL_DECISION");
		this.mvc.perform(request()).andExpect(status().is3xxRedirection());
		assertThat(decisions()).isEqualTo(2);
		this.mvc
			.perform(post("/cases/" + this.caseId + "/answers").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", Long.toString(version()))
				.param("action", "complete"))
			.andExpect(content().string(containsString("No engagement before HQ has decided")));
		assertThat(step()).isEqualTo("INTERNAL_DECISION");
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

	private MockHttpServletRequestBuilder request() {
		return MandateFixtures.assessed(unassessed(), this.jdbc, this.caseId);
	}

	private MockHttpServletRequestBuilder unassessed() {
		return post("/cases/" + this.caseId + "/decisions").with(as(this.users, "field.mx"))
			.with(csrf())
			.param("lang", "en")
			.param("version", Long.toString(version()))
			.param("riskLegitimacy", "Low: the parish is the channel.")
			.param("riskInstrumentalisation", "The cartel may claim the clinic as its gift.")
			.param("riskLegal", "No listed entity involved.")
			.param("riskStaffSafety", "Checkpoint on the road; travel by day.")
			.param("riskReputation", "Local press may report it.")
			.param("mandateLevel", "Field team with the plaza chief")
			.param("mandateScope", "Clinic access on Tuesdays")
			.param("mandateRedLines", "No payment for access.");
	}

	private MockHttpServletRequestBuilder decide(String reviewer, String outcome, String reason) {
		long decision = this.jdbc.queryForObject(
				"SELECT id FROM engagement_decision WHERE case_id = ? AND status = 'PENDING'", Long.class, this.caseId);
		long version = this.jdbc.queryForObject("SELECT version FROM engagement_decision WHERE id = ?", Long.class,
				decision);
		MockHttpServletRequestBuilder request = post("/cases/" + this.caseId + "/decisions/" + decision)
			.with(as(this.users, reviewer))
			.with(csrf())
			.param("lang", "en")
			.param("version", Long.toString(version))
			.param("outcome", outcome)
			.param("assessmentsRead", "true");
		return (reason != null) ? request.param("reason", reason) : request;
	}

	private String step() {
		return this.jdbc.queryForObject("SELECT current_step FROM negotiation_case WHERE id = ?", String.class,
				this.caseId);
	}

	private long version() {
		return this.jdbc.queryForObject("SELECT version FROM negotiation_case WHERE id = ?", Long.class, this.caseId);
	}

	private long decisions() {
		return this.jdbc.queryForObject("SELECT count(*) FROM engagement_decision WHERE case_id = ?", Long.class,
				this.caseId);
	}

}
