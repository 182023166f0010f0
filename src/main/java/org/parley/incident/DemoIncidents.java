package org.parley.incident;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.parley.shared.CurrentUser;
import org.parley.shared.TeamCalendar;
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
 * The demo's security incidents (demo profile): the ambulance held at the Barrio Once
 * boundary, recorded from the violated compliance check, and the armed men who entered
 * the valley hospital, which the hospital case began with. Loaded once, through the same
 * service as the pages.
 */
@Component
@Profile("demo")
@Order(50)
class DemoIncidents implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoIncidents.class);

	private final Incidents incidents;

	private final UserDetailsService users;

	private final TeamCalendar calendar;

	private final JdbcTemplate jdbc;

	DemoIncidents(Incidents incidents, UserDetailsService users, TeamCalendar calendar, DataSource dataSource) {
		this.calendar = calendar;
		this.incidents = incidents;
		this.users = users;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.queryForObject("SELECT count(*) FROM security_incident", Long.class) > 0) {
			return;
		}
		List<Map<String, Object>> violated = this.jdbc.queryForList("SELECT k.id, k.agreement_id, k.case_id, "
				+ "k.commitment_key, k.checked_on FROM compliance_check k WHERE k.result = 'VIOLATED' ORDER BY k.id");
		List<Long> hospital = this.jdbc.queryForList(
				"SELECT id FROM negotiation_case WHERE title = 'Protection of the valley hospital after the attack'",
				Long.class);
		if (violated.isEmpty() || hospital.isEmpty()) {
			return;
		}
		log.info("Demo profile: recording two security incidents.");
		Map<String, Object> check = violated.get(0);
		CurrentUser sv = user("field.sv");
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

		CurrentUser mx = user("field.mx");
		IncidentForm ward = this.incidents.draft(hospital.get(0), null, null, null,
				this.calendar.today().minusMonths(1).withDayOfMonth(14), group("Autodefensas Comunitarias del Valle"),
				mx);
		this.incidents.record(new IncidentForm(ward.teamId(), ward.caseId(), null, null, null,
				IncidentType.OCCUPATION_OF_FACILITY, Set.of(Affected.FACILITY, Affected.STAFF, Affected.PATIENTS),
				ward.occurredOn(), ward.country(), ward.region(), ward.locality(),
				"Emergency ward of the valley hospital", ward.perpetratorGroupId(),
				new AffectedPeople(0, 0, 0, 6, null, null, 0, 0, null, null), Certainty.PROBABLE,
				"Armed men entered the emergency ward looking for a wounded rival; staff fled for two days. "
						+ "Witnesses say the men wore the group's armbands; the group denies it.",
				"Hospital director; two nurses.", SharedField.defaults()), mx);
	}

	private long group(String name) {
		return this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = ?", Long.class, name);
	}

	private CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
