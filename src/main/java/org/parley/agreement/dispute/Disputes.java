package org.parley.agreement.dispute;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.parley.protection.FieldSealer;
import org.parley.agreement.AgreementDetails;
import org.parley.agreement.AgreementDraft;
import org.parley.agreement.AgreementStatus;
import org.parley.agreement.CheckView;
import org.parley.agreement.Commitment;
import org.parley.agreement.DisputeRaised;
import org.parley.agreement.DisputeSettlement;
import org.parley.agreement.DisputeState;
import org.parley.agreement.DisputeView;
import org.parley.agreement.internal.Agreement;
import org.parley.agreement.internal.AgreementAccess;
import org.parley.agreement.internal.AgreementNotFoundException;
import org.parley.agreement.internal.AgreementRepository;
import org.parley.agreement.monitoring.ObligationQueries;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disputes under an agreement (decision 0025): the team's field officers raise them,
 * before the mechanism the agreement's current version names, about one of its
 * commitments or checks, and record each hearing or contact; they or the team's HQ
 * reviewers close them with an outcome. A dispute escalated to breach marks an agreement
 * in force (or suspended) breached, the outcome as the reason. Readers of the case read
 * them; another team's are not found.
 */
@Service
@Transactional(readOnly = true)
public class Disputes {

	private final DisputeRepository disputes;

	private final DisputeContactRepository contacts;

	private final AgreementRepository agreements;

	private final AgreementAccess access;

	private final ObligationQueries checks;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final FieldSealer sealer;

	Disputes(DisputeRepository disputes, DisputeContactRepository contacts, AgreementRepository agreements,
			AgreementAccess access, ObligationQueries checks, Clock clock, ApplicationEventPublisher events,
			FieldSealer sealer) {
		this.sealer = sealer;
		this.events = events;
		this.disputes = disputes;
		this.contacts = contacts;
		this.agreements = agreements;
		this.access = access;
		this.checks = checks;
		this.clock = clock;
	}

	/** The disputes of an agreement the user may read, newest first. */
	public List<DisputeView> of(long agreementId, CurrentUser user) {
		Agreement agreement = this.access.toRead(agreementId, user).agreement();
		return views(this.disputes.findByAgreementIdOrderByRaisedOnDescIdDesc(agreementId),
				Map.of(agreementId, agreement.details()));
	}

	/** One dispute of an agreement the user may read. */
	public DisputeView one(long agreementId, long disputeId, CurrentUser user) {
		Agreement agreement = this.access.toRead(agreementId, user).agreement();
		return views(List.of(find(agreementId, disputeId)), Map.of(agreementId, agreement.details())).get(0);
	}

	/** The open disputes of the user's teams, the oldest first (fifty at most). */
	public List<DisputeView> openFor(CurrentUser user) {
		List<Long> teams = this.access.teamsToRead(user);
		if (teams.isEmpty()) {
			return List.of();
		}
		List<AgreementDispute> open = this.disputes.findTop50ByTeamIdInAndStateOrderByRaisedOnAscIdAsc(teams,
				DisputeState.OPEN);
		Map<Long, AgreementDetails> details = new HashMap<>();
		open.stream()
			.map(AgreementDispute::getAgreementId)
			.distinct()
			.forEach((id) -> details.put(id, this.agreements.get(id).details()));
		return views(open, details);
	}

	/** A field officer of the team raises a dispute. */
	@Transactional
	public long raise(long agreementId, DisputeRecord record, CurrentUser user) {
		Agreement agreement = this.access.toMonitor(agreementId, user);
		if (agreement.getInForceVersion() == null) {
			throw new RuleViolation(null, "agreement.dispute.not-agreed");
		}
		AgreementDraft current = current(agreement.details()).content();
		DisputeSettlement named = current.disputeSettlement();
		if (named == null || named == DisputeSettlement.NONE) {
			throw new RuleViolation("mechanism", "agreement.dispute.no-mechanism");
		}
		if (record.mechanism() != named) {
			throw new RuleViolation("mechanism", "agreement.dispute.mechanism-not-named");
		}
		String key = (record.commitmentKey() == null || record.commitmentKey().isBlank()) ? null
				: record.commitmentKey().strip();
		if (key != null && agreement.details()
			.versions()
			.stream()
			.flatMap((v) -> v.content().commitments().stream())
			.noneMatch((c) -> key.equals(c.key()))) {
			throw new RuleViolation("commitmentKey", "agreement.dispute.commitment-unknown");
		}
		if (record.checkId() != null && !this.checks.isCheckOf(record.checkId(), agreementId)) {
			throw new RuleViolation("checkId", "agreement.dispute.check-unknown");
		}
		AgreementDispute dispute = new AgreementDispute(agreementId, agreement.getCaseId(), agreement.teamId(),
				new DisputeRecord(record.raisedOn(), record.raisedBy(), record.raisedByName(), key, record.checkId(),
						record.mechanism(), record.summary()),
				user.username(), this.clock.instant(), this.sealer);
		long id = this.disputes.saveAndFlush(dispute).getId();
		this.events.publishEvent(new DisputeRaised(id, agreementId, agreement.getCaseId(), agreement.teamId(),
				record.mechanism(), user.username()));
		return id;
	}

