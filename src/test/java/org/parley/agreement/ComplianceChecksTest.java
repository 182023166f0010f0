package org.parley.agreement;

import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.agreement.internal.ImplementationScores;
import org.parley.agreement.monitoring.CheckRecord;
import org.parley.agreement.monitoring.ObligationSchedule;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Compliance checks scheduled from commitments: across a weekly recurrence and a change
 * of daylight-saving time (dates are the teams' calendar days), idempotent, overdue when
 * their window ends, expiry at the end date, and one run at a time across instances.
 */
@RecordApplicationEvents
class ComplianceChecksTest extends AgreementIntegrationTest {

	@Autowired
	MutableClock clock;

	@Autowired
	ImplementationScores scores;

	private JdbcTemplate jdbc;

	private long caseId;

	@BeforeEach
	void aCaseAtTheAgreementStep() throws Exception {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.caseId = AgreementFixtures.aCaseAtTheAgreementStep(this.mvc, this.users, this.jdbc);
	}

	@Test
	void weeklyChecksFallOnTheirWeekdayAcrossAClockChangeAndASecondRunAddsNothing() {
		// Valid from Tuesday 20 October 2026; the United States leave daylight-saving
		// time on
		// 1 November, Mexico no longer keeps it: checks are calendar days either way.
		long id = inForce(LocalDate.of(2026, 10, 20), null, Recurrence.WEEKLY, 2);
		this.schedule.scheduleChecks(LocalDate.of(2026, 11, 5));
		List<LocalDate> due = dueDates(id);
		assertThat(due).containsExactly(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 27),
				LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 10));
		assertThat(due).allMatch((d) -> d.getDayOfWeek() == DayOfWeek.TUESDAY);
		this.schedule.scheduleChecks(LocalDate.of(2026, 11, 5));
		assertThat(dueDates(id)).hasSize(4);
		this.schedule.scheduleChecks(LocalDate.of(2026, 11, 12));
		assertThat(dueDates(id)).hasSize(5).last().isEqualTo(LocalDate.of(2026, 11, 17));
	}

	@Test
	void aCheckFallsDueOnTheTeamsCalendarDayNotOnUtcs() {
		// Weekly on Tuesdays from Tuesday 3 November 2026. At 04:30 UTC on the 3rd it is
		// still Monday evening in Mexico City (UTC-6 all year since 2022): not yet due.
		long id = inForce(LocalDate.of(2026, 11, 3), null, Recurrence.WEEKLY, 2);
		this.schedule.scheduleChecks(id, LocalDate.of(2026, 11, 3));
		CurrentUser mx = user("field.mx");
		try (MutableClock.Pinned night = this.clock.pinAt(Instant.parse("2026-11-03T04:30:00Z"))) {
			assertThat(this.calendar.today()).isEqualTo(LocalDate.of(2026, 11, 2));
			assertThat(this.obligations.checksOf(id, mx)).filteredOn((c) -> c.dueOn().equals(LocalDate.of(2026, 11, 3)))
				.singleElement()
				.satisfies((c) -> assertThat(c.due()).isFalse());
		}
		try (MutableClock.Pinned morning = this.clock.pinAt(Instant.parse("2026-11-03T06:30:00Z"))) {
			assertThat(this.calendar.today()).isEqualTo(LocalDate.of(2026, 11, 3));
			assertThat(this.obligations.checksOf(id, mx)).filteredOn((c) -> c.dueOn().equals(LocalDate.of(2026, 11, 3)))
				.singleElement()
				.satisfies((c) -> assertThat(c.due()).isTrue());
		}
		// Recorded by Friday the 6th: overdue only once Saturday has begun in Mexico
		// City.
		try (MutableClock.Pinned friday = this.clock.pinAt(Instant.parse("2026-11-07T05:59:00Z"))) {
			assertThat(this.obligations.checksOf(id, mx)).filteredOn((c) -> c.dueOn().equals(LocalDate.of(2026, 11, 3)))
				.singleElement()
				.satisfies((c) -> assertThat(c.overdue()).isFalse());
		}
		try (MutableClock.Pinned saturday = this.clock.pinAt(Instant.parse("2026-11-07T06:01:00Z"))) {
			assertThat(this.obligations.checksOf(id, mx)).filteredOn((c) -> c.dueOn().equals(LocalDate.of(2026, 11, 3)))
				.singleElement()
				.satisfies((c) -> assertThat(c.overdue()).isTrue());
		}
		AgreementFixtures.retire(this.jdbc, id);
	}

	@Test
	void anUnrecordedCheckIsOverdueForHqUntilTheTeamRecordsItWithEvidence() throws Exception {
		long id = inForce(LocalDate.of(2026, 10, 1), null, Recurrence.MONTHLY, 5);
		this.schedule.scheduleChecks(LocalDate.of(2026, 10, 30));
		long check = this.jdbc.queryForObject(
				"SELECT id FROM compliance_check WHERE agreement_id = ? " + "AND due_on = '2026-10-05'", Long.class,
				id);
		this.mvc.perform(get("/").param("lang", "en").with(as(this.users, "hq")))
			.andExpect(content().string(allOf(containsString("Compliance checks overdue in your teams"),
					containsString("#check-" + check))));
		this.mvc.perform(get("/agreements/" + id).param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(content().string(containsString("overdue-check")));

		CurrentUser mx = user("field.mx");
		assertThatThrownBy(() -> this.recording.recordCheck(check, 0,
				new CheckRecord(CheckResult.COMPLIED, null, null, LocalDate.of(2026, 10, 4)), false, mx))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("agreement.check.before-due");
		assertThatThrownBy(() -> this.recording.recordCheck(check, 0,
				new CheckRecord(CheckResult.VIOLATED, null, null, LocalDate.of(2026, 10, 6)), false, mx))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("agreement.check.evidence-required");
		this.mvc
			.perform(post("/agreements/" + id + "/checks/" + check).with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", "0")
				.param("result", "VIOLATED")
				.param("checkedOn", "2026-10-06")
				.param("evidence", "Armed men stood at the clinic door on the 5th")
				.param("source", "Clinic team"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForMap("SELECT result, recorded_by FROM compliance_check WHERE id = ?", check))
			.containsEntry("result", "VIOLATED")
			.containsEntry("recorded_by", "field.mx");
		assertThat(this.obligations.overdueChecks(user("hq"))).noneMatch((c) -> c.id() == check);
		// Another team's officer cannot record it.
		this.mvc
			.perform(post("/agreements/" + id + "/checks/" + check).with(as(this.users, "field.sv"))
				.with(csrf())
				.param("version", "1")
				.param("result", "COMPLIED")
				.param("checkedOn", "2026-10-06"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aViolationMarksTheAgreementBreachedAndSendsTheCaseBackToRoundsInOneStep() throws Exception {
		long id = inForce(LocalDate.of(2026, 10, 1), null, Recurrence.WEEKLY, 2);
		this.jdbc.update("UPDATE negotiation_case SET current_step = 'FOLLOW_UP' WHERE id = ?", this.caseId);
		this.schedule.scheduleChecks(LocalDate.of(2026, 10, 8));
		long check = this.jdbc.queryForObject(
				"SELECT id FROM compliance_check WHERE agreement_id = ? " + "AND due_on = '2026-10-06'", Long.class,
				id);
		this.mvc
			.perform(post("/agreements/" + id + "/checks/" + check).with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", "0")
				.param("result", "VIOLATED")
				.param("checkedOn", "2026-10-06")
				.param("evidence", "The ambulance was stopped at the boundary for two hours")
				.param("breach", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForMap("SELECT status, status_reason FROM agreement WHERE id = ?", id))
			.containsEntry("status", "BREACHED")
			.containsEntry("status_reason", "The ambulance was stopped at the boundary for two hours");
		assertThat(this.jdbc.queryForMap(
				"SELECT kind, to_step, reason FROM case_transition WHERE case_id = ? " + "ORDER BY id DESC LIMIT 1",
				this.caseId))
			.containsEntry("kind", "BACK")
			.containsEntry("to_step", "NEGOTIATION_ROUNDS")
			.containsEntry("reason", "The ambulance was stopped at the boundary for two hours");
		// Breached: the next week's open check is no longer asked for nor overdue for HQ,
		// but it stays on the agreement's page, where it can still be recorded.
		long next = this.jdbc.queryForObject(
				"SELECT id FROM compliance_check WHERE agreement_id = ? AND due_on = '2026-10-13'", Long.class, id);
		assertThat(this.obligations.overdueChecks(user("hq"))).noneMatch((c) -> c.id() == next);
		assertThat(this.obligations.checksToRecord(user("field.mx"))).noneMatch((c) -> c.id() == next);
		assertThat(this.obligations.checksOf(id, user("field.mx"))).anyMatch((c) -> c.id() == next);
	}

	@Test
	void implementationIsScoredPerMonthAndRolledUpAsAPercentageOfTheFullScore() throws Exception {
		long id = inForce(LocalDate.of(2026, 9, 1), null, Recurrence.WEEKLY, 2);
		String key = this.jdbc.queryForObject(
				"SELECT c.commitment_key FROM agreement_commitment c "
						+ "JOIN agreement_version v ON v.id = c.agreement_version_id WHERE v.agreement_id = ?",
				String.class, id);
		score(id, key, "2026-09", "3").andExpect(status().is3xxRedirection());
		score(id, key, "2026-10", "1").andExpect(status().is3xxRedirection());
		score(id, key, "2026-10", "2").andExpect(status().is3xxRedirection());
		ImplementationScores.Summary summary = this.scores.summary(id);
		assertThat(summary.overall()).containsEntry(LocalDate.of(2026, 9, 1), 100)
			.containsEntry(LocalDate.of(2026, 10, 1), 67);
		assertThat(summary.byCategory().get(CommitmentCategory.SAFE_PASSAGE)).containsEntry(LocalDate.of(2026, 10, 1),
				67);
		this.mvc.perform(get("/agreements/" + id).param("lang", "en").with(as(this.users, "hq")))
			.andExpect(
					content().string(allOf(containsString("Implementation, month by month"), containsString("67%"))));
		score(id, key, "2099-01", "3").andExpect(content().string(containsString("this month or an earlier one")));
		this.mvc
			.perform(post("/agreements/" + id + "/scores").with(as(this.users, "field.sv"))
				.with(csrf())
				.param("commitment", key)
				.param("month", "2026-10")
				.param("score", "0"))
			.andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.ResultActions score(long id, String key, String month, String value)
			throws Exception {
		return this.mvc.perform(post("/agreements/" + id + "/scores").with(as(this.users, "field.mx"))
			.with(csrf())
			.param("lang", "en")
			.param("commitment", key)
			.param("month", month)
			.param("score", value));
	}

	@Test
	void anAgreementExpiresAtItsEndDateAndGetsNoMoreChecks() throws Exception {
		long id = inForce(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), Recurrence.WEEKLY, 4);
		this.schedule.scheduleChecks(LocalDate.of(2026, 11, 2));
		assertThat(this.jdbc.queryForObject("SELECT status FROM agreement WHERE id = ?", String.class, id))
			.isEqualTo("EXPIRED");
		assertThat(dueDates(id)).isEmpty();
		this.mvc.perform(get("/agreements/" + id).param("lang", "es").with(as(this.users, "field.mx")))
			.andExpect(content().string(containsString("la fecha de fin de la versión vigente, 2026-10-31, ya pasó")));
		// An ended agreement takes no new version.
		this.mvc
			.perform(post("/agreements/" + id + "/revise").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "en")
				.param("version", Long
					.toString(this.jdbc.queryForObject("SELECT version FROM agreement WHERE id = ?", Long.class, id))))
			.andExpect(content().string(containsString("This agreement has ended")));
	}

	/**
	 * The hourly run tells the team of a check once when it falls due and once when it is
	 * overdue, however often it runs: it used to announce every open one on every run (at
	 * scale, every unrecorded check for every team member, every hour).
	 */
	@Test
	void aCheckIsAnnouncedOnceWhenDueAndOnceWhenOverdueHoweverOftenTheScheduleRuns(ApplicationEvents events) {
		long id = inForce(LocalDate.of(2026, 10, 20), null, Recurrence.WEEKLY, 2);
		this.schedule.runOnce(LocalDate.of(2026, 10, 20));
		this.schedule.runOnce(LocalDate.of(2026, 10, 20));
		long check = this.jdbc.queryForObject(
				"SELECT id FROM compliance_check WHERE agreement_id = ? AND due_on = DATE '2026-10-20'", Long.class,
				id);
		assertThat(announcements(events, check)).containsExactly(false);
		assertThat(announced(check)).isEqualTo("DUE");

		this.schedule.runOnce(LocalDate.of(2026, 10, 28));
		this.schedule.runOnce(LocalDate.of(2026, 10, 29));
		assertThat(announcements(events, check)).as("due, then overdue once its window ended")
			.containsExactly(false, true);
		assertThat(announced(check)).isEqualTo("OVERDUE");
		long next = this.jdbc.queryForObject(
				"SELECT id FROM compliance_check WHERE agreement_id = ? AND due_on = DATE '2026-10-27'", Long.class,
				id);
		assertThat(announcements(events, next)).containsExactly(false);
	}

	private static List<Boolean> announcements(ApplicationEvents events, long check) {
		return events.stream(ObligationDue.class)
			.filter((event) -> event.kind() == ObligationKind.COMPLIANCE_CHECK && event.id() == check)
			.map(ObligationDue::overdue)
			.toList();
	}

	private String announced(long check) {
		return this.jdbc.queryForObject("SELECT announced FROM compliance_check WHERE id = ?", String.class, check);
	}

	@Test
	void aSecondInstanceSkipsWhileOneIsScheduling() throws Exception {
		try (Connection other = this.dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (var statement = other.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
				statement.setLong(1, ObligationSchedule.LOCK);
				statement.execute();
			}
			assertThat(this.schedule.runOnce(LocalDate.of(2026, 11, 5))).isFalse();
			other.rollback();
		}
		assertThat(this.schedule.runOnce(LocalDate.of(2026, 11, 5))).isTrue();
	}

	private long inForce(LocalDate from, LocalDate to, Recurrence recurrence, int day) {
		return AgreementFixtures.inForce(this.workflow, this.agreements, this.users, this.caseId, from, to, recurrence,
				day);
	}

	private List<LocalDate> dueDates(long agreementId) {
		return this.jdbc.queryForList("SELECT due_on FROM compliance_check WHERE agreement_id = ? ORDER BY due_on",
				LocalDate.class, agreementId);
	}

	private CurrentUser user(String username) {
		return AgreementFixtures.user(this.users, username);
	}

}
