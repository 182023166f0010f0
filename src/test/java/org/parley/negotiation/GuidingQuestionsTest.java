package org.parley.negotiation;

import org.parley.negotiation.questions.QuestionSets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

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
 * The method's guiding questions: seeded for all nine steps in all three languages,
 * edited by publishing a new version that leaves earlier versions exactly as they were.
 */
@IntegrationTest
class GuidingQuestionsTest {

	@Autowired
	GuidingQuestions questions;

	@Autowired
	QuestionSets sets;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void everyStepHasQuestionsInEnglishSpanishAndFrenchFromTheFirstVersion() {
		QuestionSetView first = this.questions.version(1);
		for (MethodStep step : MethodStep.values()) {
			assertThat(first.of(step)).as(step.name()).isNotEmpty().allSatisfy((question) -> {
				assertThat(question.textEn()).isNotBlank();
				assertThat(question.textEs()).isNotBlank();
				assertThat(question.textFr()).isNotBlank().isNotEqualTo(question.textEn());
			});
		}
		assertThat(first.of(MethodStep.OBJECTIVES).get(1).text(Locale.forLanguageTag("es"))).contains("líneas rojas");
		assertThat(first.of(MethodStep.OBJECTIVES).get(1).text(Locale.FRENCH)).contains("lignes rouges");
		assertThat(this.questions.version(2).of(MethodStep.CLOSURE).get(1).text(Locale.FRENCH))
			.startsWith("Quels dossiers, contacts et engagements restent ouverts");
	}

	@Test
	void publishingAStepMakesANewVersionAndLeavesTheOldOneAsItWas() throws Exception {
		int base = this.questions.current().versionNo();
		this.mvc
			.perform(post("/admin/guiding-questions/CLOSURE").with(as(this.users, "admin"))
				.with(csrf())
				.param("baseVersion", Integer.toString(base))
				.param("english", "What was the outcome?\nWhat did the community say?")
				.param("spanish", "¿Cuál fue el resultado?\n¿Qué dijo la comunidad?")
				.param("french", "Quel a été le résultat ?\nQu'a dit la communauté ?")
				.param("note", "Ask the community"))
			.andExpect(status().is3xxRedirection());
		QuestionSetView next = this.questions.current();
		assertThat(next.versionNo()).isEqualTo(base + 1);
		assertThat(next.of(MethodStep.CLOSURE)).extracting(QuestionView::textEs)
			.containsExactly("¿Cuál fue el resultado?", "¿Qué dijo la comunidad?");
		assertThat(next.of(MethodStep.CLOSURE)).extracting(QuestionView::textFr)
			.containsExactly("Quel a été le résultat ?", "Qu'a dit la communauté ?");
		assertThat(next.of(MethodStep.OBJECTIVES)).extracting(QuestionView::textFr)
			.isEqualTo(
					this.questions.version(base).of(MethodStep.OBJECTIVES).stream().map(QuestionView::textFr).toList());
		assertThat(next.of(MethodStep.OBJECTIVES)).extracting(QuestionView::textEn)
			.isEqualTo(
					this.questions.version(base).of(MethodStep.OBJECTIVES).stream().map(QuestionView::textEn).toList());
		assertThat(this.questions.version(1).of(MethodStep.CLOSURE)).extracting(QuestionView::textEn)
			.containsExactly("What was the outcome, and why?", "What should the next team know: lessons learned?");
	}

	@Test
	void unevenTranslationsAreExplainedAndNothingIsPublished() throws Exception {
		int base = this.questions.current().versionNo();
		this.mvc
			.perform(post("/admin/guiding-questions/OBJECTIVES").with(as(this.users, "admin"))
				.with(csrf())
				.param("baseVersion", Integer.toString(base))
				.param("english", "One?\nTwo?")
				.param("spanish", "¿Una?")
				.param("french", "Une ?\nDeux ?"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Write as many questions in Spanish as in English"),
					containsString("One?\nTwo?"))));
		this.mvc
			.perform(post("/admin/guiding-questions/OBJECTIVES").with(as(this.users, "admin"))
				.with(csrf())
				.param("baseVersion", Integer.toString(base))
				.param("english", "One?\nTwo?")
				.param("spanish", "¿Una?\n¿Dos?"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Write as many questions in French as in English"),
					containsString("One?\nTwo?"))));
		assertThat(this.questions.current().versionNo()).isEqualTo(base);
	}

	@Test
	void anEditStartedFromAnOlderVersionIsRefused() throws Exception {
		int base = this.questions.current().versionNo();
		this.sets.publish(base, MethodStep.FOLLOW_UP, java.util.List.of("Kept?"), java.util.List.of("¿Cumplido?"),
				java.util.List.of("Tenu ?"), null, "admin");
		this.mvc
			.perform(post("/admin/guiding-questions/FOLLOW_UP").with(as(this.users, "admin"))
				.with(csrf())
				.param("baseVersion", Integer.toString(base))
				.param("english", "Late?")
				.param("spanish", "¿Tarde?")
				.param("french", "En retard ?"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another administrator published a new version")));
		assertThat(this.questions.current().of(MethodStep.FOLLOW_UP)).extracting(QuestionView::textEn)
			.containsExactly("Kept?");
	}

	@Test
	void theQuestionsPageShowsTheStepsInTheReadersLanguage() throws Exception {
		this.mvc.perform(
				get("/admin/guiding-questions").param("version", "1").param("lang", "es").with(as(this.users, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Análisis del conflicto"),
					containsString("¿Debemos relacionarnos en absoluto?"))));
		this.mvc.perform(
				get("/admin/guiding-questions").param("version", "1").param("lang", "fr").with(as(this.users, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Analyse du conflit"),
					containsString("Devons-nous seulement engager le dialogue"))));
		this.mvc.perform(get("/admin/guiding-questions").with(as(this.users, "hq"))).andExpect(status().isForbidden());
	}

}
