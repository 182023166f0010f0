package org.parley.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.parley.agreement.AgreementStatus;
import org.parley.agreement.AgreementStatusChanged;
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
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's security incidents (demo profile), on the demo's timeline: the armed men who
 * entered the valley hospital, which the hospital case began with, recorded by the
 * Guerrero officer the day after opening the case; and the ambulance held at the Barrio
 * Once boundary, recorded by the El Salvador officer the morning after the violated
 * compliance check marked the agreement breached. Loaded once, into a database without
 * cases, through the same service as the pages.
 */
@Component
@Profile("demo")
@Order(50)
class DemoIncidents implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoIncidents.class);

	private static final String HOSPITAL = "Protection of the valley hospital after the attack";

	private static final String AMBULANCES = "Ambulance safe passage across the divided city";

	/** As negotiation's demo opens the hospital case: 150 days ago. */
	private static final int HOSPITAL_OPENED_DAYS_AGO = 150;

	private final Incidents incidents;

	private final DemoTimeline timeline;

	private final TeamCalendar calendar;

	private final JdbcTemplate jdbc;

	private boolean breachToRecord;

	DemoIncidents(Incidents incidents, DemoTimeline timeline, TeamCalendar calendar, DataSource dataSource) {
		this.calendar = calendar;
		this.incidents = incidents;
		this.timeline = timeline;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.queryForObject("SELECT count(*) FROM security_incident", Long.class) > 0
				|| this.jdbc.queryForObject("SELECT count(*) FROM negotiation_case", Long.class) > 0) {
			return;
		}
		log.info("Demo profile: two security incidents go on the demo's timeline.");
		this.breachToRecord = true;
		LocalDate opened = this.calendar.today().minusDays(HOSPITAL_OPENED_DAYS_AGO);
		this.timeline.at(this.timeline.on(opened.plusDays(1), "10:20"), "field.mx",
				(mx) -> ward(opened.minusDays(6), mx));
	}

	/** The ambulances' agreement breached: the incident is recorded the next morning. */
	@EventListener
	void on(AgreementStatusChanged changed) {
		if (!this.breachToRecord || !this.timeline.playing() || changed.status() != AgreementStatus.BREACHED) {
			return;
		}
		List<String> title = this.jdbc.queryForList("SELECT title FROM negotiation_case WHERE id = ?", String.class,
				changed.caseId());
		if (!title.equals(List.of(AMBULANCES))) {
			return;
		}
		this.breachToRecord = false;
		this.timeline.at(this.timeline.on(this.calendar.today().plusDays(1), "08:45"), changed.changedBy(),
				this::ambulance);
	}

	private void ward(LocalDate occurredOn, CurrentUser mx) {
		long hospital = this.jdbc.queryForObject("SELECT id FROM negotiation_case WHERE title = ?", Long.class,
				HOSPITAL);
		IncidentForm ward = this.incidents.draft(hospital, null, null, null, occurredOn,
				group("Autodefensas Comunitarias del Valle"), mx);
		this.incidents.record(new IncidentForm(ward.teamId(), ward.caseId(), null, null, null,
				IncidentType.OCCUPATION_OF_FACILITY, Set.of(Affected.FACILITY, Affected.STAFF, Affected.PATIENTS),
				ward.occurredOn(), ward.country(), ward.region(), "El Encanto, hospital quarter",
				"Emergency ward of the valley hospital", ward.perpetratorGroupId(),
				new AffectedPeople(0, 0, 0, 6, null, null, 0, 0, null, null), Certainty.PROBABLE,
				"Armed men entered the emergency ward looking for a wounded rival; staff fled for two days. "
						+ "Witnesses say the men wore the group's armbands; the group denies it.",
				"Hospital director; two nurses.", SharedField.defaults()), mx);
	}

	private void ambulance(CurrentUser sv) {
		Map<String, Object> check = this.jdbc.queryForList("SELECT k.id, k.agreement_id, k.case_id, "
				+ "k.commitment_key, k.checked_on FROM compliance_check k WHERE k.result = 'VIOLATED' ORDER BY k.id")
			.get(0);
		IncidentForm ambulance = this.incidents.draft(((Number) check.get("case_id")).longValue(),
				((Number) check.get("agreement_id")).longValue(), (String) check.get("commitment_key"),
				((Number) check.get("id")).longValue(), ((java.sql.Date) check.get("checked_on")).toLocalDate(),
				group("Barrio Once"), sv);
		this.incidents.record(new IncidentForm(ambulance.teamId(), ambulance.caseId(), ambulance.agreementId(),
				ambulance.commitmentKey(), ambulance.checkId(), IncidentType.OBSTRUCTION_OF_ACCESS,
				Set.of(Affected.TRANSPORT, Affected.PATIENTS, Affected.STAFF), ambulance.occurredOn(),
				ambulance.country(), ambulance.region(), "Colonia La Frontera",
				"The boundary street by the market, at the Barrio Once lookout", ambulance.perpetratorGroupId(),
				new AffectedPeople(0, 0, 0, 2, null, null, 0, 1, null, null), Certainty.CONFIRMED,
				"An ambulance carrying a wounded boy was held for two hours; the crew of two was threatened; the boy "
						+ "reached hospital late, with his wound infected.",
				"Ambulance crew; the mediator confirmed it with the spokesperson of Barrio Once.",
				SharedField.defaults()), sv);
	}

	private long group(String name) {
		return this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = ?", Long.class, name);
	}

}
