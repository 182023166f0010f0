package org.parley.agreement.demo;

import org.parley.negotiation.Answer;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseWorkflow;
import org.parley.negotiation.GuidingQuestions;
import org.parley.negotiation.MethodStep;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.parley.agreement.AgreementDetails;
import org.parley.agreement.AgreementDraft;
import org.parley.agreement.Agreements;
import org.parley.agreement.CheckResult;
import org.parley.agreement.CheckView;
import org.parley.agreement.ReviewView;
import org.parley.agreement.internal.AgreementWorkflow;
import org.parley.agreement.monitoring.CheckRecord;
import org.parley.agreement.monitoring.GroupReviewRecord;
import org.parley.agreement.monitoring.ObligationQueries;
import org.parley.agreement.monitoring.ObligationRecording;
import org.parley.agreement.monitoring.ObligationSchedule;
import org.parley.armedgroup.ControlLevel;
import org.parley.armedgroup.Stance;
import org.parley.shared.TeamCalendar;
import org.parley.shared.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three demo cases carried on to their agreements (demo profile): the clinic's verbal
 * agreement in force for three months with weekly checks; the ambulances' written
 * agreement with both gangs, breached last week by one of them and the case back at
 * negotiation rounds; the hospital's ground rules, returned by HQ for rewording and
 * approved on their second wording. Measures of effectiveness have a value per month, and
 * the groups their monthly reviews. Loaded through the same services as the pages, once,
 * in one transaction.
 */