	/** A field officer of the team records a hearing or contact of an open dispute. */
	@Transactional
	public long addContact(long agreementId, long disputeId, ContactRecord record, CurrentUser user) {
		this.access.toMonitor(agreementId, user);
		AgreementDispute dispute = find(agreementId, disputeId);
		dispute.requireOpen();
		if (record.heldOn().isBefore(dispute.getRaisedOn())) {
			throw new RuleViolation("heldOn", "agreement.dispute.contact-before-raised");
		}
		return this.contacts
			.saveAndFlush(new DisputeContact(dispute, record, user.username(), this.clock.instant(), this.sealer))
			.getId();
	}

	/**
	 * A field officer or HQ reviewer of the team closes a dispute with its outcome, as
	 * last seen; escalated to breach, an agreement that may be breached is breached.
	 */
	@Transactional
	public void close(long agreementId, long disputeId, long version, OutcomeRecord outcome, CurrentUser user) {
		AgreementAccess.Granted granted = this.access.toRead(agreementId, user);
		if (!granted.grant().mayWork() && !granted.grant().mayDecide()) {
			throw new AccessDeniedException("Only the team's field officers and HQ reviewers close disputes");
		}
		AgreementDispute dispute = find(agreementId, disputeId);
		dispute.requireVersion(version);
		dispute.close(outcome, user.username(), this.sealer);
		this.disputes.saveAndFlush(dispute);
		Agreement agreement = granted.agreement();
		if (outcome.state() == DisputeState.ESCALATED_TO_BREACH
				&& agreement.details().moves().contains(AgreementStatus.BREACHED)) {
			agreement.breach(outcome.outcome(), user.username(), this.clock.instant());
			this.agreements.store(agreement);
		}
	}

	private AgreementDispute find(long agreementId, long disputeId) {
		return this.disputes.findById(disputeId)
			.filter((d) -> d.getAgreementId() == agreementId)
			.orElseThrow(() -> new AgreementNotFoundException(agreementId));
	}

	/** The version whose mechanism and commitments a dispute refers to. */
	private static AgreementDetails.VersionView current(AgreementDetails details) {
		return Optional.ofNullable(details.inForce()).orElse(details.latest());
	}

	private List<DisputeView> views(List<AgreementDispute> found, Map<Long, AgreementDetails> details) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, List<DisputeView.Contact>> heard = this.contacts
			.findByDisputeIdInOrderByHeldOnAscIdAsc(found.stream().map(AgreementDispute::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(DisputeContact::disputeId,
					Collectors.mapping((c) -> c.view(this.sealer), Collectors.toList())));
		Map<Long, CheckView> checksById = new HashMap<>();
		found.stream()
			.filter((d) -> d.getCheckId() != null)
			.map(AgreementDispute::getAgreementId)
			.distinct()
			.forEach((id) -> this.checks.checksOf(id).forEach((c) -> checksById.put(c.id(), c)));
		return found.stream().map((d) -> {
			AgreementDetails agreement = details.get(d.getAgreementId());
			CheckView check = (d.getCheckId() != null) ? checksById.get(d.getCheckId()) : null;
			return new DisputeView(d.getId(), d.getAgreementId(), d.caseId(), current(agreement).content().title(),
					d.getRaisedOn(), d.getRaisedBy(), d.getRaisedByName(), d.getCommitmentKey(),
					commitmentText(agreement, d.getCommitmentKey()), d.getCheckId(),
					(check != null) ? check.dueOn() : null, d.getMechanism(),
					this.sealer.text(d.teamId(), AgreementDispute.SUMMARY, d.getSummary()), d.getState(),
					this.sealer.text(d.teamId(), AgreementDispute.OUTCOME, d.getOutcome()), d.getClosedOn(),
					d.getClosedBy(), d.getRecordedBy(), d.getVersion(), heard.getOrDefault(d.getId(), List.of()));
		}).toList();
	}

	private static String commitmentText(AgreementDetails agreement, String key) {
		if (key == null) {
			return null;
		}
		return agreement.versions()
			.stream()
			.flatMap((v) -> v.content().commitments().stream())
			.filter((c) -> key.equals(c.key()))
			.map(Commitment::what)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

}
