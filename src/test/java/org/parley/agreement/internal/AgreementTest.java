package org.parley.agreement.internal;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.parley.agreement.AgreementDetails;
import org.parley.agreement.AgreementDraft;
import org.parley.agreement.AgreementStatus;
import org.parley.agreement.AgreementStatusChanged;
import org.parley.agreement.AgreementVersionReviewed;
import org.parley.agreement.AgreementVersionSubmitted;
import org.parley.agreement.Commitment;
import org.parley.agreement.CommitmentCategory;
import org.parley.agreement.DisputeSettlement;
import org.parley.agreement.FormOfAgreement;
import org.parley.agreement.Party;
import org.parley.agreement.PartyKind;
import org.parley.agreement.Recurrence;
import org.parley.agreement.ReviewComment;
import org.parley.agreement.SigningStatus;
import org.parley.agreement.Stage;
import org.parley.agreement.VersionStatus;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The agreement's life and the rules of its versions, without Spring or a database: a
 * draft is sent to HQ and approved or returned by a reviewer who neither drafted nor sent
 * it; one version is in force; a returned version is kept and answered by the next; the
 * changes of an agreement in force need a reason; every change registers its event.
 */
class AgreementTest {

	private static final Instant NOW = Instant.parse("2026-11-02T15:00:00Z");

	private static final String FIELD = "field.mx";

	private static final String HQ = "hq";

	private static final String OTHER_HQ = "hq.two";

	private final AtomicLong ids = new AtomicLong(100);

