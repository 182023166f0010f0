package org.parley.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.parley.negotiation.Answer;
import org.parley.negotiation.CaseSteps;
import org.parley.negotiation.CaseWorkflow;
import org.parley.negotiation.Cases;
import org.parley.negotiation.GuidingQuestions;
import org.parley.negotiation.MeasurementForm;
import org.parley.negotiation.Measurements;
import org.parley.negotiation.MethodStep;
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
 * The demo clinic case carried on (demo profile): its rounds led to a verbal agreement,
 * safe passage every Tuesday and no armed men at the clinic, which HQ approved three
 * months ago; the case is now at follow-up, with the clinic's consultations counted month
 * by month. Loaded through the same services as the pages, once, in one transaction.
 */
@Component
@Profile("demo")
@Order(40)
class DemoAgreements implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAgreements.class);

	private static final String CLINIC = "Mobile clinic access to eleven mountain villages";

	private final Agreements agreements;

	private final Cases cases;

	private final CaseWorkflow workflow;

	private final GuidingQuestions questions;

	private final UserDetailsService users;

	private final Measurements measurements;

	private final CaseSteps steps;

	private final ComplianceChecks checks;

	private final JdbcTemplate jdbc;

	DemoAgreements(Agreements agreements, Cases cases, CaseWorkflow workflow, GuidingQuestions questions,
			UserDetailsService users, Measurements measurements, CaseSteps steps, ComplianceChecks checks,
			DataSource dataSource) {
		this.checks = checks;
		this.steps = steps;
		this.measurements = measurements;
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
		List<Long> clinic = this.jdbc.queryForList(
				"SELECT id FROM negotiation_case WHERE title = ? AND current_step = 'NEGOTIATION_ROUNDS'", Long.class,
				CLINIC);
		if (clinic.isEmpty() || this.jdbc.queryForObject("SELECT count(*) FROM agreement", Long.class) > 0) {
			return;
		}
		log.info("Demo profile: the clinic case reaches its agreement.");
		long caseId = clinic.get(0);
		CurrentUser mx = (CurrentUser) this.users.loadUserByUsername("field.mx");
		CurrentUser hq = (CurrentUser) this.users.loadUserByUsername("hq");
		this.workflow.answer(caseId, this.cases.get(caseId, mx).version(), answersTo(MethodStep.NEGOTIATION_ROUNDS),
				true, mx);
		long sierra = this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Cártel del Sierra Alta'",
				Long.class);
		LocalDate today = this.steps.today();
		LocalDate start = today.minusMonths(3);
		long id = this.agreements.create(caseId, new AgreementDraft("Clinic passage in the Sierra Alta",
				FormOfAgreement.VERBAL, "The road from the municipal seat to the eleven upper villages",
				"About 4,000 people", "A mobile clinic, one day a week", start, start.plusMonths(6),
				"The clinic crosses the checkpoints every Tuesday without fees; no armed men at the clinic while "
						+ "it works.",
				null, Stage.IMPLEMENTATION, SigningStatus.VERBAL_OR_UNCLEAR, DisputeSettlement.NEUTRAL_MEDIATOR,
				List.of(new Party(PartyKind.ORGANISATION, null, "Our organisation"),
						new Party(PartyKind.ARMED_GROUP, sierra, null),
						new Party(PartyKind.OTHER, null, "Parish of the upper valley (witness)")),
				List.of(new Commitment(null, "Cártel del Sierra Alta", "Safe passage of the clinic every Tuesday",
						CommitmentCategory.SAFE_PASSAGE, null, Recurrence.WEEKLY, 2,
						"The parish priest confirms each crossing"),
						new Commitment(null, "Cártel del Sierra Alta", "No armed men at the clinic while it works",
								CommitmentCategory.NO_ARMED_PRESENCE, null, Recurrence.WEEKLY, 2,
								"The clinic team reports after each visit"),
						new Commitment(null, "Our organisation", "Treat everyone by need alone",
								CommitmentCategory.RESPECT_FOR_HEALTH_CARE, null, Recurrence.MONTHLY, 1,
								"Monthly consultation report"))),
				mx);
		AgreementDetails.VersionView first = this.agreements.details(id, mx).latest();
		this.agreements.submit(id, first.id(), first.version(), mx);
		first = this.agreements.details(id, hq).latest();
		this.agreements.review(id, first.id(), first.version(), true,
				"Within the mandate: no payment, no transport for the group.", java.util.Map.of(), hq);
		// The agreement is in force: the case moves on to follow-up, where the clinic's
		// consultations are counted month by month.
		this.workflow.answer(caseId, this.cases.get(caseId, mx).version(), answersTo(MethodStep.AGREEMENT), true, mx);
		long moe = this.jdbc.queryForObject("SELECT min(id) FROM case_moe WHERE case_id = ?", Long.class, caseId);
		int[] consultations = { 180, 340, 455 };
		for (int month = 0; month < consultations.length; month++) {
			// Counted at the end of each month since the agreement (never in the future).
			LocalDate counted = start.plusMonths(month + 1).withDayOfMonth(1).minusDays(1);
			LocalDate measuredOn = counted.isAfter(today) ? today : counted;
			this.measurements.add(
					caseId, moe, new MeasurementForm(measuredOn, BigDecimal.valueOf(consultations[month]),
							"Clinic register", (month == 0) ? "First month: two Tuesdays lost to road blocks." : null),
					mx);
		}
		// Checks so far: kept, except one partly; the last week's are still to record.
		this.checks.schedule(today);
		boolean partly = false;
		for (ComplianceCheck.CheckView check : this.checks.ofAgreement(id, mx)) {
			if (check.dueOn().isAfter(today.minusDays(7))) {
				continue;
			}
			boolean armed = check.what().startsWith("No armed men") && !partly;
			partly = partly || armed;
			this.checks.record(check.id(), check.version(),
					new CheckRecord(armed ? CheckResult.PARTLY_COMPLIED : CheckResult.COMPLIED,
							armed ? "Two armed men waited at the road below the clinic; they left when asked." : null,
							"Clinic team", check.dueOn()),
					mx);
		}
	}

}
