package org.parley.agreement.demo;

import org.parley.negotiation.Answer;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseWorkflow;
import org.parley.negotiation.GuidingQuestions;
import org.parley.negotiation.MethodStep;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import org.parley.agreement.AgreementDetails;
import org.parley.agreement.AgreementDraft;
import org.parley.agreement.Agreements;
import org.parley.agreement.CheckResult;
import org.parley.agreement.CheckView;
import org.parley.agreement.DisputeContactKind;
import org.parley.agreement.DisputeParty;
import org.parley.agreement.DisputeSettlement;
import org.parley.agreement.DisputeState;
import org.parley.agreement.ReviewView;
import org.parley.agreement.DisputeView;
import org.parley.agreement.dispute.ContactRecord;
import org.parley.agreement.dispute.DisputeRecord;
import org.parley.agreement.dispute.Disputes;
import org.parley.agreement.dispute.OutcomeRecord;
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
import org.parley.shared.DemoTimeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The three demo cases carried on to their agreements (demo profile), put on the demo's
 * timeline: the clinic's verbal agreement in force for three months with weekly checks;
 * the ambulances' written agreement with both gangs, breached last week by one of them
 * and the case back at negotiation rounds; the hospital's ground rules, returned by HQ
 * for rewording and approved on their second wording a month ago. Each draft, submission
 * and HQ decision at its own date and by its author; the scheduled run of every day since
 * the first agreement (by the application); each check and review of a group recorded on
 * the day it fell due, by the team's field officer. Loaded through the same services as
 * the pages, once, into a database without cases.
 */
