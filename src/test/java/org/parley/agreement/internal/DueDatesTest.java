package org.parley.agreement.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parley.agreement.AgreementDraft;
import org.parley.agreement.Commitment;
import org.parley.agreement.CommitmentCategory;
import org.parley.agreement.DisputeSettlement;
import org.parley.agreement.FormOfAgreement;
import org.parley.agreement.Party;
import org.parley.agreement.PartyKind;
import org.parley.agreement.Recurrence;
import org.parley.agreement.SigningStatus;
import org.parley.agreement.Stage;
import org.parley.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When commitments and reviews fall due: once, weekly on a weekday, monthly on a day, or
 * monthly from a start that may be the 31st; and the rule that a recurrence must fall at
 * least once within the agreement's validity. Plain calendar days: no clock, no zone.
 */
class DueDatesTest {

	@Test
	void aWeeklyCommitmentFallsOnItsWeekdayFromTheStartOfValidity() {
		// Valid from Wednesday 21 October 2026; due on Tuesdays.
		List<LocalDate> due = DueDates.of(weekly(2), LocalDate.of(2026, 10, 21))
			.between(LocalDate.of(2026, 10, 21), LocalDate.of(2026, 11, 10));
		assertThat(due).containsExactly(LocalDate.of(2026, 10, 27), LocalDate.of(2026, 11, 3),
				LocalDate.of(2026, 11, 10));
		assertThat(due).allMatch((d) -> d.getDayOfWeek() == DayOfWeek.TUESDAY);
	}

