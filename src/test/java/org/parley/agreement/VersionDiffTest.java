package org.parley.agreement;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two versions of an agreement compare commitment by commitment, matched by their key: an
 * edited commitment is changed (with the fields that changed), not removed and added.
 */
class VersionDiffTest {

	private static final Commitment PASSAGE = new Commitment("k-passage", "The group", "Safe passage on Tuesdays",
			CommitmentCategory.SAFE_PASSAGE, null, Recurrence.WEEKLY, 2, "Parish reports");

	private static final Commitment NO_FEES = new Commitment("k-fees", "The group", "No fees on aid",
			CommitmentCategory.NO_FEES_ON_AID, LocalDate.of(2026, 12, 1), Recurrence.NONE, null, "Beneficiaries");

	private static final Commitment CLINIC = new Commitment("k-clinic", "The group", "No armed men at the clinic",
			CommitmentCategory.NO_ARMED_PRESENCE, null, Recurrence.MONTHLY, 5, "Clinic staff");

	@Test
	void anEditedCommitmentIsChangedInTheFieldsThatChangedAndOthersAreAddedRemovedOrUnchanged() {
		Commitment passageEdited = new Commitment("k-passage", "The group", "Safe passage on Tuesdays and Fridays",
				CommitmentCategory.SAFE_PASSAGE, null, Recurrence.WEEKLY, 5, "Parish reports");
		Commitment water = new Commitment("k-water", "The organisation", "Water to the upper villages",
				CommitmentCategory.OTHER, LocalDate.of(2026, 12, 15), Recurrence.NONE, null, "Delivery notes");
		VersionDiff diff = VersionDiff.between(draft("Passage", List.of(PASSAGE, NO_FEES, CLINIC)),
				draft("Passage and water", List.of(water, CLINIC, passageEdited)));

		assertThat(diff.commitments()).extracting(VersionDiff.CommitmentDiff::key, VersionDiff.CommitmentDiff::change)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("k-water", VersionDiff.Change.ADDED),
					org.assertj.core.groups.Tuple.tuple("k-clinic", VersionDiff.Change.UNCHANGED),
					org.assertj.core.groups.Tuple.tuple("k-passage", VersionDiff.Change.CHANGED),
					org.assertj.core.groups.Tuple.tuple("k-fees", VersionDiff.Change.REMOVED));
		VersionDiff.CommitmentDiff passage = diff.commitments().get(2);
		assertThat(passage.changedFields()).containsExactly("what", "when");
		assertThat(passage.before()).isEqualTo(PASSAGE);
		assertThat(passage.after()).isEqualTo(passageEdited);
		assertThat(diff.fields()).filteredOn(VersionDiff.FieldDiff::changed)
			.extracting(VersionDiff.FieldDiff::field)
			.containsExactly("summary");
		assertThat(diff.changed()).isTrue();
	}

	@Test
	void theSameVersionTwiceHasNoChange() {
		AgreementDraft same = draft("Passage", List.of(PASSAGE, NO_FEES));
		VersionDiff diff = VersionDiff.between(same, same);
		assertThat(diff.changed()).isFalse();
		assertThat(diff.commitments()).allMatch((c) -> c.change() == VersionDiff.Change.UNCHANGED);
	}

	private static AgreementDraft draft(String summary, List<Commitment> commitments) {
		return new AgreementDraft("Access to the upper valley", FormOfAgreement.VERBAL, null, null, null,
				LocalDate.of(2026, 11, 1), null, summary, null, Stage.IMPLEMENTATION, SigningStatus.VERBAL_OR_UNCLEAR,
				DisputeSettlement.NONE, List.of(new Party(PartyKind.ORGANISATION, null, "Our organisation")),
				commitments);
	}

}
