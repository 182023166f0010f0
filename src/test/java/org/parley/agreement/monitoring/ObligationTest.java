package org.parley.agreement.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.agreement.AgreementDraft;
import org.parley.agreement.CheckResult;
import org.parley.agreement.Commitment;
import org.parley.agreement.CommitmentCategory;
import org.parley.agreement.DisputeSettlement;
import org.parley.agreement.FormOfAgreement;
import org.parley.agreement.ObligationDue;
import org.parley.agreement.ObligationKind;
import org.parley.agreement.Party;
import org.parley.agreement.PartyKind;
import org.parley.agreement.Recurrence;
import org.parley.agreement.SigningStatus;
import org.parley.agreement.Stage;
import org.parley.armedgroup.Stance;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamCalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An obligation of an agreement in force (a compliance check, a review of a group) falls
 * due, goes overdue and is announced on the teams' calendar days, whatever the hour in
 * UTC and across a change of daylight-saving time (New York leaves it on Sunday 1
 * November 2026 and enters it on Sunday 8 March 2026); it is recorded once, never dated
 * before it fell due. Without Spring or a database.
 */
class ObligationTest {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final Instant NOW = Instant.parse("2026-10-01T12:00:00Z");

	private static final Obligation.Scheduled AGREEMENT = new Obligation.Scheduled(1, 7, 3);

	@Test
	void aWeeklyCheckFallsDueAtMidnightOnTheTeamsCalendarBeforeAndAfterTheClockChange() {
		// Tuesday 27 October: still daylight-saving time, midnight is 04:00 UTC.
		ComplianceCheck before = check(weekly(), LocalDate.of(2026, 10, 27));
		assertThat(before.due(today("2026-10-27T03:59:00Z"))).isFalse();
		assertThat(before.due(today("2026-10-27T04:01:00Z"))).isTrue();
		// Tuesday 3 November: standard time since Sunday, midnight is 05:00 UTC.
		ComplianceCheck after = check(weekly(), LocalDate.of(2026, 11, 3));
		assertThat(after.due(today("2026-11-03T04:30:00Z"))).isFalse();
		assertThat(after.due(today("2026-11-03T05:01:00Z"))).isTrue();
	}

	@Test
	void aCheckGoesOverdueWhenItsWindowHasEndedUnrecorded() {
		// Weekly: three days to record it. Due Friday 30 October, recorded by Monday 2
		// November, which is standard time: overdue from 05:00 UTC on the 3rd.
		ComplianceCheck weekly = check(weekly(), LocalDate.of(2026, 10, 30));
		assertThat(weekly.getWindowEnds()).isEqualTo(LocalDate.of(2026, 11, 2));
		assertThat(weekly.overdue(today("2026-11-03T04:59:00Z"))).isFalse();
		assertThat(weekly.overdue(today("2026-11-03T05:00:00Z"))).isTrue();
		// Monthly or once: a week.
		assertThat(check(monthly(), LocalDate.of(2026, 10, 5)).getWindowEnds()).isEqualTo(LocalDate.of(2026, 10, 12));
		// Recorded, it is no longer overdue.
		weekly.record(new CheckRecord(CheckResult.COMPLIED, null, null, LocalDate.of(2026, 10, 30)), "field.mx", NOW);
		assertThat(weekly.overdue(LocalDate.of(2026, 12, 1))).isFalse();
	}

	@Test
	void aReviewOfAGroupHasTwoWeeksAndIsRecordedOnceNeverBeforeItFellDue() {
		GroupReview review = saved(new GroupReview(AGREEMENT, 42, LocalDate.of(2026, 10, 31), NOW), 12);
		assertThat(review.getWindowEnds()).isEqualTo(LocalDate.of(2026, 11, 14));
		assertThat(review.overdue(LocalDate.of(2026, 11, 14))).isFalse();
		assertThat(review.overdue(LocalDate.of(2026, 11, 15))).isTrue();
		assertThatThrownBy(() -> review.record(review(LocalDate.of(2026, 10, 30)), "field.mx", NOW))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.monitoring.before-due")
			.extracting((e) -> ((RuleViolation) e).field())
			.isEqualTo("reviewedOn");
		review.record(review(LocalDate.of(2026, 11, 2)), "field.mx", NOW);
		assertThat(review.view("Cártel del Sierra Alta", LocalDate.of(2026, 11, 20)).recorded()).isTrue();
		assertThatThrownBy(() -> review.record(review(LocalDate.of(2026, 11, 2)), "field.mx", NOW))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.monitoring.already-recorded");
	}

