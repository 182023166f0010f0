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

import org.parley.shared.DemoTimeline;
import org.parley.shared.TeamCalendar;

import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The follow-up of the demo cases: when the agreement module's demo puts a demo case's
 * agreement in force and the case reaches follow-up, its first measure of effectiveness
 * is counted at the end of each month since, by the user who moved it, each on the demo's
 * timeline at the evening of the day counted, as the team would have done. Only the demo
 * cases while the timeline plays, only once (a case already measured is left alone).
 */
@Component
@Profile("demo")
class DemoFollowUp {

	/**
	 * What each demo case measured: months since its agreement started, the monthly
	 * values, the source and a note on the first.
	 */
	private static final Map<String, Measured> MEASURED = Map.of(DemoMexico.CLINIC,
			new Measured(new int[] { 180, 340, 455 }, "Clinic register",
					"First month: two Tuesdays lost to road blocks."),
			DemoSalvador.AMBULANCES, new Measured(new int[] { 14, 22 }, "Ambulance service log", null),
			DemoMexico.HOSPITAL, new Measured(new int[] { 26 }, "Hospital director", null));

	private final Measurements measurements;

	private final DemoTimeline timeline;

	private final TeamCalendar calendar;

	private final JdbcTemplate jdbc;

	DemoFollowUp(Measurements measurements, DemoTimeline timeline, TeamCalendar calendar, DataSource dataSource) {
		this.measurements = measurements;
		this.timeline = timeline;
		this.calendar = calendar;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@EventListener
	void on(CaseMoved moved) {
		if (!this.timeline.playing() || moved.to() != MethodStep.FOLLOW_UP || moved.from() != MethodStep.AGREEMENT) {
			return;
		}
		String title = this.jdbc.queryForObject("SELECT title FROM negotiation_case WHERE id = ?", String.class,
				moved.caseId());
		Measured measured = MEASURED.get(title);
		if (measured == null || this.jdbc.queryForObject("SELECT count(*) FROM moe_measurement WHERE case_id = ?",
				Long.class, moved.caseId()) > 0) {
			return;
		}
		// Played at the day the agreement started.
		LocalDate start = this.calendar.today();
		List<Long> moes = this.jdbc.queryForList("SELECT id FROM case_moe WHERE case_id = ? ORDER BY id", Long.class,
				moved.caseId());
		if (moes.isEmpty()) {
			return;
		}
		// Each month's figures are taken on its last day, or, for a month ended in the
		// last days of the demo's history, some days before the agreement module's demo
		// has the ambulances' agreement breached (which sends that case back to the
		// rounds, where nothing is measured).
		LocalDate latest = this.timeline.loadDay().minusDays(11);
		for (int month = 0; month < measured.values().length; month++) {
			LocalDate endOfMonth = start.plusMonths(month + 1).withDayOfMonth(1).minusDays(1);
			LocalDate counted = endOfMonth.isAfter(latest) ? latest : endOfMonth;
			MeasurementForm form = new MeasurementForm(counted, BigDecimal.valueOf(measured.values()[month]),
					measured.source(), (month == 0) ? measured.firstNote() : null);
			this.timeline.at(this.timeline.on(counted, "18:30"), moved.actor(),
					(user) -> this.measurements.add(moved.caseId(), moes.get(0), form, user));
		}
	}

	/** What a case counted: one value a month since its agreement started. */
	private record Measured(int[] values, String source, String firstNote) {
	}

}
