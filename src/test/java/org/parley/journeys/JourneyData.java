package org.parley.journeys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parley.agreement.AgreementDetails;
import org.parley.agreement.AgreementDraft;
import org.parley.agreement.Agreements;
import org.parley.agreement.Commitment;
import org.parley.agreement.CommitmentCategory;
import org.parley.agreement.DisputeSettlement;
import org.parley.agreement.FormOfAgreement;
import org.parley.agreement.Party;
import org.parley.agreement.PartyKind;
import org.parley.agreement.Recurrence;
import org.parley.agreement.SigningStatus;
import org.parley.agreement.Stage;
import org.parley.agreement.internal.AgreementWorkflow;
import org.parley.agreement.monitoring.ObligationSchedule;
import org.parley.negotiation.Answer;
import org.parley.negotiation.CaseFixtures;
import org.parley.negotiation.CaseWorkflow;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.casefile.ClosureOutcome;
import org.parley.shared.CurrentUser;
import org.parley.shared.TeamCalendar;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the other roles did before a journey starts: the field officer's agreements and
 * transfers that the HQ reviewer finds waiting, the closed case the auditor looks for.
 * Done through the application's own pages (MockMvc) and services, as those people would
 * have; the journey itself is walked in the browser.
 */
record JourneyData(MockMvc mvc, UserDetailsService users, JdbcTemplate jdbc, AgreementWorkflow agreementWorkflow,
		Agreements agreements, CaseWorkflow caseWorkflow, ObligationSchedule schedule, TeamCalendar calendar) {

	CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	/** A case of México – Guerrero at the agreement step, opened by field.mx. */
	long caseAtAgreement(String title) throws Exception {
		long id = CaseFixtures.aCaseAtConflictAnalysis(this.mvc, this.users, this.jdbc, title);
		this.jdbc.update("UPDATE negotiation_case SET current_step = ? WHERE id = ?", MethodStep.AGREEMENT.name(), id);
		return id;
	}

	/**
	 * A case of El Salvador with Mara Norte at the agreement step, opened by field.sv.
	 */
	long salvadoranCaseAtAgreement(String title) throws Exception {
		long team = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'El Salvador'", Long.class);
		long mara = this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Mara Norte'", Long.class);
		this.mvc
			.perform(post("/cases").with(as(this.users, "field.sv"))
				.with(csrf())
				.param("teamId", Long.toString(team))
				.param("title", title)
				.param("country", "SV")
				.param("groupIds", Long.toString(mara))
				.param("objectiveType", "ACCESS_FOR_HEALTH_CARE")
				.param("priority", "HIGH"))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("SELECT id FROM negotiation_case WHERE title = ?", Long.class, title);
		this.jdbc.update("UPDATE negotiation_case SET current_step = ? WHERE id = ?", MethodStep.AGREEMENT.name(), id);
		return id;
	}

	/** An agreement of the case's team, drafted by that officer and sent to HQ. */
	long submitted(long caseId, String officer, String title, List<Commitment> commitments) {
		CurrentUser by = user(officer);
		long id = this.agreementWorkflow.create(caseId, draft(title, title, commitments), by);
		AgreementDetails.VersionView v = this.agreements.details(id, by).latest();
		this.agreementWorkflow.submit(id, v.id(), v.version(), by);
		return id;
	}

	/** HQ returns the version waiting, with a comment on the first commitment. */
	void returnedByHq(long agreementId, String comment, String onFirstCommitment) {
		CurrentUser hq = user("hq");
		AgreementDetails.VersionView v = this.agreements.details(agreementId, hq).latest();
		this.agreementWorkflow.returnWith(agreementId, v.id(), v.version(), comment,
				Map.of(v.content().commitments().get(0).key(), onFirstCommitment), hq);
	}

	/** The officer answers what HQ returned with a new version, and sends it. */
	void answered(long agreementId, String officer, String title, String summary, List<Commitment> commitments) {
		CurrentUser by = user(officer);
		AgreementDetails.VersionView returned = this.agreements.details(agreementId, by).latest();
		List<Commitment> keyed = new ArrayList<>();
		for (int i = 0; i < commitments.size(); i++) {
			Commitment c = commitments.get(i);
			String key = (i < returned.content().commitments().size()) ? returned.content().commitments().get(i).key()
					: null;
			keyed.add(new Commitment(key, c.owedBy(), c.what(), c.category(), c.dueOn(), c.recurrence(),
					c.recurrenceDay(), c.verification()));
		}
		this.agreementWorkflow.update(agreementId, returned.id(), returned.version(), draft(title, summary, keyed), by);
		AgreementDetails.VersionView next = this.agreements.details(agreementId, by).latest();
		this.agreementWorkflow.submit(agreementId, next.id(), next.version(), by);
	}

	/**
	 * An agreement approved a month ago with a weekly check: the scheduler's run leaves
	 * its past checks unrecorded and overdue.
	 */
	long inForceWithOverdueChecks(long caseId, String officer, String title, Commitment weekly) {
		CurrentUser by = user(officer);
		LocalDate today = this.calendar.today();
		AgreementDraft content = new AgreementDraft(title, FormOfAgreement.VERBAL, null, null, null,
				today.minusDays(30), null, title, null, Stage.IMPLEMENTATION, SigningStatus.VERBAL_OR_UNCLEAR,
				DisputeSettlement.NONE, List.of(new Party(PartyKind.ORGANISATION, null, "Parley")), List.of(weekly));
		long id = this.agreementWorkflow.create(caseId, content, by);
		AgreementDetails.VersionView v = this.agreements.details(id, by).latest();
		this.agreementWorkflow.submit(id, v.id(), v.version(), by);
		v = this.agreements.details(id, by).latest();
		this.agreementWorkflow.approve(id, v.id(), v.version(), null, user("hq"));
		this.schedule.scheduleChecks(id, today);
		return id;
	}

	/** A transfer the officer recorded, waiting for HQ. */
	void transferWaiting(long caseId, String justification) throws Exception {
		this.mvc
			.perform(post("/cases/" + caseId + "/transfers").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("givenOn", this.calendar.today().toString())
				.param("kind", "FUEL")
				.param("amount", new BigDecimal("2400").toPlainString())
				.param("currency", "MXN")
				.param("recipientKind", "OTHER")
				.param("recipientOther", "Comité comunitario de ambulancias")
				.param("justification", justification)
				.param("forAccess", "false"))
			.andExpect(status().is3xxRedirection());
	}

	/**
	 * A case of México – Guerrero closed: opened by field.mx, its closure described and
	 * asked for by field.mx and confirmed by hq.
	 */
	Case closedCase(String title, String lessons) throws Exception {
		long id = CaseFixtures.aCaseAtConflictAnalysis(this.mvc, this.users, this.jdbc, title);
		this.jdbc.update("UPDATE negotiation_case SET current_step = ? WHERE id = ?", MethodStep.CLOSURE.name(), id);
		CurrentUser officer = user("field.mx");
		List<Answer> answers = this.jdbc
			.queryForList("SELECT q.id FROM guiding_question q " + "JOIN guiding_question_set s ON s.id = q.set_id "
					+ "JOIN negotiation_case c ON c.question_set_version = s.version_no "
					+ "WHERE c.id = ? AND q.step = 'CLOSURE' ORDER BY q.position", Long.class, id)
			.stream()
			.map((question) -> new Answer(question, lessons, false))
			.toList();
		this.caseWorkflow.answer(id, caseVersion(id), answers, officer);
		this.caseWorkflow.requestClosure(id, caseVersion(id), ClosureOutcome.NO_AGREEMENT, lessons, officer);
		this.caseWorkflow.confirmClosure(id, caseVersion(id), "Lessons recorded; nothing left to follow.", user("hq"));
		return new Case(id,
				this.jdbc.queryForObject("SELECT title FROM negotiation_case WHERE id = ?", String.class, id));
	}

	/** A case as its page shows it: the fixtures add a tag to the title typed. */
	record Case(long id, String title) {

	}

	private long caseVersion(long id) {
		return this.jdbc.queryForObject("SELECT version FROM negotiation_case WHERE id = ?", Long.class, id);
	}

	/**
	 * Ends a journey's agreement and drops its unrecorded checks, so that other tests (a
	 * field officer's list of checks to record, the scheduler's runs) do not meet them.
	 * Tidying, straight in the database, as the agreement tests do.
	 */
	void retire(long agreementId) {
		this.jdbc.update("UPDATE agreement SET status = 'TERMINATED' WHERE id = ? AND in_force_version IS NOT NULL",
				agreementId);
		this.jdbc.update("DELETE FROM compliance_check WHERE agreement_id = ? AND result IS NULL", agreementId);
	}

	static Commitment commitment(String owedBy, String what, CommitmentCategory category, Recurrence recurrence,
			Integer day, String verification) {
		return new Commitment(null, owedBy, what, category, null, recurrence, day, verification);
	}

	private AgreementDraft draft(String title, String summary, List<Commitment> commitments) {
		return new AgreementDraft(title, FormOfAgreement.VERBAL, null, null, null, this.calendar.today().minusDays(1),
				null, summary, null, Stage.IMPLEMENTATION, SigningStatus.VERBAL_OR_UNCLEAR,
				DisputeSettlement.NEUTRAL_MEDIATOR, List.of(new Party(PartyKind.ORGANISATION, null, "Parley")),
				commitments);
	}

}
