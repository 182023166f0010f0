package org.parley.access;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

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
 * The demo's access constraints (demo profile), on the demo's timeline: six months of
 * Guerrero (the Sierra Alta of the clinic, the valley of the hospital) rated by the
 * Guerrero officer, and of the divided city of the maras (San Salvador, its northern
 * neighbourhoods) rated by the El Salvador officer, each month rated early in the next;
 * the constraints behind the ratings, linked to their cases, the hospital's incident and
 * the groups. The valley's last month is left unrated, as a month can be. Loaded once,
 * into a database without cases, through the same services as the pages.
 */
@Component
@Profile("demo")
@Order(55)
class DemoAccess implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccess.class);

	private static final String CLINIC = "Mobile clinic access to eleven mountain villages";

	private static final String HOSPITAL = "Protection of the valley hospital after the attack";

	private static final String AMBULANCES = "Ambulance safe passage across the divided city";

	private static final String VACCINATION = "Vaccination days in the northern neighbourhoods";

	/** As negotiation's demo opens the hospital case: 150 days ago. */
	private static final int HOSPITAL_OPENED_DAYS_AGO = 150;

	private static final Area SIERRA = new Area("MX", "Guerrero", "Sierra Alta");

	private static final Area VALLE = new Area("MX", "Guerrero", "Valle");

	private static final Area CITY = new Area("SV", "San Salvador", null);

	private static final Area NORTH = new Area("SV", "San Salvador", "Zona norte");

	private final AccessConstraints constraints;

	private final AccessSeverities severities;

	private final DemoTimeline timeline;

	private final TeamCalendar calendar;

	private final JdbcTemplate jdbc;

	DemoAccess(AccessConstraints constraints, AccessSeverities severities, DemoTimeline timeline, TeamCalendar calendar,
			DataSource dataSource) {
		this.constraints = constraints;
		this.severities = severities;
		this.timeline = timeline;
		this.calendar = calendar;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.queryForObject("SELECT count(*) FROM access_severity", Long.class) > 0
				|| this.jdbc.queryForObject("SELECT count(*) FROM negotiation_case", Long.class) > 0) {
			return;
		}
		log.info("Demo profile: access constraints of Guerrero and the divided city go on the demo's timeline.");
		LocalDate today = this.calendar.today();
		guerrero(today);
		divided(today);
	}

	private void guerrero(LocalDate today) {
		LocalDate clinicOpened = today.minusDays(240);
		LocalDate agreed = today.minusMonths(3);
		constraint("field.mx", agreed.plusDays(7), "11:30",
				(mx) -> form(SIERRA, clinicOpened.minusMonths(6), agreed, AccessSubtype.CHECKPOINT_EXTORTION,
						"Three checkpoints of the cartel on the valley road charge every vehicle; the clinic's "
								+ "driver was asked for a fee at each and the team turned back.",
						List.of(caseId(CLINIC)), List.of(), List.of(group("Cártel del Sierra Alta"))));
		constraint("field.mx", today.minusDays(38), "17:15",
				(mx) -> form(SIERRA, today.minusDays(40), null, AccessSubtype.BENEFICIARY_LIST_DEMANDS,
						"A man of the cartel asked the nurse for the list of the patients seen in the upper "
								+ "villages; she refused and told the parish priest.",
						List.of(caseId(CLINIC)), List.of(), List.of(group("Cártel del Sierra Alta"))));
		LocalDate hospitalOpened = today.minusDays(HOSPITAL_OPENED_DAYS_AGO);
		constraint("field.mx", hospitalOpened.plusDays(2), "09:50",
				(mx) -> form(VALLE, hospitalOpened.minusDays(6), null, AccessSubtype.ATTACK_ON_PREMISES,
						"Armed men entered the emergency ward of the valley hospital; staff fled for two days and "
								+ "the ward stayed closed at night since.",
						List.of(caseId(HOSPITAL)), incidentsOf(HOSPITAL),
						List.of(group("Autodefensas Comunitarias del Valle"))));
		rate("field.mx", SIERRA, today, new Integer[] { 3, 3, 2, 1, 1, 2 },
				"Three checkpoints of the cartel; the clinic turned back twice.",
				"The checkpoints still tax every vehicle; no visit reached the upper villages.",
				"Safe passage agreed through the parish priest; stopped once at the upper checkpoint.",
				"The Tuesday visits held every week; delays at the checkpoints only.",
				"Visits held; an hour's delay at the bridge once.",
				"Armed men near the clinic on two visits; the list of patients demanded.");
		rate("field.mx", VALLE, today, new Integer[] { 3, 2, 2, 1, null, 1 },
				"Armed men in the emergency ward; the hospital closed at night.",
				"The ward reopened by day; the self-defence group at the gate.",
				"Ground rules under negotiation; patients searched at the gate.", "Ground rules in force.", null,
				"No armed men at the hospital; night shifts back.");
	}

	private void divided(LocalDate today) {
		LocalDate opened = today.minusDays(205);
		constraint("field.sv", opened.plusDays(1), "17:20",
				(sv) -> form(CITY, opened.minusYears(1), null, AccessSubtype.INVISIBLE_BORDER,
						"Ambulances do not cross the boundary between Mara Norte and Barrio Once at night since a "
								+ "driver was shot; crews from one side are taken for the other's.",
						List.of(caseId(AMBULANCES)), List.of(), List.of(group("Mara Norte"), group("Barrio Once"))));
		constraint("field.sv", today.minusDays(2), "12:10",
				(sv) -> form(CITY, today.minusDays(3), null, AccessSubtype.THREAT,
						"The crew of an ambulance held at the Barrio Once boundary was threatened for two hours.",
						List.of(caseId(AMBULANCES)), List.of(), List.of(group("Barrio Once"))));
		constraint("field.sv", today.minusDays(24), "15:00",
				(sv) -> form(NORTH, today.minusDays(25), null, AccessSubtype.SERVICES_DENIED_BY_TERRITORY,
						"Families of the northern neighbourhoods do not take their children to the health unit in "
								+ "the south, on the other side of the boundary.",
						List.of(caseId(VACCINATION)), List.of(), List.of(group("Mara Norte"))));
		rate("field.sv", CITY, today, new Integer[] { 2, 2, 2, 1, 1, 3 }, "No ambulance crosses the boundary at night.",
				"Same; two patients from the north died on the way.",
				"Talks with the spokespeople in prison; no change on the street.",
				"The agreement in force: ambulances cross by day and night.", "Every crossing kept.",
				"Barrio Once held an ambulance at the boundary and threatened its crew; the agreement breached.");
		rate("field.sv", NORTH, today, new Integer[] { null, null, null, 2, 2, 2 }, null, null, null,
				"Children of the north not taken to the southern health unit.", "Same.",
				"Vaccination days planned in the neighbourhood itself.");
	}

	/**
	 * Rates the last six months, the oldest first, each on the second day of the next
	 * month (this month today); a null is a month not rated.
	 */
	private void rate(String officer, Area area, LocalDate today, Integer[] severity, String... reasons) {
		YearMonth now = YearMonth.from(today);
		for (int i = 0; i < severity.length; i++) {
			if (severity[i] == null) {
				continue;
			}
			YearMonth month = now.minusMonths(severity.length - 1L - i);
			LocalDate on = month.equals(now) ? today : month.plusMonths(1).atDay(2);
			int level = severity[i];
			String why = reasons[i];
			this.timeline.at(this.timeline.on(on, month.equals(now) ? "07:30" : "09:00"), officer,
					(user) -> this.severities.record(new SeverityForm(null, area.country(), area.region(),
							area.locality(), month, level, why, null), user));
		}
	}

	private void constraint(String officer, LocalDate on, String time,
			java.util.function.Function<CurrentUser, ConstraintForm> form) {
		this.timeline.at(this.timeline.on(on, time), officer,
				(user) -> this.constraints.record(form.apply(user), user));
	}

	private static ConstraintForm form(Area area, LocalDate from, LocalDate to, AccessSubtype subtype,
			String description, List<Long> cases, List<Long> incidents, List<Long> groups) {
		return new ConstraintForm(null, area.country(), area.region(), area.locality(), from, to, subtype.category(),
				subtype, description, cases, incidents, groups);
	}

	private long caseId(String title) {
		return this.jdbc.queryForObject("SELECT id FROM negotiation_case WHERE title = ?", Long.class, title);
	}

	private List<Long> incidentsOf(String title) {
		return this.jdbc
			.queryForList("SELECT i.id FROM security_incident i JOIN negotiation_case c ON c.id = i.case_id "
					+ "WHERE c.title = ? ORDER BY i.id", Long.class, title);
	}

	private long group(String name) {
		return this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = ?", Long.class, name);
	}

}