@Component
@Profile("demo")
@Order(40)
class DemoAgreements implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAgreements.class);

	private static final String CLINIC = "Mobile clinic access to eleven mountain villages";

	private static final String AMBULANCES = "Ambulance safe passage across the divided city";

	private static final String HOSPITAL = "Protection of the valley hospital after the attack";

	private final AgreementWorkflow lifecycle;

	private final Agreements agreements;

	private final CaseQueries cases;

	private final CaseWorkflow workflow;

	private final GuidingQuestions questions;

	private final UserDetailsService users;

	private final TeamCalendar calendar;

	private final ObligationSchedule schedule;

	private final ObligationQueries obligations;

	private final ObligationRecording recording;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	DemoAgreements(AgreementWorkflow lifecycle, Agreements agreements, CaseQueries cases, CaseWorkflow workflow,
			GuidingQuestions questions, UserDetailsService users, TeamCalendar calendar, ObligationSchedule schedule,
			ObligationQueries obligations, ObligationRecording recording, EntityManager entityManager,
			DataSource dataSource) {
		this.lifecycle = lifecycle;
		this.schedule = schedule;
		this.obligations = obligations;
		this.recording = recording;
		this.entityManager = entityManager;
		this.calendar = calendar;
		this.agreements = agreements;
		this.cases = cases;
		this.workflow = workflow;
		this.questions = questions;
		this.users = users;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	private List<Answer> answersTo(MethodStep step) {
		return this.questions.current()
			.of(step)
			.stream()
			.map((q) -> new Answer(q.id(), "Recorded for the demonstration (fictional).", false))
			.toList();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.queryForObject("SELECT count(*) FROM agreement", Long.class) > 0) {
			return;
		}
		Long clinic = caseAtRounds(CLINIC);
		Long ambulances = caseAtAgreement(AMBULANCES);
		Long hospital = caseAtAgreement(HOSPITAL);
		if (clinic == null || ambulances == null || hospital == null) {
			return;
		}
		log.info("Demo profile: the three cases reach their agreements.");
		clinic(clinic);
		ambulances(ambulances);
		hospital(hospital);
	}

	/**
	 * The clinic: a verbal agreement approved three months ago, the case at follow-up,
	 * consultations counted month by month, checks kept except one partly, the group
	 * reviewed each month.
	 */
	private void clinic(long caseId) {
		CurrentUser mx = user("field.mx");
		this.workflow.answerAndComplete(caseId, this.cases.get(caseId, mx).version(),
				answersTo(MethodStep.NEGOTIATION_ROUNDS), mx);
		long sierra = group("Cártel del Sierra Alta");
		LocalDate today = this.calendar.today();
		LocalDate start = today.minusMonths(3);
		long id = approved(caseId, DemoDrafts.clinic(start, sierra),
				"Within the mandate: no payment, no transport for the group.", mx);
		// The agreement is in force: the case moves on to follow-up, where the clinic's
		// consultations are counted month by month.
		this.workflow.answerAndComplete(caseId, this.cases.get(caseId, mx).version(), answersTo(MethodStep.AGREEMENT),
				mx);
		// Checks so far: kept, except one partly; the last week's are still to record.
		boolean partly = false;
		for (CheckView check : this.obligations.checksOf(id, mx)) {
			if (check.dueOn().isAfter(today.minusDays(7))) {
				continue;
			}
			boolean armed = check.what().startsWith("No armed men") && !partly;
			partly = partly || armed;
			this.recording.recordCheck(check.id(), check.version(),
					new CheckRecord(armed ? CheckResult.PARTLY_COMPLIED : CheckResult.COMPLIED,
							armed ? "Two armed men waited at the road below the clinic; they left when asked." : null,
							"Clinic team", check.dueOn()),
					false, mx);
		}
		reviewGroups(id, "The plaza chief of the upper valley still decides on the road.", mx);
	}

	/**
	 * The ambulances: a written agreement with both gangs, approved two months ago; a
	 * violation by Barrio Once last week marked it breached and sent the case back to
	 * negotiation rounds.
	 */
	private void ambulances(long caseId) {
		CurrentUser sv = user("field.sv");
		LocalDate today = this.calendar.today();
		LocalDate start = today.minusMonths(2);
		String norte = "Mara Norte";
		String once = "Barrio Once";
		long id = approved(caseId, DemoDrafts.ambulances(start, norte, group(norte), once, group(once)),
				"Approved: both gangs commit; no payment; the mediator settles disputes.", sv);
		this.workflow.answerAndComplete(caseId, this.cases.get(caseId, sv).version(), answersTo(MethodStep.AGREEMENT),
				sv);
		reviewGroups(id, "The spokespeople in prison still speak for both leaderships.", sv);
		// Every check kept until last week's crossing into the south.
		CheckView violated = null;
		for (CheckView check : this.obligations.checksOf(id, sv)) {
			if (check.dueOn().isAfter(today.minusDays(3))) {
				continue;
			}
			if (check.owedBy().equals(once) && (violated == null || check.dueOn().isAfter(violated.dueOn()))) {
				violated = check;
			}
		}
		for (CheckView check : this.obligations.checksOf(id, sv)) {
			if (check.dueOn().isAfter(today.minusDays(3)) || (violated != null && check.id() == violated.id())) {
				continue;
			}
			this.recording.recordCheck(check.id(), check.version(),
					new CheckRecord(CheckResult.COMPLIED, null, "Ambulance service log", check.dueOn()), false, sv);
		}
		if (violated != null) {
			this.recording.recordCheck(violated.id(), violated.version(),
					new CheckRecord(CheckResult.VIOLATED,
							"An ambulance carrying a wounded boy was held for two hours at the Barrio Once boundary; "
									+ "the crew was threatened and the boy reached hospital late.",
							"Ambulance crew; mediator", violated.dueOn()),
					true, sv);
		}
	}

	/**
	 * The hospital: ground rules HQ returned for rewording (the self-defence group must
	 * not guard the hospital) and approved on their second wording a month ago.
	 */
	private void hospital(long caseId) {
		CurrentUser mx = user("field.mx");
		CurrentUser hq = user("hq");
		LocalDate start = this.calendar.today().minusMonths(1);
		long valle = group("Autodefensas Comunitarias del Valle");
		AgreementDraft first = DemoDrafts.hospital(start, valle);
		long id = this.lifecycle.create(caseId, first, mx);
		AgreementDetails.VersionView v1 = this.agreements.details(id, mx).latest();
		this.lifecycle.submit(id, v1.id(), v1.version(), mx);
		v1 = this.agreements.details(id, hq).latest();
		String guard = v1.content().commitments().get(0).key();
		this.lifecycle.returnWith(id, v1.id(), v1.version(),
				"Reword: a hospital guarded by an armed group loses its protection and becomes a target.", java.util.Map
					.of(guard, "Armed men keep away from the hospital; the hospital's own porters keep the gate."),
				hq);
		v1 = this.agreements.details(id, mx).latest();
		AgreementDraft second = DemoDrafts.hospitalReworded(first, guard);
		this.lifecycle.update(id, v1.id(), v1.version(), second, mx);
		AgreementDetails.VersionView v2 = this.agreements.details(id, mx).latest();
		this.lifecycle.submit(id, v2.id(), v2.version(), mx);
		v2 = this.agreements.details(id, hq).latest();
		this.lifecycle.approve(id, v2.id(), v2.version(), "Approved as reworded.", hq);
		backdateApproval(id, start);
		// HQ had returned the first wording a few days before.
		this.jdbc.update("UPDATE agreement_version SET reviewed_at = ?::date + time '16:00' WHERE agreement_id = ? "
				+ "AND status = 'ANSWERED'", start.minusDays(5), id);
		this.workflow.answerAndComplete(caseId, this.cases.get(caseId, mx).version(), answersTo(MethodStep.AGREEMENT),
				mx);
		this.schedule.scheduleChecks(this.calendar.today());
		for (CheckView check : this.obligations.checksOf(id, mx)) {
			if (check.due()) {
				this.recording.recordCheck(check.id(), check.version(),
						new CheckRecord(CheckResult.COMPLIED, null, "Hospital director", check.dueOn()), false, mx);
			}
		}
	}

	/**
	 * Creates an agreement, has HQ approve it, and dates the approval at its start, as if
	 * the demo had been running since; then schedules its checks and reviews.
	 */
	private long approved(long caseId, AgreementDraft draft, String approval, CurrentUser author) {
		CurrentUser hq = user("hq");
		long id = this.lifecycle.create(caseId, draft, author);
		AgreementDetails.VersionView version = this.agreements.details(id, author).latest();
		this.lifecycle.submit(id, version.id(), version.version(), author);
		version = this.agreements.details(id, hq).latest();
		this.lifecycle.approve(id, version.id(), version.version(), approval, hq);
		backdateApproval(id, draft.validFrom());
		this.schedule.scheduleChecks(this.calendar.today());
		this.schedule.scheduleReviews(this.calendar.today());
		return id;
	}

	private void backdateApproval(long agreementId, LocalDate on) {
		this.entityManager.flush();
		this.jdbc.update("UPDATE agreement_version SET reviewed_at = ?::date + time '10:00' WHERE agreement_id = ? "
				+ "AND status = 'APPROVED'", on.minusDays(1), agreementId);
		// The versions loaded so far must be read again with their new date.
		this.entityManager.clear();
	}

	/** The groups' monthly reviews so far, all recorded but the one due now. */
	private void reviewGroups(long agreementId, String leadership, CurrentUser user) {
		LocalDate today = this.calendar.today();
		for (ReviewView review : this.obligations.reviewsOf(agreementId, user)) {
			if (review.dueOn().isAfter(today.minusDays(7))) {
				continue;
			}
			this.recording
				.recordReview(
						review.id(), review.version(), new GroupReviewRecord(Stance.AMBIVALENT, ControlLevel.DOMINANT,
								leadership, null, "No change that touches the agreement.", false, review.dueOn()),
						user);
		}
	}

	private Long caseAtRounds(String title) {
		return caseAt(title, "NEGOTIATION_ROUNDS");
	}

	private Long caseAtAgreement(String title) {
		return caseAt(title, "AGREEMENT");
	}

	private Long caseAt(String title, String step) {
		List<Long> ids = this.jdbc.queryForList("SELECT id FROM negotiation_case WHERE title = ? AND current_step = ?",
				Long.class, title, step);
		return ids.isEmpty() ? null : ids.get(0);
	}

	private long group(String name) {
		return this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = ?", Long.class, name);
	}

	private CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
