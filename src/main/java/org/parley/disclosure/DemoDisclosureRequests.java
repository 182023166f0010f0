package org.parley.disclosure;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.parley.shared.CurrentUser;
import org.parley.shared.DemoTimeline;
import org.parley.shared.TeamCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's disclosure requests (demo profile), on the demo's timeline: the state
 * prosecutor in Guerrero who asked for the names of the cartel's contacts of the clinic
 * case (refused: no court order, and the people named would be in danger), a donor of the
 * ambulance programme who asked for meeting counts and names (disclosed in part: counts
 * only), and the migration officers who asked the clinic for its foreign patients a few
 * days ago, assessed by the team and waiting for HQ. Loaded once, into a database without
 * cases, through the same service as the pages.
 */
@Component
@Profile("demo")
@Order(60)
class DemoDisclosureRequests implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDisclosureRequests.class);

	private static final String CLINIC = "Mobile clinic access to eleven mountain villages";

	private static final String AMBULANCES = "Ambulance safe passage across the divided city";

	private static final String MX = "field.mx";

	private static final String SV = "field.sv";

	private static final String HQ = "hq";

	private final DisclosureRequests requests;

	private final DemoTimeline timeline;

	private final TeamCalendar calendar;

	private final JdbcTemplate jdbc;

	DemoDisclosureRequests(DisclosureRequests requests, DemoTimeline timeline, TeamCalendar calendar,
			DataSource dataSource) {
		this.requests = requests;
		this.timeline = timeline;
		this.calendar = calendar;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.queryForObject("SELECT count(*) FROM disclosure_request", Long.class) > 0
				|| this.jdbc.queryForObject("SELECT count(*) FROM negotiation_case", Long.class) > 0) {
			return;
		}
		log.info("Demo profile: three disclosure requests go on the demo's timeline.");
		LocalDate today = this.calendar.today();
		prosecutor(today.minusDays(60));
		donor(today.minusDays(45));
		migration(today.minusDays(4));
	}

	/** Guerrero's prosecutor asks for the cartel's contacts: refused. */
	private void prosecutor(LocalDate received) {
		at(received, "12:30", MX, (mx) -> this.requests.record(new DisclosureRequestForm(team("México – Guerrero"),
				received, RequesterKind.PROSECUTOR,
				"Agent of the State Public Prosecutor, Chilpancingo office (fictional)", Channel.WRITTEN,
				LegalBasis.LAW,
				"Official letter FGE/GRO/0000/2026 (fictional), citing the prosecutor's investigative powers under the "
						+ "national code of criminal procedure. No court order.",
				"The names, telephone numbers and meeting places of the members of the Cártel del Sierra Alta the "
						+ "team is in contact with, and the minutes of the meetings held since last year.",
				received.plusDays(10), Set.of(caseId(CLINIC)), Set.of(group("Cártel del Sierra Alta")),
				Set.of(interlocutor("PASTOR"))), mx));
		at(received.plusDays(2), "10:10", MX,
				(mx) -> this.requests.assess(request(received), version(received), new AssessmentForm(
						"The people named would be the parish priest who carries our messages and the plaza chiefs. "
								+ "If the cartel learned that their names reached the prosecutor, the priest and the "
								+ "villagers seen with us would be exposed to reprisals, and the clinic would lose its "
								+ "access to the eleven villages.",
						"The data was collected only to negotiate access for the clinic. A prosecution is not "
								+ "compatible with that purpose. No court order; the headquarters agreement grants "
								+ "immunity from giving evidence. Minimum: nothing personal; we can explain our work."),
						mx));
		at(received.plusDays(5), "17:20", HQ, (hq) -> this.requests.decide(request(received), version(received),
				new DecisionForm(DisclosureOutcome.REFUSED,
						"No court order, and the purpose is incompatible with the humanitarian purpose for which the "
								+ "data was collected. Disclosure would put the priest and the villagers at serious "
								+ "risk and end the clinic's access. The organisation's immunity from giving evidence "
								+ "applies. Answer by letter, offering a meeting on our humanitarian work.",
						null, false),
				hq));
		at(received.plusDays(6), "09:45", MX, (mx) -> this.requests.close(request(received), version(received),
				"Letter handed to the prosecutor's office; the stamped copy is in the office safe.", mx));
	}

	/** A donor of the ambulance programme asks for counts and names: counts only. */
	private void donor(LocalDate received) {
		at(received, "15:00", SV, (sv) -> this.requests.record(new DisclosureRequestForm(team("El Salvador"), received,
				RequesterKind.DONOR, "Programme officer, Fondo Humanitario del Norte (fictional donor)", Channel.EMAIL,
				LegalBasis.DONOR_AGREEMENT,
				"Grant agreement, reporting clause 7 (fictional): activity reports every quarter.",
				"For the ambulance programme: the number of meetings held with each gang, the names of the gang "
						+ "spokespeople met, and the list of the patients transported.",
				received.plusDays(20), Set.of(caseId(AMBULANCES)), Set.of(group("Mara Norte"), group("Barrio Once")),
				Set.of(interlocutor("VOCERO-N"))), sv));
		at(received.plusDays(3), "11:40", SV, (sv) -> this.requests
			.assess(request(received), version(received), new AssessmentForm(
					"The gangs are designated terrorist organisations: a list of spokespeople met could expose the "
							+ "mediator and the spokespeople to prosecution or reprisals. Patients' names would tell "
							+ "which neighbourhood, and so which gang, each one lives under.",
					"The grant asks for activity reporting, not personal data. Counts per quarter, both gangs "
							+ "together, and ambulance runs per month meet that purpose."),
					sv));
		at(received.plusDays(6), "16:05", HQ, (hq) -> this.requests.decide(request(received), version(received),
				new DecisionForm(DisclosureOutcome.DISCLOSED_IN_PART,
						"The reporting clause covers activities, not the identity of the people we meet or "
								+ "transport. Names would endanger the mediator, the spokespeople and patients. "
								+ "Aggregate counts meet the donor's purpose.",
						"Number of negotiation rounds per quarter, both gangs together, and number of "
								+ "ambulance runs per month. No names of spokespeople, mediators or patients.",
						true),
				hq));
		at(received.plusDays(8), "10:30", SV, (sv) -> this.requests.close(request(received), version(received),
				"Sent with the quarterly activity report.", sv));
	}

	/** Migration officers at the mobile clinic: assessed, waiting for HQ. */
	private void migration(LocalDate received) {
		at(received, "13:15", MX,
				(mx) -> this.requests.record(new DisclosureRequestForm(team("México – Guerrero"), received,
						RequesterKind.MIGRATION,
						"Two officers of the migration authority at the Tuesday clinic (fictional)", Channel.ORAL,
						LegalBasis.NONE_STATED, null,
						"The names of the clinic's patients who are not Mexican nationals, and where they are staying.",
						received.plusDays(7), Set.of(caseId(CLINIC)), Set.of(), Set.of()), mx));
		at(received.plusDays(1), "18:00", MX,
				(mx) -> this.requests.assess(request(received), version(received), new AssessmentForm(
						"Patients in transit would risk detention and deportation, and would stop coming to the clinic "
								+ "if they learned that we gave their names.",
						"No legal basis was stated and nothing was written. The data was collected to give medical "
								+ "care. Proposed answer: refuse, and ask for any request in writing."),
						mx));
	}

	private void at(LocalDate day, String time, String username, Consumer<CurrentUser> action) {
		this.timeline.at(this.timeline.on(day, time), username, action);
	}

	/** The request received that day (one a day in the demo). */
	private long request(LocalDate received) {
		return this.jdbc.queryForObject("SELECT id FROM disclosure_request WHERE received_on = ?", Long.class,
				received);
	}

	private long version(LocalDate received) {
		return this.jdbc.queryForObject("SELECT version FROM disclosure_request WHERE received_on = ?", Long.class,
				received);
	}

	private long team(String name) {
		return this.jdbc.queryForObject("SELECT id FROM team WHERE name = ?", Long.class, name);
	}

	private long caseId(String title) {
		return this.jdbc.queryForObject("SELECT id FROM negotiation_case WHERE title = ?", Long.class, title);
	}

	private long group(String name) {
		return this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = ?", Long.class, name);
	}

	private long interlocutor(String codeName) {
		return this.jdbc.queryForObject("SELECT id FROM interlocutor WHERE code_name = ?", Long.class, codeName);
	}

}
