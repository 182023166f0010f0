package org.parley.agreement;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.parley.agreement.dispute.Disputes;
import org.parley.agreement.transfer.Transfers;
import org.parley.agreement.internal.Agreement;
import org.parley.agreement.internal.AgreementAccess;
import org.parley.agreement.internal.AgreementRepository;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetCursor;
import org.parley.shared.KeysetPage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements as others read them, under the case's need-to-know: an agreement of a case
 * the reader may not see is not found. Drafted by the team's field officers once the case
 * has reached the agreement step, reviewed by an HQ reviewer of the team who neither
 * drafted nor submitted the version; a change of an approved agreement is a new version,
 * and the approved one stays in force until the new one is approved.
 */
@Service
@Transactional(readOnly = true)
public class Agreements {

	private final AgreementRepository agreements;

	private final AgreementAccess access;

	private final Disputes disputes;

	private final Transfers transfers;

	Agreements(AgreementRepository agreements, AgreementAccess access, Disputes disputes, Transfers transfers) {
		this.transfers = transfers;
		this.agreements = agreements;
		this.access = access;
		this.disputes = disputes;
	}

	/**
	 * The open disputes under the agreements of the user's teams, the oldest first (fifty
	 * at most): for HQ's start page.
	 */
	public List<DisputeView> openDisputes(CurrentUser user) {
		return this.disputes.openFor(user);
	}

	/** How many transfers of the user's teams wait for an HQ reviewer (decision 0026). */
	public long pendingTransfers(CurrentUser user) {
		return this.transfers.pendingCount(user);
	}

	/** What was given in a case, the latest first, if the user may read the case. */
	public List<TransferView> transfersOf(long caseId, CurrentUser user) {
		return this.transfers.of(caseId, user);
	}

	/** The agreements of a case, oldest first. */
	public List<AgreementDetails> ofCase(long caseId, CurrentUser user) {
		this.access.toReadCase(caseId, user);
		return this.agreements.findByCaseId(caseId).stream().map(Agreement::details).toList();
	}

	/** One agreement with all its versions, newest first. */
	public AgreementDetails details(long agreementId, CurrentUser user) {
		return this.access.toRead(agreementId, user).agreement().details();
	}

	/**
	 * One agreement, and what the reader may do with it: its page asks the case once.
	 */
	public Reading read(long agreementId, CurrentUser user) {
		AgreementAccess.Granted granted = this.access.toRead(agreementId, user);
		return new Reading(granted.agreement().details(), granted.grant().mayWork(), granted.grant().mayDecide());
	}

	/** Versions waiting for this HQ reviewer's review: of their teams, not their own. */
	public List<Waiting> waitingFor(CurrentUser reviewer) {
		List<Long> teams = this.access.teamsToDecide(reviewer);
		if (teams.isEmpty()) {
			return List.of();
		}
		return waiting(this.agreements.findWaitingForReview(teams), reviewer);
	}

	/**
	 * The longest waiting of those versions, at most {@code limit} (HQ's start page),
	 * read in two queries whatever the number waiting.
	 */
	public List<Waiting> oldestWaitingFor(CurrentUser reviewer, int limit) {
		return waitingPage(reviewer, null, limit).items();
	}

	/**
	 * All of those versions, longest waiting first, a page of {@code size} after the
	 * cursor (null for the first page): HQ's list of the agreements waiting.
	 */
	public KeysetPage<Waiting> waitingPage(CurrentUser reviewer, String cursor, int size) {
		List<Long> teams = this.access.teamsToDecide(reviewer);
		if (teams.isEmpty()) {
			return new KeysetPage<>(List.of(), null);
		}
		KeysetCursor after = KeysetCursor.decode(cursor);
		List<AgreementRepository.WaitingRow> rows = this.agreements.pageWaitingFor(teams, reviewer.username(),
				(after != null) ? after.instantKey() : Instant.EPOCH, (after != null) ? after.id() : 0,
				org.springframework.data.domain.Limit.of(size + 1));
		KeysetPage<AgreementRepository.WaitingRow> page = KeysetPage.of(rows, size,
				(row) -> KeysetCursor.after(row.getSubmittedAt(), row.getVersionId()));
		List<Long> ids = page.items().stream().map(AgreementRepository.WaitingRow::getAgreementId).toList();
		List<Waiting> waiting = ids.isEmpty() ? List.of()
				: waiting(this.agreements.findWithVersionsByIdIn(ids), reviewer);
		return new KeysetPage<>(waiting, page.nextCursor());
	}

	/** How many versions wait for this reviewer. */
	public long countWaitingFor(CurrentUser reviewer) {
		List<Long> teams = this.access.teamsToDecide(reviewer);
		return teams.isEmpty() ? 0 : this.agreements.countWaitingFor(teams, reviewer.username());
	}

	private static List<Waiting> waiting(List<Agreement> found, CurrentUser reviewer) {
		return found.stream()
			.flatMap((agreement) -> Optional.of(agreement.latestView())
				.filter((v) -> v.status() == VersionStatus.SUBMITTED)
				.filter((v) -> !reviewer.username().equals(v.draftedBy())
						&& !reviewer.username().equals(v.submittedBy()))
				.map((v) -> new Waiting(agreement.getId(), agreement.getCaseId(), v))
				.stream())
			.sorted(Comparator
				.comparing((Waiting w) -> w.version().submittedAt(),
						Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
				.thenComparing((w) -> w.version().id()))
			.toList();
	}

	/**
	 * An agreement as a reader sees it.
	 *
	 * @param mayWork the reader is a field officer of its team
	 * @param mayDecide the reader is an HQ reviewer of its team
	 */
	public record Reading(AgreementDetails agreement, boolean mayWork, boolean mayDecide) {
	}

	/** A version waiting for review, with its agreement and case. */
	public record Waiting(long agreementId, long caseId, AgreementDetails.VersionView version) {
	}

}