	@Test
	void aCheckIsRecordedOnceNotBeforeItFellDueAndANotKeptCommitmentNeedsEvidence() {
		ComplianceCheck check = saved(check(monthly(), LocalDate.of(2026, 10, 5)), 11);
		assertThatThrownBy(() -> check
			.record(new CheckRecord(CheckResult.COMPLIED, null, null, LocalDate.of(2026, 10, 4)), "field.mx", NOW))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.check.before-due");
		assertThatThrownBy(() -> check
			.record(new CheckRecord(CheckResult.VIOLATED, " ", null, LocalDate.of(2026, 10, 6)), "field.mx", NOW))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.check.evidence-required");
		check.record(new CheckRecord(CheckResult.PARTLY_COMPLIED, "Two armed men on the road", "Clinic team",
				LocalDate.of(2026, 10, 6)), "field.mx", NOW);
		assertThat(check.view(LocalDate.of(2026, 10, 7)).recordedBy()).isEqualTo("field.mx");
		assertThatThrownBy(() -> check
			.record(new CheckRecord(CheckResult.COMPLIED, null, null, LocalDate.of(2026, 10, 6)), "field.mx", NOW))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.check.already-recorded");
	}

	@Test
	void anObligationIsAnnouncedOnceDueThenAsOverdueAndNoMoreOnceRecorded() {
		ComplianceCheck check = saved(check(weekly(), LocalDate.of(2026, 11, 3)), 11);
		check.announce(LocalDate.of(2026, 11, 2));
		assertThat(check.events()).isEmpty();
		check.announce(LocalDate.of(2026, 11, 3));
		check.announce(LocalDate.of(2026, 11, 7));
		assertThat(check.events()).containsExactly(
				new ObligationDue(ObligationKind.COMPLIANCE_CHECK, 11, 1, 7, 3, LocalDate.of(2026, 11, 3), false),
				new ObligationDue(ObligationKind.COMPLIANCE_CHECK, 11, 1, 7, 3, LocalDate.of(2026, 11, 3), true));
		GroupReview review = saved(new GroupReview(AGREEMENT, 42, LocalDate.of(2026, 11, 3), NOW), 12);
		review.record(review(LocalDate.of(2026, 11, 3)), "field.mx", NOW);
		review.announce(LocalDate.of(2026, 11, 30));
		assertThat(review.events()).isEmpty();
	}

	@Test
	void aWeekAheadOfChecksAndMonthlyReviewsCountedFromTheApprovalDayOnTheTeamsCalendar() {
		AgreementDraft inForce = new AgreementDraft("Passage", FormOfAgreement.VERBAL, null, null, null,
				LocalDate.of(2026, 1, 31), LocalDate.of(2026, 11, 6), "Passage", null, Stage.IMPLEMENTATION,
				SigningStatus.VERBAL_OR_UNCLEAR, DisputeSettlement.NONE,
				List.of(new Party(PartyKind.ARMED_GROUP, 42L, "Cártel del Sierra Alta")), List.of(weekly()));
		// Checks: every Tuesday from the start, up to a week ahead but not past the end.
		Map<Commitment, List<LocalDate>> checks = WeekAhead.checks(inForce, LocalDate.of(2026, 11, 2));
		assertThat(checks.get(weekly())).endsWith(LocalDate.of(2026, 10, 27), LocalDate.of(2026, 11, 3));
		// HQ approved at 23:30 on 7 March in New York (04:30 UTC on the 8th, the night
		// the clocks went forward): the first review is on the 31st of March.
		TeamCalendar calendar = calendarAt("2026-03-08T04:30:00Z");
		LocalDate approvedOn = calendar.dayOf(Instant.parse("2026-03-08T04:30:00Z"));
		assertThat(approvedOn).isEqualTo(LocalDate.of(2026, 3, 7));
		assertThat(WeekAhead.reviews(inForce, approvedOn, LocalDate.of(2026, 5, 25)))
			.containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31));
		assertThat(WeekAhead.reviews(inForce, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1))).isEmpty();
	}

	/** As the database would: with an id. */
	private static <T extends Obligation> T saved(T obligation, long id) {
		try {
			java.lang.reflect.Field field = Obligation.class.getDeclaredField("id");
			field.setAccessible(true);
			field.set(obligation, id);
			return obligation;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static LocalDate today(String instant) {
		return calendarAt(instant).today();
	}

	private static TeamCalendar calendarAt(String instant) {
		return new TeamCalendar(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), NEW_YORK);
	}

	private static ComplianceCheck check(Commitment commitment, LocalDate dueOn) {
		return new ComplianceCheck(AGREEMENT, commitment, dueOn, NOW);
	}

	private static Commitment weekly() {
		return new Commitment("k-passage", "The group", "Safe passage", CommitmentCategory.SAFE_PASSAGE, null,
				Recurrence.WEEKLY, 2, "Parish reports");
	}

	private static Commitment monthly() {
		return new Commitment("k-report", "The group", "Report", CommitmentCategory.OTHER, null, Recurrence.MONTHLY, 5,
				"Minutes");
	}

	private static GroupReviewRecord review(LocalDate on) {
		return new GroupReviewRecord(Stance.AMBIVALENT, null, "The plaza chief", null, null, false, on);
	}

}
