package org.parley.negotiation.step;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.parley.identity.SignedIn;
import org.parley.negotiation.Answer;
import org.parley.negotiation.CaseNotFoundException;
import org.parley.negotiation.CaseWorkflow;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.Missing;
import org.parley.negotiation.StepIncompleteException;
import org.parley.negotiation.casefile.ClosureOutcome;
import org.parley.shared.ConcurrentEditException;
import org.parley.support.WebSliceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.ui.Model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A case's step pages as a web slice: how a posted page of guiding questions is bound,
 * where "save and complete" leads, how a refusal is shown again, and what an unknown step
 * or another team's case answers. The rules themselves are the case's
 * ({@code NegotiationCaseTest}) and are tested with the database in
 * {@code CaseWorkflowTest}.
 */
@WebSliceTest
class StepPagesWebTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	StepPages pages;

	@Test
	void eachQuestionIsBoundWithItsTextAndItsNotApplicableTick() {
		assertThat(this.mvc.post()
			.uri("/cases/7/answers")
			.with(SignedIn.fieldOfficer(2))
			.with(csrf())
			.param("version", "3")
			.param("step", "objectives")
			.param("answer[11]", "The plaza chief decides")
			.param("answer[12]", "Not here")
			.param("na", "12", "13")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/cases/7/steps/objectives#questions");
		then(this.workflow).should()
			.answer(eq(7L), eq(3L), eq(List.of(new Answer(11L, "The plaza chief decides", false),
					new Answer(12L, "Not here", true), new Answer(13L, null, true))), any());
	}

	@Test
	void saveAndCompleteLeadsToTheStepTheCaseMovedTo() {
		given(this.workflow.answerAndComplete(eq(7L), eq(3L), any(), any())).willReturn(MethodStep.INTERNAL_DECISION);
		assertThat(this.mvc.post()
			.uri("/cases/7/answers")
			.with(SignedIn.fieldOfficer(2))
			.with(csrf())
			.param("version", "3")
			.param("step", "objectives")
			.param("action", "complete")
			.param("answer[11]", "Known")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/cases/7/steps/internal-decision");
	}

	@Test
	void aStepThatCannotBeCompletedIsShownAgainWithWhatItLacksAndWhatWasTyped() {
		List<Missing> lacking = List.of(Missing.of("objectives.moe"));
		given(this.workflow.answerAndComplete(anyLong(), anyLong(), any(), any()))
			.willThrow(new StepIncompleteException(lacking));
		ArgumentCaptor<Model> shown = ArgumentCaptor.forClass(Model.class);
		given(this.pages.render(eq(7L), eq(MethodStep.OBJECTIVES), any(), shown.capture()))
			.willReturn("redirect:/drawn");

		assertThat(this.mvc.post()
			.uri("/cases/7/answers")
			.with(SignedIn.fieldOfficer(2))
			.with(csrf())
			.param("version", "3")
			.param("step", "objectives")
			.param("action", "complete")
			.param("answer[11]", "Typed, not saved")).hasRedirectedUrl("/drawn");
		Model model = shown.getValue();
		assertThat(model.getAttribute("stepError")).isEqualTo("negotiation.step.incomplete");
		assertThat(model.getAttribute("stepErrorDetails")).isEqualTo(lacking);
		assertThat(model.getAttribute("typed")).isEqualTo(List.of(new Answer(11L, "Typed, not saved", false)));
	}

	@Test
	void aPageSavedFromAnOlderVersionIsShownAgainWithTheConflict() {
		willConflict();
		ArgumentCaptor<Model> shown = ArgumentCaptor.forClass(Model.class);
		given(this.pages.render(eq(7L), eq(MethodStep.OBJECTIVES), any(), shown.capture()))
			.willReturn("redirect:/drawn");
		this.mvc.post()
			.uri("/cases/7/answers")
			.with(SignedIn.fieldOfficer(2))
			.with(csrf())
			.param("version", "2")
			.param("step", "objectives")
			.param("answer[11]", "Mine")
			.exchange();
		assertThat(shown.getValue().getAttribute("stepError")).isEqualTo("negotiation.case.conflict");
	}

	@Test
	void anotherTeamsCaseAndAnUnknownStepAreNotFound() {
		given(this.pages.render(eq(7L), eq(MethodStep.OBJECTIVES), any(), any(), any()))
			.willThrow(new CaseNotFoundException(7));
		assertThat(this.mvc.get().uri("/cases/7/steps/objectives").with(SignedIn.fieldOfficer(3)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/cases/7/steps/ninth-step").with(SignedIn.fieldOfficer(2)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void whoMayNotWorkOnTheCaseIsRefused() {
		given(this.workflow.answerAndComplete(anyLong(), anyLong(), any(), any()))
			.willThrow(new AccessDeniedException("auditor"));
		assertThat(this.mvc.post()
			.uri("/cases/7/answers")
			.with(SignedIn.auditor())
			.with(csrf())
			.param("version", "3")
			.param("action", "complete")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void hqConfirmsOrReturnsAClosureWithItsReasonAndIsToldSo() {
		assertThat(this.mvc.post()
			.uri("/cases/7/closure/decision")
			.with(SignedIn.hqReviewer(2))
			.with(csrf())
			.param("version", "9")
			.param("outcome", "return")
			.param("reason", "Add what the parish said")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/cases/7/steps/closure#content")
			.flash()
			.containsKey("flash");
		then(this.workflow).should().returnClosure(eq(7L), eq(9L), eq("Add what the parish said"), any());
		then(this.workflow).should(never()).confirmClosure(anyLong(), anyLong(), any(), any());
	}

	@Test
	void askingHqToCloseGoesThroughTheWorkflowWithTheOutcomeAndLessons() {
		assertThat(this.mvc.post()
			.uri("/cases/7/closure")
			.with(SignedIn.fieldOfficer(2))
			.with(csrf())
			.param("version", "9")
			.param("action", "request")
			.param("outcome", "NO_AGREEMENT")
			.param("lessonsLearned", "Go with the parish")).hasStatus(HttpStatus.FOUND);
		then(this.workflow).should()
			.requestClosure(eq(7L), eq(9L), eq(ClosureOutcome.NO_AGREEMENT), eq("Go with the parish"), any());
	}

	private void willConflict() {
		org.mockito.BDDMockito.willThrow(new ConcurrentEditException("NegotiationCase", 7))
			.given(this.workflow)
			.answer(anyLong(), anyLong(), any(), any());
	}

}