@Component
@Profile("demo")
@Order(40)
class DemoAgreements implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAgreements.class);

	// The titles and the dates of the agreements are those negotiation's demo has the
	// cases reach their agreements with.
	private static final String CLINIC = "Mobile clinic access to eleven mountain villages";

	private static final String AMBULANCES = "Ambulance safe passage across the divided city";

	private static final String HOSPITAL = "Protection of the valley hospital after the attack";

	private static final String MX = "field.mx";

	private static final String SV = "field.sv";

	private static final String HQ = "hq";

	private final AgreementWorkflow lifecycle;

	private final Agreements agreements;

	private final CaseQueries cases;

	private final CaseWorkflow workflow;

	private final GuidingQuestions questions;

	private final DemoTimeline timeline;

	private final TeamCalendar calendar;

	private final ObligationSchedule schedule;

	private final ObligationQueries obligations;

	private final ObligationRecording recording;

	private final JdbcTemplate jdbc;

	private final Disputes disputes;

	/**
	 * What the team records of each demo agreement's checks and reviews, by agreement.
	 */
	private final Map<Long, Monitoring> monitored = new LinkedHashMap<>();

	/** The checks and reviews whose recording is on the timeline. */
	private final Set<String> onTimeline = new HashSet<>();

	DemoAgreements(AgreementWorkflow lifecycle, Agreements agreements, CaseQueries cases, CaseWorkflow workflow,
			GuidingQuestions questions, DemoTimeline timeline, TeamCalendar calendar, ObligationSchedule schedule,
			ObligationQueries obligations, ObligationRecording recording, Disputes disputes, DataSource dataSource) {
		this.disputes = disputes;
		this.lifecycle = lifecycle;
		this.schedule = schedule;
		this.obligations = obligations;
		this.recording = recording;
		this.timeline = timeline;
		this.calendar = calendar;
		this.agreements = agreements;
		this.cases = cases;
		this.workflow = workflow;
		this.questions = questions;
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
	public void run(ApplicationArguments args) {
		if (this.jdbc.queryForObject("SELECT count(*) FROM agreement", Long.class) > 0
				|| this.jdbc.queryForObject("SELECT count(*) FROM negotiation_case", Long.class) > 0) {
			return;
		}
		log.info("Demo profile: the three cases' agreements go on the demo's timeline.");
		LocalDate today = this.calendar.today();
		clinic(today);
		ambulances(today);
		hospital(today);
		// The scheduled run, every morning since the first agreement.
		for (LocalDate day = today.minusMonths(3).minusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
			at(day, "05:05", null, (system) -> {
				LocalDate on = this.calendar.today();
				this.schedule.scheduleChecks(on);
				this.schedule.scheduleReviews(on);
				recordWhenDue();
			});
		}
	}

	/**
	 * The clinic: a verbal agreement approved three months ago, the case at follow-up,
	 * consultations counted month by month, checks kept except one partly, the group
	 * reviewed each month; the last week's checks and review still to record.
	 */
	private void clinic(LocalDate today) {
		LocalDate start = today.minusMonths(3);
		at(start.minusDays(8), "10:15", MX, (mx) -> this.lifecycle.create(caseId(CLINIC),
				DemoDrafts.clinic(start, group("Cártel del Sierra Alta")), mx));
		at(start.minusDays(7), "16:40", MX, (mx) -> submit(CLINIC, mx));
		at(start.minusDays(1), "10:00", HQ, (hq) -> {
			long id = approve(CLINIC, "Within the mandate: no payment, no transport for the group.", hq);
			AtomicBoolean partly = new AtomicBoolean();
			this.monitored.put(id, new Monitoring(MX, today.minusDays(7), (check) -> {
				boolean armed = check.what().startsWith("No armed men") && partly.compareAndSet(false, true);
				return new CheckRecord(armed ? CheckResult.PARTLY_COMPLIED : CheckResult.COMPLIED,
						armed ? "Two armed men waited at the road below the clinic; they left when asked." : null,
						"Clinic team", check.dueOn());
			}, false, "The plaza chief of the upper valley still decides on the road."));
		});
		// The agreement is in force: the case moves on to follow-up, where the clinic's
		// consultations are counted month by month.
		at(start, "09:05", MX, (mx) -> complete(CLINIC, mx));
		clinicDispute(today.minusDays(45));
	}

	/**
	 * The clinic's one dispute: the group's plaza chief says the clinic treated a man the
	 * group calls an informer; the parish priest, the mediator the agreement names, hears
	 * both sides and the passage goes on.
	 */
	private void clinicDispute(LocalDate raised) {
		at(raised, "11:30", MX, (mx) -> {
			long id = agreementOf(CLINIC);
			String byNeed = this.agreements.details(id, mx).inForce().content().commitments().get(2).key();
			this.disputes.raise(id, new DisputeRecord(raised, DisputeParty.ARMED_GROUP,
					"Plaza chief of the upper valley", byNeed, null, DisputeSettlement.NEUTRAL_MEDIATOR,
					"The plaza chief says the clinic treated a man the group calls an informer, and threatens to stop "
							+ "the Tuesday passage; the clinic says it treats everyone by need alone."),
					mx);
		});
		at(raised.plusDays(4), "16:00", MX, (mx) -> this.disputes
			.addContact(agreementOf(CLINIC), clinicDisputeId(mx), new ContactRecord(raised.plusDays(4),
					DisputeContactKind.MEETING,
					"The parish priest (mediator); the plaza chief; the clinic's coordinator",
					"Each side heard; the priest reminded the plaza chief that the group agreed to treatment by need "
							+ "alone; the chief asked that patients be treated without weapons on them."),
					mx));
		at(raised.plusDays(8), "10:30", MX, (mx) -> {
			long id = agreementOf(CLINIC);
			DisputeView dispute = this.disputes.of(id, mx).get(0);
			this.disputes.close(id, dispute.id(), dispute.version(), new OutcomeRecord(DisputeState.SETTLED,
					"Settled by the mediator: the passage goes on; nobody is asked who they are; every patient leaves "
							+ "weapons outside the clinic.",
					raised.plusDays(8)), mx);
		});
	}

	private long clinicDisputeId(CurrentUser user) {
		return this.disputes.of(agreementOf(CLINIC), user).get(0).id();
	}

	/**
	 * The ambulances: a written agreement with both gangs, approved two months ago; a
	 * violation by Barrio Once last week marked it breached and sent the case back to
	 * negotiation rounds.
	 */
	private void ambulances(LocalDate today) {
		LocalDate start = today.minusMonths(2);
		String norte = "Mara Norte";
		String once = "Barrio Once";
		at(start.minusDays(3), "11:20", SV, (sv) -> this.lifecycle.create(caseId(AMBULANCES),
				DemoDrafts.ambulances(start, norte, group(norte), once, group(once)), sv));
		at(start.minusDays(3), "17:35", SV, (sv) -> submit(AMBULANCES, sv));
		at(start.minusDays(1), "10:00", HQ, (hq) -> {
			long id = approve(AMBULANCES, "Approved: both gangs commit; no payment; the mediator settles disputes.",
					hq);
			// Every check kept until last week's crossing into the south (the week's
			// check
			// of Barrio Once's commitment).
			LocalDate last = today.minusDays(3);
			this.monitored.put(id, new Monitoring(SV, last, (check) -> {
				if (check.owedBy().equals(once) && check.dueOn().isAfter(last.minusDays(7))) {
					return new CheckRecord(CheckResult.VIOLATED,
							"An ambulance carrying a wounded boy was held for two hours at the Barrio Once boundary; "
									+ "the crew was threatened and the boy reached hospital late.",
							"Ambulance crew; mediator", check.dueOn());
				}
				return new CheckRecord(CheckResult.COMPLIED, null, "Ambulance service log", check.dueOn());
			}, true, "The spokespeople in prison still speak for both leaderships."));
		});
		at(start, "09:10", SV, (sv) -> complete(AMBULANCES, sv));
	}

	/**
	 * The hospital: ground rules HQ returned for rewording (the self-defence group must
	 * not guard the hospital) and approved on their second wording a month ago.
	 */
	private void hospital(LocalDate today) {
		LocalDate start = today.minusMonths(1);
		at(start.minusDays(8), "10:30", MX, (mx) -> this.lifecycle.create(caseId(HOSPITAL),
				DemoDrafts.hospital(start, group("Autodefensas Comunitarias del Valle")), mx));
		at(start.minusDays(8), "17:10", MX, (mx) -> submit(HOSPITAL, mx));
		at(start.minusDays(5), "16:00", HQ, (hq) -> {
			long id = agreementOf(HOSPITAL);
			AgreementDetails.VersionView v1 = this.agreements.details(id, hq).latest();
			String guard = v1.content().commitments().get(0).key();
			this.lifecycle.returnWith(id, v1.id(), v1.version(),
					"Reword: a hospital guarded by an armed group loses its protection and becomes a target.",
					Map.of(guard, "Armed men keep away from the hospital; the hospital's own porters keep the gate."),
					hq);
		});
		at(start.minusDays(4), "11:20", MX, (mx) -> {
			long id = agreementOf(HOSPITAL);
			AgreementDetails.VersionView v1 = this.agreements.details(id, mx).latest();
			AgreementDraft first = DemoDrafts.hospital(start, group("Autodefensas Comunitarias del Valle"));
			this.lifecycle.update(id, v1.id(), v1.version(),
					DemoDrafts.hospitalReworded(first, v1.content().commitments().get(0).key()), mx);
		});
		at(start.minusDays(4), "15:45", MX, (mx) -> submit(HOSPITAL, mx));
		at(start.minusDays(1), "10:00", HQ, (hq) -> {
			long id = approve(HOSPITAL, "Approved as reworded.", hq);
			this.monitored.put(id,
					new Monitoring(MX, today,
							(check) -> new CheckRecord(CheckResult.COMPLIED, null, "Hospital director", check.dueOn()),
							false, null));
		});
		at(start, "09:00", MX, (mx) -> complete(HOSPITAL, mx));
	}

	private void submit(String title, CurrentUser author) {
		long id = agreementOf(title);
		AgreementDetails.VersionView version = this.agreements.details(id, author).latest();
		this.lifecycle.submit(id, version.id(), version.version(), author);
	}

	private long approve(String title, String comment, CurrentUser hq) {
		long id = agreementOf(title);
		AgreementDetails.VersionView version = this.agreements.details(id, hq).latest();
		this.lifecycle.approve(id, version.id(), version.version(), comment, hq);
		return id;
	}

	/** The agreement step's questions answered and the step completed. */
	private void complete(String title, CurrentUser user) {
		long caseId = caseId(title);
		this.workflow.answerAndComplete(caseId, this.cases.get(caseId, user).version(), answersTo(MethodStep.AGREEMENT),
				user);
	}

	/**
	 * After the day's scheduled run: each new check and review of a demo agreement is
	 * recorded on the day it falls due (the checks in the evening, the reviews at noon),
	 * up to the last day the team has recorded.
	 */
	private void recordWhenDue() {
		this.monitored.forEach((id, monitoring) -> {
			CurrentUser officer = this.timeline.user(monitoring.officer());
			for (CheckView check : this.obligations.checksOf(id, officer)) {
				if (check.recordedBy() == null && !check.dueOn().isAfter(monitoring.last())
						&& this.onTimeline.add("check#" + check.id())) {
					at(check.dueOn(), "17:30", monitoring.officer(),
							(user) -> recordCheck(id, check.id(), monitoring, user));
				}
			}
			if (monitoring.leadership() == null) {
				return;
			}
			for (ReviewView review : this.obligations.reviewsOf(id, officer)) {
				if (!review.recorded() && !review.dueOn().isAfter(monitoring.last())
						&& this.onTimeline.add("review#" + review.id())) {
					at(review.dueOn(), "12:15", monitoring.officer(),
							(user) -> this.recording.recordReview(review.id(), current(id, review.id(), user),
									new GroupReviewRecord(Stance.AMBIVALENT, ControlLevel.DOMINANT,
											monitoring.leadership(), null, "No change that touches the agreement.",
											false, review.dueOn()),
									user));
				}
			}
		});
	}

	private void recordCheck(long agreementId, long checkId, Monitoring monitoring, CurrentUser user) {
		CheckView check = this.obligations.checksOf(agreementId, user)
			.stream()
			.filter((c) -> c.id() == checkId)
			.findFirst()
			.orElseThrow();
		CheckRecord record = monitoring.record().apply(check);
		boolean breach = monitoring.breachOnViolation() && record.result() == CheckResult.VIOLATED;
		this.recording.recordCheck(check.id(), check.version(), record, breach, user);
	}

	private long current(long agreementId, long reviewId, CurrentUser user) {
		return this.obligations.reviewsOf(agreementId, user)
			.stream()
			.filter((r) -> r.id() == reviewId)
			.findFirst()
			.orElseThrow()
			.version();
	}

	private void at(LocalDate day, String time, String username, Consumer<CurrentUser> action) {
		this.timeline.at(this.timeline.on(day, time), username, action);
	}

	private long caseId(String title) {
		return this.jdbc.queryForObject("SELECT id FROM negotiation_case WHERE title = ?", Long.class, title);
	}

	private long agreementOf(String title) {
		return this.jdbc.queryForObject(
				"SELECT a.id FROM agreement a JOIN negotiation_case c ON c.id = a.case_id WHERE c.title = ?",
				Long.class, title);
	}

	private long group(String name) {
		return this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = ?", Long.class, name);
	}

	/**
	 * How the team follows an agreement up: who records, up to which day, what each check
	 * found (a violation marks the agreement breached if so said), and what it says of
	 * the groups' leadership in their monthly reviews (none: the reviews are not
	 * recorded).
	 */
	private record Monitoring(String officer, LocalDate last, Function<CheckView, CheckRecord> record,
			boolean breachOnViolation, String leadership) {
	}

}
