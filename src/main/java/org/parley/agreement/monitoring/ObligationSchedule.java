package org.parley.agreement.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.parley.agreement.AgreementDraft;
import org.parley.agreement.AgreementStatus;
import org.parley.agreement.Commitment;
import org.parley.agreement.Party;
import org.parley.agreement.internal.Agreement;
import org.parley.agreement.internal.AgreementRepository;
import org.parley.audit.AuditReasons;
import org.parley.shared.TeamCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scheduled run over agreements in force: schedules the compliance checks of their
 * commitments and the monthly reviews of the groups that are parties to them a week
 * ahead, expires those whose version in force has ended, and announces every obligation
 * due or overdue and still not recorded. A second run adds nothing; with several
 * application instances, one runs at a time.
 */
@Service
public class ObligationSchedule {

	private static final Logger log = LoggerFactory.getLogger(ObligationSchedule.class);

	/**
	 * A transaction-scoped PostgreSQL advisory lock taken by the scheduled run: with
	 * several application instances, one runs and the others skip.
	 */
	public static final long LOCK = 0x7061726c6579L; // "parley"

	private final AgreementRepository agreements;

	private final ComplianceCheckRepository checks;

	private final GroupReviewRepository reviews;

	private final TeamCalendar calendar;

	private final EntityManager entityManager;

	private final Clock clock;

	private final AuditReasons reasons;

	ObligationSchedule(AgreementRepository agreements, ComplianceCheckRepository checks, GroupReviewRepository reviews,
			TeamCalendar calendar, EntityManager entityManager, Clock clock, AuditReasons reasons) {
		this.reasons = reasons;
		this.agreements = agreements;
		this.checks = checks;
		this.reviews = reviews;
		this.calendar = calendar;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * The scheduled run, once across instances: false if another instance holds the lock
	 * (it is running now).
	 */
	@Transactional
	public boolean runOnce(LocalDate today) {
		Boolean locked = (Boolean) this.entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
			.setParameter("key", LOCK)
			.getSingleResult();
		if (!Boolean.TRUE.equals(locked)) {
			log.info("Compliance checks: another instance is scheduling; skipped.");
			return false;
		}
		int checks = scheduleChecks(today);
		int reviews = scheduleReviews(today);
		int open = announceDue(today);
		log.info("Compliance checks: {} scheduled for {}; reviews of groups: {}; {} checks and reviews due or overdue.",
				checks, today, reviews, open);
		return true;
	}

	/**
	 * Schedules the checks due up to a week ahead of agreements in force, and expires
	 * agreements (in force, suspended or breached) whose version in force has ended.
	 * @return how many checks were added
	 */
	@Transactional
	public int scheduleChecks(LocalDate today) {
		int added = 0;
		for (Agreement agreement : this.agreements.findByStatusIn(
				EnumSet.of(AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED, AgreementStatus.BREACHED))) {
			added += scheduleChecks(agreement, today);
		}
		this.checks.flush();
		return added;
	}

	/** The same for one agreement (tests schedule theirs without touching others'). */
	@Transactional
	public int scheduleChecks(long agreementId, LocalDate today) {
		int added = scheduleChecks(this.agreements.get(agreementId), today);
		this.checks.flush();
		return added;
	}

	/**
	 * Schedules the monthly reviews of the groups of agreements in force, up to a week
	 * ahead: each counted from the start of validity, from the first month after HQ first
	 * approved the agreement.
	 * @return how many reviews were added
	 */
	@Transactional
	public int scheduleReviews(LocalDate today) {
		int added = 0;
		for (Agreement agreement : this.agreements.findByStatusIn(List.of(AgreementStatus.IN_FORCE))) {
			added += scheduleReviews(agreement, today);
		}
		this.reviews.flush();
		return added;
	}

	/**
	 * Tells the other modules, in this transaction, of every unrecorded check and review
	 * that has fallen due or is overdue: on every run, so that a run missed (the
	 * application was down that day) is made up by the next.
	 * @return how many were announced
	 */
	int announceDue(LocalDate today) {
		return announce(this.checks, today) + announce(this.reviews, today);
	}

	private static <T extends Obligation> int announce(ObligationRepository<T> obligations, LocalDate today) {
		List<T> open = obligations.dueInForce(today);
		open.forEach((obligation) -> obligation.announce(today));
		obligations.saveAll(open);
		return open.size();
	}

	private int scheduleChecks(Agreement agreement, LocalDate today) {
		AgreementDraft inForce = agreement.inForceContent().orElse(null);
		if (inForce == null) {
			return 0;
		}
		if (agreement.expireIfEnded(today, this.clock.instant())) {
			this.reasons.because("valid_to " + inForce.validTo() + " passed", () -> this.agreements.store(agreement));
			return 0;
		}
		if (agreement.getStatus() != AgreementStatus.IN_FORCE) {
			return 0; // suspended or breached: nothing is owed meanwhile
		}
		Set<String> existing = new HashSet<>();
		this.checks.findByAgreementIdOrderByDueOnAscIdAsc(agreement.getId())
			.forEach((c) -> existing.add(c.commitmentKey() + "@" + c.getDueOn()));
		int added = 0;
		for (Map.Entry<Commitment, List<LocalDate>> commitment : WeekAhead.checks(inForce, today).entrySet()) {
			for (LocalDate due : commitment.getValue()) {
				if (existing.add(commitment.getKey().key() + "@" + due)) {
					this.checks.save(
							new ComplianceCheck(scheduled(agreement), commitment.getKey(), due, this.clock.instant()));
					added++;
				}
			}
		}
		return added;
	}

	private int scheduleReviews(Agreement agreement, LocalDate today) {
		AgreementDraft inForce = agreement.inForceContent().orElse(null);
		LocalDate approvedOn = agreement.firstApprovedAt().map(this.calendar::dayOf).orElse(null);
		if (inForce == null || approvedOn == null) {
			return 0;
		}
		Set<String> existing = new HashSet<>();
		this.reviews.findByAgreementIdOrderByDueOnAscIdAsc(agreement.getId())
			.forEach((r) -> existing.add(r.groupId() + "@" + r.getDueOn()));
		List<LocalDate> dates = WeekAhead.reviews(inForce, approvedOn, today);
		int added = 0;
		for (Party party : inForce.parties()) {
			if (party.groupId() == null) {
				continue;
			}
			for (LocalDate due : dates) {
				if (existing.add(party.groupId() + "@" + due)) {
					this.reviews
						.save(new GroupReview(scheduled(agreement), party.groupId(), due, this.clock.instant()));
					added++;
				}
			}
		}
		return added;
	}

	private static Obligation.Scheduled scheduled(Agreement agreement) {
		return new Obligation.Scheduled(agreement.getId(), agreement.getCaseId(), agreement.teamId());
	}

}
