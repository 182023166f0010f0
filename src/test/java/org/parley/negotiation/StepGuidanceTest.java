package org.parley.negotiation;

import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

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
 * Steps that guide: each step's text is true and links to where its work happens; what is
 * missing names each question; the questions do not ask again for the step's fields, and
 * a case keeps the version of the questions it was opened with.
 */
@IntegrationTest
class StepGuidanceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	GuidingQuestions questions;

	@Autowired
	DataSource dataSource;

	@Autowired
	MessageSource messages;

	private JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		this.jdbc = new JdbcTemplate(this.dataSource);
	}

	@Test
	void followUpLinksToTheAgreementsChecksScoresReviewsAndDisputesAndPromisesNothingLater() throws Exception {
		long caseId = this.jdbc.queryForObject(
				"SELECT id FROM negotiation_case WHERE title = 'Mobile clinic access to eleven mountain villages'",
				Long.class);
		long agreement = this.jdbc.queryForObject("SELECT min(id) FROM agreement WHERE case_id = ?", Long.class,
				caseId);
		String base = "/agreements/" + agreement;
		this.mvc
			.perform(get("/cases/" + caseId + "/steps/follow-up").param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Where the agreement is followed up"),
					containsString("href=\"" + base + "#checks\""),
					containsString("href=\"" + base + "#implementation\""),
					containsString("href=\"" + base + "#reviews\""), containsString("href=\"" + base + "#disputes\""),
					containsString("href=\"#measurements\""), not(containsString("later release")))));
		this.mvc
			.perform(get("/cases/" + caseId + "/steps/follow-up").param("lang", "es").with(as(this.users, "field.mx")))
			.andExpect(content().string(allOf(containsString("Verificaciones de cumplimiento"),
					containsString("Revisiones de los grupos"), not(containsString("versión posterior")))));
	}

	@Test
	void everyStepOfADemoCaseShowsItsQuestionsAndWhyItMattersInFrench() throws Exception {
		long clinic = this.jdbc.queryForObject(
				"SELECT id FROM negotiation_case WHERE title = 'Mobile clinic access to eleven mountain villages'",
				Long.class);
		int version = this.jdbc.queryForObject("SELECT question_set_version FROM negotiation_case WHERE id = ?",
				Integer.class, clinic);
		for (MethodStep step : MethodStep.values()) {
			String page = HtmlUtils.htmlUnescape(this.mvc
				.perform(get("/cases/" + clinic + "/steps/" + step.slug()).param("lang", "fr")
					.with(as(this.users, "field.mx")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(page).as(step.name())
				.contains(french("negotiation.questions.title"), french("negotiation.step.why.title"),
						french("negotiation.step." + step.name() + ".intro"),
						french("negotiation.step." + step.name() + ".why"))
				.doesNotContain(
						this.messages.getMessage("negotiation.step." + step.name() + ".why", null, Locale.ENGLISH));
			assertThat(this.questions.version(version).of(step)).as(step.name())
				.isNotEmpty()
				.allSatisfy((question) -> assertThat(page).contains(question.textFr()));
		}
	}

	private String french(String key) {
		return this.messages.getMessage(key, null, Locale.FRENCH);
	}

	@Test
	void whatIsMissingNamesEachUnansweredQuestionAndEachField() throws Exception {
		long id = CaseFixtures.aCaseAtConflictAnalysis(this.mvc, this.users, this.jdbc, "Named gaps");
		List<QuestionView> asked = this.questions.current().of(MethodStep.CONFLICT_ANALYSIS);
		this.mvc
			.perform(get("/cases/" + id + "/steps/conflict-analysis").param("lang", "en")
				.with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("guiding question 1, “" + asked.get(0).textEn() + "”: answer it or mark it"),
							containsString(
									"guiding question " + asked.size() + ", “" + asked.get(asked.size() - 1).textEn()),
							containsString("the context of the area"), not(containsString("guiding question(s)")))));
		this.mvc
			.perform(get("/cases/" + id + "/steps/conflict-analysis").param("lang", "es")
				.with(as(this.users, "field.mx")))
			.andExpect(content()
				.string(allOf(containsString("pregunta guía 1, “" + asked.get(0).textEs() + "”: respóndala"),
						containsString("el contexto de la zona"))));
		String french = this.mvc
			.perform(get("/cases/" + id + "/steps/conflict-analysis").param("lang", "fr")
				.with(as(this.users, "field.mx")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(french)).contains(
				"question directrice 1, «\u00a0" + asked.get(0).textFr() + "\u00a0»\u00a0: répondez-y",
				"le contexte de la zone");
	}

	@Test
	void aNewCaseGetsTheRevisedQuestionsAndAnOldCaseKeepsItsOwn() throws Exception {
		long fresh = CaseFixtures.aCaseAtConflictAnalysis(this.mvc, this.users, this.jdbc, "Revised questions");
		int version = this.jdbc.queryForObject("SELECT question_set_version FROM negotiation_case WHERE id = ?",
				Integer.class, fresh);
		assertThat(version).isEqualTo(this.questions.current().versionNo()).isGreaterThanOrEqualTo(2);
		// The revision asks no more what the conflict analysis form records.
		assertThat(this.questions.version(2).of(MethodStep.CONFLICT_ANALYSIS)).extracting(QuestionView::textEn)
			.noneMatch((q) -> q.contains("context of the area"))
			.anyMatch((q) -> q.startsWith("Which sources is the analysis based on"));
		assertThat(this.questions.version(2).of(MethodStep.CLOSURE)).extracting(QuestionView::textEn)
			.noneMatch((q) -> q.contains("lessons learned"));
		this.mvc
			.perform(get("/cases/" + fresh + "/steps/conflict-analysis").param("lang", "en")
				.with(as(this.users, "field.mx")))
			.andExpect(content().string(allOf(containsString("Which sources is the analysis based on"),
					not(containsString("What is the context of the area, and what has changed recently?")))));
		// A case opened before the revision (version 1) keeps its questions.
		long old = CaseFixtures.aCaseAtConflictAnalysis(this.mvc, this.users, this.jdbc, "Old questions");
		this.jdbc.update("UPDATE negotiation_case SET question_set_version = 1 WHERE id = ?", old);
		this.mvc
			.perform(get("/cases/" + old + "/steps/conflict-analysis").param("lang", "en")
				.with(as(this.users, "field.mx")))
			.andExpect(content()
				.string(allOf(containsString("What is the context of the area, and what has changed recently?"),
						not(containsString("Which sources is the analysis based on")))));
	}

	@Test
	void registryValuesAndTheNetworkAppearInTheReadersLanguage() throws Exception {
		long clinic = this.jdbc.queryForObject(
				"SELECT id FROM negotiation_case WHERE title = 'Mobile clinic access to eleven mountain villages'",
				Long.class);
		// The demo's assessment was pre-filled from the registry: the structure and the
		// stance are shown from their codes, in Spanish to a Spanish reader.
		this.mvc
			.perform(get("/cases/" + clinic + "/steps/understanding-the-group").param("lang", "es")
				.with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("En el registro:"), containsString("Jerárquica"),
					not(containsString("Hierarchical")))));
		this.mvc
			.perform(get("/cases/" + clinic + "/steps/understanding-the-group").param("lang", "en")
				.with(as(this.users, "field.mx")))
			.andExpect(content().string(allOf(containsString("In the registry:"), containsString("Hierarchical"))));
		// Two assessments compared: the network in the reader's words, not its codes.
		long id = CaseFixtures.aCaseAt(MethodStep.UNDERSTANDING_THE_GROUP, this.mvc, this.users, this.jdbc);
		long sierra = this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Cártel del Sierra Alta'",
				Long.class);
		assess(id, sierra, "SUPPORTIVE");
		assess(id, sierra, "OPPOSED");
		List<Long> ids = this.jdbc.queryForList("SELECT id FROM case_group_assessment WHERE case_id = ? ORDER BY id",
				Long.class, id);
		this.mvc
			.perform(get("/cases/" + id + "/steps/understanding-the-group").param("compare", ids.get(0).toString())
				.param("with", ids.get(1).toString())
				.param("lang", "es")
				.with(as(this.users, "field.mx")))
			.andExpect(content().string(allOf(containsString("PASTOR (Párroco, Alta, Favorable)"),
					not(containsString("HIGH, SUPPORTIVE")), not(containsString("Párroco, HIGH")))));
	}

	private void assess(long caseId, long groupId, String disposition) throws Exception {
		this.mvc
			.perform(post("/cases/" + caseId + "/assessments").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("groupId", Long.toString(groupId))
				.param("assessedOn", "2026-11-02")
				.param("decisionMakers", "EL MAYOR")
				.param("influencers[0].name", "PASTOR")
				.param("influencers[0].role", "Párroco")
				.param("influencers[0].influence", "HIGH")
				.param("influencers[0].disposition", disposition))
			.andExpect(status().is3xxRedirection());
	}

}
