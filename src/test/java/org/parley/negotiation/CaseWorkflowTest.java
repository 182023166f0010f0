package org.parley.negotiation;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.protection.FieldSealer;
import org.parley.protection.Sealed;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Moving a case through the method: a step completes only when every question has an
 * answer or is marked not applicable; going back needs a reason; the internal decision is
 * a gate no field officer can pass; every move is on the timeline and in the audit log.
 */
@IntegrationTest
class CaseWorkflowTest {

	@Autowired
	FieldSealer sealer;

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
	void aCaseAtConflictAnalysis() throws Exception {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.caseId = CaseFixtures.aCaseAtConflictAnalysis(this.mvc, this.users, this.jdbc, "Workflow");
	}

	@Test
	void aStepWithAnUnansweredQuestionCannotBeCompletedAndTheTypedAnswersStay() throws Exception {
		List<QuestionView> step = questionsOf(MethodStep.CONFLICT_ANALYSIS);
		MockHttpServletRequestBuilder request = answers("complete").param("answer[" + step.get(0).id() + "]",
				"Eleven villages above the valley, cut off since March.");
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The step cannot be completed yet"),
					containsString("Eleven villages above the valley, cut off since March."))));
		assertThat(step()).isEqualTo("CONFLICT_ANALYSIS");
		assertThat(transitions()).isZero();
	}

	@Test
	void answersAloneDoNotCompleteAStepWhoseContentIsMissing() throws Exception {
		MockHttpServletRequestBuilder request = answers("complete");
		questionsOf(MethodStep.CONFLICT_ANALYSIS).forEach((q) -> request.param("answer[" + q.id() + "]", "Known"));
		this.mvc.perform(request.param("step", "conflict-analysis").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The step cannot be completed yet"),
					containsString("the context of the area"), containsString("the island of agreement"))));
		assertThat(step()).isEqualTo("CONFLICT_ANALYSIS");
		assertThat(transitions()).isZero();
	}

	@Test
	void aCompleteStepMovesTheCaseOnAndTheMoveIsRecorded() throws Exception {
		CaseFixtures.postConflictAnalysis(this.mvc, this.users, this.caseId);
		assertThat(this.jdbc.queryForList("SELECT kind || ' ' || name FROM case_actor WHERE case_id = ?", String.class,
				this.caseId))
			.containsExactly("ARMED_GROUP Cártel del Sierra Alta");
		assertThat(this.jdbc.queryForList(
				"SELECT quadrant || ': ' || text FROM case_island_item WHERE case_id = ? ORDER BY position",
				String.class, this.caseId))
			.containsExactly("FACT_AGREED: The villages need a doctor", "FACT_AGREED: The road is the only way in",
					"NORM_SHARED: Children should be cared for");
		MockHttpServletRequestBuilder request = answers("complete");
		List<QuestionView> step = questionsOf(MethodStep.CONFLICT_ANALYSIS);
		int last = step.size() - 1;
		for (int i = 0; i < step.size(); i++) {
			request.param("answer[" + step.get(i).id() + "]", (i == last) ? "" : "Answer " + i);
		}
		request.param("na", Long.toString(step.get(last).id()));
		this.mvc.perform(request).andExpect(status().is3xxRedirection());
		assertThat(step()).isEqualTo("UNDERSTANDING_THE_GROUP");
		assertThat(this.jdbc.queryForList("SELECT kind || ':' || from_step || '>' || to_step || ':' || actor "
				+ "FROM case_transition WHERE case_id = ?", String.class, this.caseId))
			.containsExactly("FORWARD:CONFLICT_ANALYSIS>UNDERSTANDING_THE_GROUP:field.mx");
		assertThat(this.jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_type = 'NegotiationCase' "
				+ "AND entity_id = ? ORDER BY seq", String.class, Long.toString(this.caseId)))
			.containsExactly("CREATE", "UPDATE", "STATE_CHANGE");
		String answers = this.jdbc.queryForObject(
				"SELECT changes FROM audit_entry WHERE entity_type = "
						+ "'NegotiationCase' AND entity_id = ? AND action = 'UPDATE'",
				String.class, Long.toString(this.caseId));
		// One change per question, never what an answer says (answers are sealed).
		assertThat(answers).contains("answer 1.1", "answer 1." + step.size(), "[redacted]")
			.doesNotContain("Q", "Answer 0", "pk1:");
		this.mvc.perform(get("/cases/" + this.caseId).param("lang", "en").with(as(this.users, "hq")))
			.andExpect(content().string(containsString("Answer to question 1." + step.size())));
	}

	@Test
	void twoOfficersAnsweringFromTheSamePageCannotOverwriteEachOther() throws Exception {
		long seen = version();
		long question = questionsOf(MethodStep.CONFLICT_ANALYSIS).get(0).id();
		this.mvc
			.perform(post("/cases/" + this.caseId + "/answers").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", Long.toString(seen))
				.param("answer[" + question + "]", "First officer's answer"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/cases/" + this.caseId + "/answers").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "en")
				.param("step", "conflict-analysis")
				.param("version", Long.toString(seen))
				.param("answer[" + question + "]", "Second officer's answer"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Someone else saved this case"),
					containsString("Second officer&#39;s answer"))));
		String stored = this.jdbc.queryForObject("SELECT answer FROM case_answer WHERE case_id = ? AND question_id = ?",
				String.class, this.caseId, question);
		long team = this.jdbc.queryForObject("SELECT team_id FROM negotiation_case WHERE id = ?", Long.class,
				this.caseId);
		assertThat(this.sealer.text(team, NegotiationCase.ANSWER, Sealed.stored(stored)))
			.isEqualTo("First officer's answer");
	}

	@Test
	void goingBackNeedsAReasonWhichIsKeptOnTheTimelineAndInTheAuditLog() throws Exception {
		this.jdbc.update("UPDATE negotiation_case SET current_step = 'NEGOTIATION_ROUNDS' WHERE id = ?", this.caseId);
		this.mvc.perform(back("OBJECTIVES", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say why the case goes back")));
		assertThat(step()).isEqualTo("NEGOTIATION_ROUNDS");
		this.mvc.perform(back("OBJECTIVES", "The cartel now asks for fees on aid: objectives to review"))
			.andExpect(status().is3xxRedirection());
		assertThat(step()).isEqualTo("OBJECTIVES");
		assertThat(this.jdbc.queryForObject("SELECT reason FROM case_transition WHERE case_id = ? AND kind = 'BACK'",
				String.class, this.caseId))
			.isEqualTo("The cartel now asks for fees on aid: objectives to review");
		assertThat(this.jdbc.queryForObject("SELECT reason FROM audit_entry WHERE entity_type = 'NegotiationCase' "
				+ "AND entity_id = ? AND action = 'STATE_CHANGE'", String.class, Long.toString(this.caseId)))
			.isEqualTo("The cartel now asks for fees on aid: objectives to review");
		this.mvc.perform(back("CLOSURE", "Forward is not back"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a step before the current one.")));
	}

	@Test
	void noFieldOfficerCanCompleteTheInternalDecision() throws Exception {
		this.jdbc.update("UPDATE negotiation_case SET current_step = 'INTERNAL_DECISION' WHERE id = ?", this.caseId);
		MockHttpServletRequestBuilder request = answers("complete");
		questionsOf(MethodStep.INTERNAL_DECISION).forEach((q) -> request.param("answer[" + q.id() + "]", "Considered"));
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No engagement before HQ has decided")));
		assertThat(step()).isEqualTo("INTERNAL_DECISION");
	}

	@Test
	void onlyTheTeamsFieldOfficersMoveTheCase() throws Exception {
		this.mvc
			.perform(post("/cases/" + this.caseId + "/answers").with(as(this.users, "auditor"))
				.with(csrf())
				.param("version", Long.toString(version())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/cases/" + this.caseId + "/back").with(as(this.users, "field.sv"))
				.with(csrf())
				.param("version", Long.toString(version()))
				.param("step", "CONFLICT_ANALYSIS")
				.param("reason", "Not my case"))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder answers(String action) {
		return post("/cases/" + this.caseId + "/answers").with(as(this.users, "field.mx"))
			.with(csrf())
			.param("lang", "en")
			.param("version", Long.toString(version()))
			.param("action", action);
	}

	private MockHttpServletRequestBuilder back(String step, String reason) {
		return post("/cases/" + this.caseId + "/back").with(as(this.users, "field.mx"))
			.with(csrf())
			.param("lang", "en")
			.param("version", Long.toString(version()))
			.param("step", step)
			.param("reason", reason);
	}

	private List<QuestionView> questionsOf(MethodStep step) {
		int version = this.jdbc.queryForObject("SELECT question_set_version FROM negotiation_case WHERE id = ?",
				Integer.class, this.caseId);
		return this.questions.version(version).of(step);
	}

	private String step() {
		return this.jdbc.queryForObject("SELECT current_step FROM negotiation_case WHERE id = ?", String.class,
				this.caseId);
	}

	private long version() {
		return this.jdbc.queryForObject("SELECT version FROM negotiation_case WHERE id = ?", Long.class, this.caseId);
	}

	private long transitions() {
		return this.jdbc.queryForObject("SELECT count(*) FROM case_transition WHERE case_id = ?", Long.class,
				this.caseId);
	}

}
