package org.parley.incident;

import org.parley.negotiation.CaseQueries;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.identity.ParleyUser;
import org.parley.identity.SignedIn;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.RuleViolation;
import org.parley.support.WebSliceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The incident pages as a web slice: an incident the service does not show the reader is
 * "not found" on every page of it, the list is for the teams' officers, reviewers and
 * auditors, and a refused incident is explained at the field concerned. Who may see which
 * incident is decided by {@link Incidents} and tested on the database
 * ({@link IncidentsTest}).
 */
@WebSliceTest
class IncidentPagesWebTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Incidents incidents;

	@Autowired
	CaseQueries cases;

	@Test
	void anIncidentTheServiceDoesNotShowTheReaderIsNotFoundOnEveryPageOfIt() {
		given(this.incidents.get(eq(5L), any())).willThrow(new IncidentNotFoundException(5));
		given(this.incidents.shareable(eq(5L), any())).willThrow(new IncidentNotFoundException(5));

		assertThat(this.mvc.get().uri("/incidents/5").with(SignedIn.fieldOfficer(2))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/incidents/5/edit").with(SignedIn.fieldOfficer(2)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/incidents/5/shareable").with(SignedIn.hqReviewer(2)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/incidents/5")
			.with(SignedIn.fieldOfficer(2))
			.with(csrf())
			.param("version", "0")
			.param("type", "VIOLENCE_AGAINST_PERSONNEL")).hasStatus(HttpStatus.NOT_FOUND);
		then(this.incidents).should(never()).update(eq(5L), eq(0L), any(), any());
	}

	@Test
	void theIncidentListIsForTheTeamsOfficersReviewersAndAuditorsOnly() {
		assertThat(this.mvc.get().uri("/incidents").with(SignedIn.admin())).hasStatus(HttpStatus.FORBIDDEN);
		then(this.incidents).should(never()).page(any(), any(), anyInt(), any(CurrentUser.class));
	}

	@Test
	void anIncidentTheRulesRefuseIsExplainedAtTheFieldConcernedWithWhatWasTypedKept() {
		given(this.cases.page(any(), any(CaseQueries.CaseFilter.class), isNull(), anyInt()))
			.willReturn(new KeysetPage<>(List.of(), null));
		given(this.incidents.recordingTeams(any())).willReturn(
				List.of(new ParleyUser.TeamRef(2, "México – Guerrero"), new ParleyUser.TeamRef(3, "El Salvador")));
		given(this.incidents.record(any(), any())).willThrow(new RuleViolation("teamId", "incident.team.not-yours"));

		assertThat(this.mvc.post()
			.uri("/incidents?lang=es")
			.with(SignedIn.fieldOfficer(2))
			.with(csrf())
			.param("teamId", "9")
			.param("type", "VIOLENCE_AGAINST_PERSONNEL")
			.param("occurredOn", "2026-02-01")
			.param("certainty", "PROBABLE")
			.param("narrative", "Disparos contra la ambulancia")).hasStatusOk()
			.hasViewName("incident/form")
			.satisfies((page) -> assertThat(page).model()
				.extractingBindingResult("incident")
				.hasFieldErrorCode("teamId", "incident.team.not-yours"))
			.bodyText()
			.contains("Solo registra incidentes para sus propios equipos.", "Disparos contra la ambulancia");
	}

}
