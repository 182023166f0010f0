package org.parley.negotiation.demo;

import org.parley.negotiation.MethodStep;
import org.parley.negotiation.casefile.CaseMoved;
import org.parley.negotiation.step.measures.MeasurementForm;
import org.parley.negotiation.step.measures.Measurements;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.parley.shared.CurrentUser;
import org.parley.shared.TeamCalendar;

import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The follow-up of the demo cases: when the agreement module's demo puts a demo case's
 * agreement in force and the case reaches follow-up, its first measure of effectiveness
 * is counted at the end of each month since the agreement started, as the team would have
 * done. Only the demo cases, only once (a case already measured is left alone).
 */
@Component
@Profile("demo")
class DemoFollowUp {

	/**
	 * What each demo case measured: months since its agreement started, the monthly
	 * values, the source and a note on the first.
	 */
	private static final Map<String, Measured> MEASURED = Map.of("Mobile clinic access to eleven mountain villages",
			new Measured(3, new int[] { 180, 340, 455 }, "Clinic register",
					"First month: two Tuesdays lost to road blocks."),
			"Ambulance safe passage across the divided city",
			new Measured(2, new int[] { 14, 22 }, "Ambulance service log", null),
			"Protection of the valley hospital after the attack",
			new Measured(1, new int[] { 26 }, "Hospital director", null));

	private final Measurements measurements;

	private final UserDetailsService users;

	private final TeamCalendar calendar;

	private final JdbcTemplate jdbc;

	DemoFollowUp(Measurements measurements, UserDetailsService users, TeamCalendar calendar, DataSource dataSource) {
		this.measurements = measurements;
		this.users = users;
		this.calendar = calendar;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@EventListener
	void on(CaseMoved moved) {
		if (moved.to() != MethodStep.FOLLOW_UP || moved.from() != MethodStep.AGREEMENT) {
			return;
		}
		String title = this.jdbc.queryForObject("SELECT title FROM negotiation_case WHERE id = ?", String.class,
				moved.caseId());
		Measured measured = MEASURED.get(title);
		if (measured == null || this.jdbc.queryForObject("SELECT count(*) FROM moe_measurement WHERE case_id = ?",
				Long.class, moved.caseId()) > 0) {
			return;
		}
		CurrentUser user = (CurrentUser) this.users.loadUserByUsername(moved.actor());
		LocalDate today = this.calendar.today();
		LocalDate start = today.minusMonths(measured.monthsAgo());
		List<Long> moes = this.jdbc.queryForList("SELECT id FROM case_moe WHERE case_id = ? ORDER BY id", Long.class,
				moved.caseId());
		if (moes.isEmpty()) {
			return;
		}
		for (int month = 0; month < measured.values().length; month++) {
			LocalDate counted = start.plusMonths(month + 1).withDayOfMonth(1).minusDays(1);
			LocalDate measuredOn = counted.isAfter(today) ? today : counted;
			this.measurements.add(moved.caseId(), moes.get(0),
					new MeasurementForm(measuredOn, BigDecimal.valueOf(measured.values()[month]), measured.source(),
							(month == 0) ? measured.firstNote() : null),
					user);
		}
	}

	private record Measured(int monthsAgo, int[] values, String source, String firstNote) {
	}

}