	@Test
	void aMonthlyCommitmentFallsOnItsDayFromTheFirstMonthItCanFallIn() {
		assertThat(DueDates.of(monthly(5), LocalDate.of(2026, 10, 6))
			.between(LocalDate.of(2026, 10, 6), LocalDate.of(2027, 1, 31)))
			.containsExactly(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 12, 5), LocalDate.of(2027, 1, 5));
		assertThat(DueDates.of(monthly(5), LocalDate.of(2026, 10, 5))
			.between(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 31))).containsExactly(LocalDate.of(2026, 10, 5));
	}

	@Test
	void aCommitmentDueOnceFallsDueOnItsDateIfItIsWithinTheDays() {
		Commitment once = new Commitment("k", "The group", "Open the road", CommitmentCategory.SAFE_PASSAGE,
				LocalDate.of(2026, 11, 3), Recurrence.NONE, null, "Parish");
		DueDates dates = DueDates.of(once, LocalDate.of(2026, 10, 1));
		assertThat(dates.between(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 3)))
			.containsExactly(LocalDate.of(2026, 11, 3));
		assertThat(dates.between(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 2))).isEmpty();
		assertThat(dates.fallsWithin(LocalDate.of(2026, 11, 4), null)).isFalse();
	}

	@Test
	void monthlyReviewsFromThe31stFallOnTheLastDayOfShortMonthsWithoutDrifting() {
		// Valid from 31 January 2026, first approved on 10 March: reviewed on the 31st of
		// March, then at the end of each month, never drifting to the 28th or the 30th.
		assertThat(DueDates.monthlyAfter(LocalDate.of(2026, 1, 31))
			.after(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 7, 2))).containsExactly(LocalDate.of(2026, 3, 31),
					LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30));
		// From the start when it was approved before: February has its 28th.
		assertThat(DueDates.monthlyAfter(LocalDate.of(2026, 1, 31))
			.after(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 3, 31)))
			.containsExactly(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
		// In a leap year, the 29th.
		assertThat(DueDates.monthlyAfter(LocalDate.of(2028, 1, 31))
			.after(LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29))).containsExactly(LocalDate.of(2028, 2, 29));
	}

	@Test
	void aRecurrenceThatNeverFallsWithinTheValidityIsRefused() {
		// Weekly on Tuesdays, but valid only from a Wednesday to the Friday after.
		assertThatThrownBy(() -> DraftRules
			.checked(draft(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 6), weekly(2)), DueDatesTest::noGroup))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.commitment.never-falls");
		// Monthly on the 20th, valid from the 21st to the 10th of the next month.
		assertThatThrownBy(() -> DraftRules
			.checked(draft(LocalDate.of(2026, 10, 21), LocalDate.of(2026, 11, 10), monthly(20)), DueDatesTest::noGroup))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.commitment.never-falls");
		// Open-ended, any recurrence falls.
		assertThat(DraftRules.checked(draft(LocalDate.of(2026, 11, 4), null, weekly(2)), DueDatesTest::noGroup)
			.commitments()).hasSize(1);
	}

	@Test
	void aCommitmentDueOnceOutsideTheValidityIsRefusedAndADayOutOfRangeToo() {
		Commitment late = new Commitment(null, "The group", "Open the road", CommitmentCategory.SAFE_PASSAGE,
				LocalDate.of(2026, 12, 1), Recurrence.NONE, null, "Parish");
		assertThatThrownBy(() -> DraftRules.checked(draft(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), late),
				DueDatesTest::noGroup))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.commitment.due-outside");
		assertThatThrownBy(
				() -> DraftRules.checked(draft(LocalDate.of(2026, 11, 1), null, monthly(31)), DueDatesTest::noGroup))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.commitment.month-day");
		assertThatThrownBy(
				() -> DraftRules.checked(draft(LocalDate.of(2026, 11, 1), null, weekly(8)), DueDatesTest::noGroup))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.commitment.weekday");
	}

	@Test
	void aCheckedDraftDropsEmptyRowsNamesGroupsAsTheRegistryDoesAndKeysNewCommitments() {
		AgreementDraft draft = new AgreementDraft("Passage", FormOfAgreement.VERBAL, null, null, null,
				LocalDate.of(2026, 11, 1), null, "Passage", null, Stage.IMPLEMENTATION, SigningStatus.VERBAL_OR_UNCLEAR,
				DisputeSettlement.NONE,
				List.of(new Party(PartyKind.ARMED_GROUP, 42L, "typed"), new Party(null, null, " "),
						new Party(null, null, " Parish ")),
				List.of(weekly(2), new Commitment(null, null, null, null, null, Recurrence.NONE, null, null)));
		AgreementDraft checked = DraftRules.checked(draft,
				(id) -> (id == 42L) ? Optional.of("Cártel del Sierra Alta") : Optional.empty());
		assertThat(checked.parties()).containsExactly(new Party(PartyKind.ARMED_GROUP, 42L, "Cártel del Sierra Alta"),
				new Party(PartyKind.OTHER, null, "Parish"));
		assertThat(checked.commitments()).singleElement().satisfies((c) -> assertThat(c.key()).isNotBlank());
		assertThatThrownBy(() -> DraftRules.checked(draft, DueDatesTest::noGroup)).isInstanceOf(RuleViolation.class)
			.hasMessage("armedgroup.relation.unknown-group");
	}

	private static Optional<String> noGroup(long id) {
		return Optional.empty();
	}

	private static Commitment weekly(int weekday) {
		return new Commitment(null, "The group", "Safe passage", CommitmentCategory.SAFE_PASSAGE, null,
				Recurrence.WEEKLY, weekday, "Parish reports");
	}

	private static Commitment monthly(int day) {
		return new Commitment(null, "The group", "Report", CommitmentCategory.OTHER, null, Recurrence.MONTHLY, day,
				"Minutes");
	}

	private static AgreementDraft draft(LocalDate from, LocalDate to, Commitment commitment) {
		return new AgreementDraft("Passage", FormOfAgreement.VERBAL, null, null, null, from, to, "Passage", null,
				Stage.IMPLEMENTATION, SigningStatus.VERBAL_OR_UNCLEAR, DisputeSettlement.NONE,
				List.of(new Party(PartyKind.ORGANISATION, null, "Our organisation")), List.of(commitment));
	}

}
