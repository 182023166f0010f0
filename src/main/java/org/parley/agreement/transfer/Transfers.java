package org.parley.agreement.transfer;

import java.util.List;
import java.util.Map;

import org.parley.agreement.TransferRecorded;
import org.parley.agreement.TransferReviewed;
import org.parley.agreement.TransferStatus;
import org.parley.agreement.TransferView;
import org.parley.armedgroup.ArmedGroupDesignations;
import org.parley.armedgroup.GroupRef;
import org.parley.armedgroup.InterlocutorRegistry;
import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.CaseNotFoundException;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseRounds;
import org.parley.protection.FieldSealer;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetCursor;
import org.parley.shared.KeysetPage;
import org.parley.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is given (decision 0026): the team's field officers record transfers to or through
 * a group or an intermediary while the case is open; an HQ reviewer of the team who did
 * not record one approves or refuses it, and only an approved one counts. A payment for
 * access is never recorded (the organisation's red line); cash, or anything to a
 * designated group, states its legal basis. Readers of the case read them; another team's
 * case and its transfers are not found.
 */
@Service
@Transactional(readOnly = true)
public class Transfers {

	private final TransferRepository transfers;

	private final CaseAccess access;

	private final CaseQueries cases;

	private final CaseRounds rounds;

	private final ArmedGroupDesignations designations;

	private final InterlocutorRegistry interlocutors;

	private final TransferViews views;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	private final FieldSealer sealer;

	Transfers(TransferRepository transfers, CaseAccess access, CaseQueries cases, CaseRounds rounds,
			ArmedGroupDesignations designations, InterlocutorRegistry interlocutors, TransferViews views,
			ApplicationEventPublisher events, java.time.Clock clock, FieldSealer sealer) {
		this.transfers = transfers;
		this.access = access;
		this.cases = cases;
		this.rounds = rounds;
		this.designations = designations;
		this.interlocutors = interlocutors;
		this.views = views;
		this.events = events;
		this.clock = clock;
		this.sealer = sealer;
	}

	/** The case's transfers, the latest given first, if the user may read the case. */
	public List<TransferView> of(long caseId, CurrentUser user) {
		CaseGrant grant = this.access.toRead(caseId, user);
		return this.views.of(grant, this.transfers.findByCaseIdOrderByGivenOnDescIdDesc(caseId), user);
	}

	/** One transfer of the case. */
	public TransferView one(long caseId, long transferId, CurrentUser user) {
		CaseGrant grant = this.access.toRead(caseId, user);
		return this.views.of(grant, List.of(find(caseId, transferId)), user).get(0);
	}

	/** A field officer of the team records a transfer; it waits for HQ's approval. */
	@Transactional
	public long record(long caseId, TransferRecord record, CurrentUser user) {
		CaseGrant grant = this.access.toWork(caseId, user);
		if (Boolean.TRUE.equals(record.forAccess())) {
			throw new RuleViolation("forAccess", "transfer.for-access.refused");
		}
		boolean designated = false;
		switch (record.recipientKind()) {
			case GROUP -> {
				if (record.groupId() == null || this.cases.get(caseId, user)
					.groups()
					.stream()
					.map(GroupRef::id)
					.noneMatch(record.groupId()::equals)) {
					throw new RuleViolation("groupId", "transfer.group.not-of-case");
				}
				designated = this.designations.active(List.of(record.groupId())).containsKey(record.groupId());
			}
			case INTERLOCUTOR -> {
				if (record.interlocutorId() == null || this.interlocutors.teamChoices(grant.teamId(), user)
					.stream()
					.noneMatch((i) -> i.id() == record.interlocutorId())) {
					throw new RuleViolation("interlocutorId", "transfer.interlocutor.unknown");
				}
			}
			case OTHER -> {
				// named in words, sealed
			}
		}
		if (record.roundId() != null
				&& this.rounds.of(caseId, user).stream().noneMatch((r) -> r.id() == record.roundId())) {
			throw new RuleViolation("roundId", "transfer.round.unknown");
		}
		String key = (record.commitmentKey() == null || record.commitmentKey().isBlank()) ? null
				: record.commitmentKey().strip();
		if (key != null && !this.views.commitmentsOf(caseId).containsKey(key)) {
			throw new RuleViolation("commitmentKey", "transfer.commitment.unknown");
		}
		CaseTransfer transfer = this.transfers.saveAndFlush(new CaseTransfer(caseId, grant.teamId(), record, designated,
				user.username(), this.clock.instant(), this.sealer));
		this.events.publishEvent(new TransferRecorded(transfer.getId(), caseId, grant.teamId(), user.username()));
		return transfer.getId();
	}

	/**
	 * An HQ reviewer of the team who did not record it approves or refuses a pending
	 * transfer, as last seen.
	 */
	@Transactional
	public void review(long caseId, long transferId, long version, TransferReview review, CurrentUser user) {
		this.access.toDecide(caseId, user);
		CaseTransfer transfer = find(caseId, transferId);
		transfer.requireVersion(version);
		transfer.review(review, user.username(), this.clock.instant(), this.sealer);
		this.transfers.saveAndFlush(transfer);
		this.events.publishEvent(new TransferReviewed(transferId, caseId, transfer.teamId(), transfer.getStatus()));
	}

	/**
	 * The transfers of the user's teams in one status, the oldest recorded first, a page
	 * at a time (HQ's list across teams).
	 */
	public KeysetPage<TransferView> across(CurrentUser user, TransferStatus status, String cursor, int size) {
		List<Long> teams = this.access.teamsToRead(user);
		if (teams.isEmpty()) {
			return new KeysetPage<>(List.of(), null);
		}
		KeysetCursor after = KeysetCursor.decode(cursor);
		List<CaseTransfer> found = this.transfers.pageAfter(teams, status,
				(after != null) ? after.instantKey() : java.time.Instant.EPOCH, (after != null) ? after.id() : 0,
				Limit.of(size + 1));
		List<TransferView> page = this.views.acrossCases(found.subList(0, Math.min(size, found.size())), user);
		String next = (found.size() > size)
				? KeysetCursor.after(found.get(size - 1).getRecordedAt(), found.get(size - 1).getId()) : null;
		return new KeysetPage<>(page, next);
	}

	/** How many transfers of the user's teams wait for an HQ reviewer. */
	public long pendingCount(CurrentUser user) {
		List<Long> teams = this.access.teamsToDecide(user);
		return teams.isEmpty() ? 0 : this.transfers.countByTeamIdInAndStatus(teams, TransferStatus.PENDING);
	}

	/** The case's transfer records, for its history. */
	public List<String> auditedIds(long caseId) {
		return this.transfers.findByCaseIdOrderByGivenOnDescIdDesc(caseId)
			.stream()
			.map((t) -> Long.toString(t.getId()))
			.toList();
	}

	private CaseTransfer find(long caseId, long transferId) {
		return this.transfers.findById(transferId)
			.filter((t) -> t.caseId() == caseId)
			.orElseThrow(() -> new CaseNotFoundException(caseId));
	}

	/** The totals of approved transfers, by currency. */
	public static Map<String, java.math.BigDecimal> approvedTotals(List<TransferView> transfers) {
		Map<String, java.math.BigDecimal> totals = new java.util.TreeMap<>();
		transfers.stream()
			.filter(TransferView::counts)
			.forEach((t) -> totals.merge(t.currency(), t.amount(), java.math.BigDecimal::add));
		return totals;
	}

}