	@Test
	void aDraftSentToHqAndApprovedByAnotherHqReviewerIsInForce() {
		Agreement agreement = aDraft();
		assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.DRAFT);
		submit(agreement);
		assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.SUBMITTED);

		approve(agreement, HQ);

		AgreementDetails details = agreement.details();
		assertThat(details.status()).isEqualTo(AgreementStatus.IN_FORCE);
		assertThat(details.inForceVersion()).isEqualTo(1);
		assertThat(details.inForce().status()).isEqualTo(VersionStatus.APPROVED);
		assertThat(details.inForce().reviewedBy()).isEqualTo(HQ);
		assertThat(agreement.inForceContent()).hasValueSatisfying((c) -> assertThat(c.title()).isEqualTo("Passage"));
	}

	@Test
	void whoeverDraftedOrSentAVersionMayNotReviewIt() {
		Agreement drafted = aDraft();
		submit(drafted, HQ);
		assertThatThrownBy(() -> approve(drafted, HQ)).isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.review.own-version");

		Agreement sent = aDraft();
		submit(sent, OTHER_HQ);
		assertThatThrownBy(() -> returnWith(sent, OTHER_HQ, "Reword it")).isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.review.own-version");
		assertThat(sent.getStatus()).isEqualTo(AgreementStatus.SUBMITTED);
	}

	@Test
	void onlyAVersionSentToHqIsReviewed() {
		Agreement agreement = aDraft();
		assertThatThrownBy(() -> approve(agreement, HQ)).isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.review.not-submitted");
		assertThat(agreement.getInForceVersion()).isNull();
	}

	@Test
	void approvingARevisionSupersedesTheVersionInForceSoThatOneVersionIsInForce() {
		Agreement agreement = inForce();
		int revision = agreement.revise(agreement.getVersion(), FIELD, NOW);
		saved(agreement);
		assertThat(revision).isEqualTo(2);
		// Meanwhile the approved version stays in force.
		assertThat(agreement.getInForceVersion()).isEqualTo(1);
		write(agreement, draft("Passage on Tuesdays and Fridays"));
		submit(agreement);
		assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.IN_FORCE);

		approve(agreement, HQ);

		assertThat(statuses(agreement)).containsExactly(VersionStatus.APPROVED, VersionStatus.SUPERSEDED);
		assertThat(agreement.getInForceVersion()).isEqualTo(2);
		assertThat(agreement.inForceContent())
			.hasValueSatisfying((c) -> assertThat(c.summary()).isEqualTo("Passage on Tuesdays and Fridays"));
	}

	@Test
	void aRevisionStartsFromTheVersionInForceAndNotWhileAnotherVersionIsOpen() {
		Agreement agreement = inForce();
		agreement.revise(agreement.getVersion(), FIELD, NOW);
		saved(agreement);
		assertThat(agreement.details().open().content()).isEqualTo(agreement.inForceContent().orElseThrow());
		assertThatThrownBy(() -> agreement.revise(agreement.getVersion(), FIELD, NOW)).isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.version.open-exists");
		assertThatThrownBy(() -> aDraft().revise(0, FIELD, NOW)).isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.version.open-exists");
	}

	@Test
	void aReturnedVersionIsKeptAsHqSawItAndAnsweredByTheNextVersion() {
		Agreement agreement = aDraft();
		submit(agreement);
		String key = agreement.details().latest().content().commitments().get(0).key();
		agreement.returnWith(versionId(agreement, 1), version(agreement, 1), HQ, "Name who verifies",
				List.of(new ReviewComment(key, "Which checkpoint?")), NOW);
		assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.RETURNED);

		write(agreement, 1, draft("Passage verified by the parish"));

		AgreementDetails details = agreement.details();
		assertThat(details.versions())
			.extracting(AgreementDetails.VersionView::versionNo, AgreementDetails.VersionView::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, VersionStatus.DRAFT),
					org.assertj.core.groups.Tuple.tuple(1, VersionStatus.ANSWERED));
		AgreementDetails.VersionView returned = details.versions().get(1);
		assertThat(returned.content().summary()).isEqualTo("Passage");
		assertThat(returned.reviewComment()).isEqualTo("Name who verifies");
		assertThat(returned.commentOn(key)).isEqualTo("Which checkpoint?");
		assertThat(details.returnedBefore(details.open())).isEqualTo(returned);
		// What HQ returned can be neither written nor sent again.
		assertThatThrownBy(() -> write(agreement, 1, draft("Again"))).isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.version.not-editable");
		assertThatThrownBy(() -> agreement.submit(versionId(agreement, 1), version(agreement, 1), FIELD, NOW))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.version.not-editable");
	}

	@Test
	void hqSaysWhyItReturnsAVersion() {
		Agreement agreement = aDraft();
		submit(agreement);
		assertThatThrownBy(() -> returnWith(agreement, HQ, " ")).isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.review.comment-required")
			.extracting((e) -> ((RuleViolation) e).field())
			.isEqualTo("comment");
	}

	@Test
	void aChangeOfStatusNeedsAReasonAndIsOneOfTheChangesAllowedFromWhereItStands() {
		Agreement agreement = inForce();
		assertThatThrownBy(() -> agreement.move(agreement.getVersion(), AgreementStatus.SUSPENDED, " ", FIELD, NOW))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.status.reason-required");
		assertThatThrownBy(() -> agreement.move(agreement.getVersion(), AgreementStatus.EXPIRED, "End", FIELD, NOW))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.status.not-allowed");

		agreement.move(agreement.getVersion(), AgreementStatus.SUSPENDED, " Fighting on the road ", FIELD, NOW);
		assertThat(agreement.details().statusReason()).isEqualTo("Fighting on the road");
		assertThat(agreement.details().moves()).containsExactlyInAnyOrder(AgreementStatus.IN_FORCE,
				AgreementStatus.TERMINATED);
		assertThatThrownBy(() -> agreement.breach("Armed men at the clinic", FIELD, NOW))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.status.not-allowed");
		agreement.move(agreement.getVersion(), AgreementStatus.IN_FORCE, "The road is open again", FIELD, NOW);
		agreement.breach("Armed men at the clinic", FIELD, NOW);
		assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.BREACHED);
		agreement.move(agreement.getVersion(), AgreementStatus.TERMINATED, "The group withdrew", HQ, NOW);
		assertThat(agreement.details().moves()).isEmpty();
	}

	@Test
	void anAgreementExpiresTheDayAfterItsVersionInForceEndsAndThenTakesNoNewVersion() {
		Agreement agreement = inForce(LocalDate.of(2026, 10, 31));
		assertThat(agreement.expireIfEnded(LocalDate.of(2026, 10, 31), NOW)).isFalse();
		assertThat(agreement.expireIfEnded(LocalDate.of(2026, 11, 1), NOW)).isTrue();
		assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.EXPIRED);
		assertThat(agreement.expireIfEnded(LocalDate.of(2026, 11, 2), NOW)).isFalse();
		assertThatThrownBy(() -> agreement.revise(agreement.getVersion(), FIELD, NOW)).isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.revision.ended");
		// A draft without an end date never expires.
		assertThat(aDraft().expireIfEnded(LocalDate.of(2099, 1, 1), NOW)).isFalse();
	}

	@Test
	void eachChangeRegistersTheEventOthersHearOf() {
		Agreement agreement = aDraft(LocalDate.of(2026, 10, 31));
		submit(agreement);
		returnWith(agreement, HQ, "Reword it");
		write(agreement, 1, draft("Reworded", LocalDate.of(2026, 10, 31)));
		submit(agreement);
		approve(agreement, HQ);
		agreement.breach("Armed men at the clinic", FIELD, NOW);
		agreement.expireIfEnded(LocalDate.of(2026, 11, 1), NOW);

		assertThat(agreement.events()).containsExactly(new AgreementVersionSubmitted(1L, 7L, 3L, 1, FIELD, FIELD),
				new AgreementVersionReviewed(1L, 7L, 3L, 1, false, FIELD, FIELD, HQ),
				new AgreementVersionSubmitted(1L, 7L, 3L, 2, FIELD, FIELD),
				new AgreementVersionReviewed(1L, 7L, 3L, 2, true, FIELD, FIELD, HQ),
				new AgreementStatusChanged(1L, 7L, 3L, AgreementStatus.BREACHED, FIELD),
				new AgreementStatusChanged(1L, 7L, 3L, AgreementStatus.EXPIRED, null));
	}

	@Test
	void aStaleVersionIsAConflictAndNothingChanges() {
		Agreement agreement = aDraft();
		assertThatThrownBy(() -> agreement.submit(versionId(agreement, 1), 5, FIELD, NOW))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> inForce().move(9, AgreementStatus.SUSPENDED, "Fighting", FIELD, NOW))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.DRAFT);
		assertThat(agreement.events()).isEmpty();
	}

	// ---- Fixtures -------------------------------------------------------------------

	private Agreement aDraft() {
		return aDraft(null);
	}

	private Agreement aDraft(LocalDate validTo) {
		Agreement agreement = Agreement.draft(7, 3, draft("Passage", validTo), FIELD, NOW);
		setId(agreement, 1L);
		return saved(agreement);
	}

	private Agreement inForce() {
		return inForce(null);
	}

	private Agreement inForce(LocalDate validTo) {
		Agreement agreement = Agreement.draft(7, 3, draft("Passage", validTo), FIELD, NOW);
		setId(agreement, 1L);
		saved(agreement);
		submit(agreement);
		approve(agreement, HQ);
		return agreement;
	}

	private static AgreementDraft draft(String summary) {
		return draft(summary, null);
	}

	private static AgreementDraft draft(String summary, LocalDate validTo) {
		return new AgreementDraft("Passage", FormOfAgreement.VERBAL, null, null, null, LocalDate.of(2026, 10, 1),
				validTo, summary, null, Stage.IMPLEMENTATION, SigningStatus.VERBAL_OR_UNCLEAR, DisputeSettlement.NONE,
				List.of(new Party(PartyKind.ORGANISATION, null, "Our organisation")),
				List.of(new Commitment("k-passage", "The group", "Safe passage", CommitmentCategory.SAFE_PASSAGE, null,
						Recurrence.WEEKLY, 2, "Parish reports")));
	}

	private void submit(Agreement agreement) {
		submit(agreement, FIELD);
	}

	private void submit(Agreement agreement, String by) {
		int latest = agreement.details().latest().versionNo();
		agreement.submit(versionId(agreement, latest), version(agreement, latest), by, NOW);
	}

	private void approve(Agreement agreement, String reviewer) {
		int latest = agreement.details().latest().versionNo();
		agreement.approve(versionId(agreement, latest), version(agreement, latest), reviewer, null, NOW);
	}

	private void returnWith(Agreement agreement, String reviewer, String comment) {
		int latest = agreement.details().latest().versionNo();
		agreement.returnWith(versionId(agreement, latest), version(agreement, latest), reviewer, comment, List.of(),
				NOW);
	}

	private void write(Agreement agreement, AgreementDraft content) {
		write(agreement, agreement.details().latest().versionNo(), content);
	}

	private void write(Agreement agreement, int versionNo, AgreementDraft content) {
		agreement.write(versionId(agreement, versionNo), version(agreement, versionNo), content, FIELD, NOW);
		saved(agreement);
	}

	private static long versionId(Agreement agreement, int versionNo) {
		return agreement.versionId(versionNo);
	}

	private static long version(Agreement agreement, int versionNo) {
		return agreement.details()
			.versions()
			.stream()
			.filter((v) -> v.versionNo() == versionNo)
			.findFirst()
			.orElseThrow()
			.version();
	}

	private static List<VersionStatus> statuses(Agreement agreement) {
		return agreement.details().versions().stream().map(AgreementDetails.VersionView::status).toList();
	}

	/** As the database would: an id for each version not yet saved. */
	private Agreement saved(Agreement agreement) {
		for (Object version : versionsOf(agreement)) {
			if (readId(version) == null) {
				setId(version, this.ids.incrementAndGet());
			}
		}
		return agreement;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> versionsOf(Agreement agreement) {
		return (List<Object>) read(agreement, "versions");
	}

	private static Long readId(Object entity) {
		return (Long) read(entity, "id");
	}

	private static Object read(Object entity, String name) {
		try {
			Field field = entity.getClass().getDeclaredField(name);
			field.setAccessible(true);
			return field.get(entity);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void setId(Object entity, Long id) {
		try {
			Field field = entity.getClass().getDeclaredField("id");
			field.setAccessible(true);
			field.set(entity, id);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
