package org.parley.agreement.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import javax.sql.DataSource;

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

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled run over agreements in force: schedules the compliance checks of their
 * commitments and the monthly reviews of the groups that are parties to them a week
 * ahead, expires those whose version in force has ended, and announces every obligation
 * that has fallen due or become overdue since the team was last told. A second run adds
 * nothing; with several application instances, one runs at a time.
 *
 * <p>
 * It walks the agreements {@value #BATCH} at a time, each batch in a transaction of its
 * own that reads what is already scheduled in one query and forgets the batch when done:
 * at the size of a large organisation (95,591 agreements in force in the scale data)
 * memory stays flat and a failure loses one batch, which the next run makes up.
 */
@Service
public class ObligationSchedule {

	private static final Logger log = LoggerFactory.getLogger(ObligationSchedule.class);

	/**
	 * A PostgreSQL advisory lock held by the scheduled run for its whole length: with
	 * several application instances, one runs and the others skip.
	 */
	public static final long LOCK = 0x7061726c6579L; // "parley"

	/** Agreements (or obligations to announce) per transaction. */
	static final int BATCH = 500;

	private static final EnumSet<AgreementStatus> CHECKED = EnumSet.of(AgreementStatus.IN_FORCE,
			AgreementStatus.SUSPENDED, AgreementStatus.BREACHED);

	private final AgreementRepository agreements;

	private final ComplianceCheckRepository checks;

	private final GroupReviewRepository reviews;

	private final TeamCalendar calendar;

	private final EntityManager entityManager;

	private final Clock clock;

	private final AuditReasons reasons;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	ObligationSchedule(AgreementRepository agreements, ComplianceCheckRepository checks, GroupReviewRepository reviews,
			TeamCalendar calendar, EntityManager entityManager, Clock clock, AuditReasons reasons,
			DataSource dataSource, PlatformTransactionManager transactionManager) {
		this.reasons = reasons;
		this.agreements = agreements;
		this.checks = checks;
		this.reviews = reviews;
		this.calendar = calendar;
		this.entityManager = entityManager;
		this.clock = clock;
		this.dataSource = dataSource;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * The scheduled run, once across instances: false if another instance holds the lock
	 * (it is running now).
	 */
	public boolean runOnce(LocalDate today) {
		try (Connection lock = this.dataSource.getConnection()) {
			if (!advisory(lock, "SELECT pg_try_advisory_lock(?)")) {
				log.info("Compliance checks: another instance is scheduling; skipped.");
				return false;
			}
			try {
				long started = System.nanoTime();
				int checks = scheduleChecks(today);
				int reviews = scheduleReviews(today);
				int open = announceDue(today);
				log.info(
						"Compliance checks: {} scheduled for {}; reviews of groups: {}; {} checks and reviews "
								+ "announced as due or overdue; in {} ms.",
						checks, today, reviews, open, (System.nanoTime() - started) / 1_000_000);
				return true;
			}
			finally {
				advisory(lock, "SELECT pg_advisory_unlock(?)");
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("The schedule's lock could not be taken", ex);
		}
	}

	private static boolean advisory(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, LOCK);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	/**
	 * Schedules the checks due up to a week ahead of agreements in force, and expires
	 * agreements (in force, suspended or breached) whose version in force has ended.
	 * @return how many checks were added
	 */
	public int scheduleChecks(LocalDate today) {
		return inBatches(CHECKED, (batch) -> {
			Map<Long, Set<String>> existing = existing(this.checks.scheduledFor(ids(batch)));
			int added = 0;
			for (Agreement agreement : batch) {
				added += scheduleChecks(agreement, today, existing.getOrDefault(agreement.getId(), new HashSet<>()));
			}
			this.checks.flush();
			return added;
		});
	}

	/** The same for one agreement (tests schedule theirs without touching others'). */
	public int scheduleChecks(long agreementId, LocalDate today) {
		Integer added = this.transactions.execute((status) -> {
			Map<Long, Set<String>> existing = existing(this.checks.scheduledFor(List.of(agreementId)));
			int n = scheduleChecks(this.agreements.get(agreementId), today,
					existing.getOrDefault(agreementId, new HashSet<>()));
			this.checks.flush();
			return n;
		});
		return (added != null) ? added : 0;
	}

	/**
	 * Schedules the monthly reviews of the groups of agreements in force, up to a week
	 * ahead: each counted from the start of validity, from the first month after HQ first
	 * approved the agreement.
	 * @return how many reviews were added
	 */
	public int scheduleReviews(LocalDate today) {
		return inBatches(EnumSet.of(AgreementStatus.IN_FORCE), (batch) -> {
			Map<Long, Set<String>> existing = existing(this.reviews.scheduledFor(ids(batch)));
			int added = 0;
			for (Agreement agreement : batch) {
				added += scheduleReviews(agreement, today, existing.getOrDefault(agreement.getId(), new HashSet<>()));
			}
			this.reviews.flush();
			return added;
		});
	}

	/**
	 * Tells the other modules of every unrecorded check and review that has fallen due or
	 * become overdue since the team was last told: a run missed (the application was down
	 * that day) is made up by the next, and nothing is told twice.
	 * @return how many were announced
	 */
	int announceDue(LocalDate today) {
		return announce(this.checks, today) + announce(this.reviews, today);
	}

	private <T extends Obligation> int announce(ObligationRepository<T> obligations, LocalDate today) {
		int total = 0;
		long after = 0;
		while (true) {
			long from = after;
			List<T> batch = this.transactions.execute((status) -> {
				List<T> open = obligations.toAnnounce(today, from, Obligation.Announced.DUE, Limit.of(BATCH));
				open.forEach((obligation) -> obligation.announce(today));
				obligations.saveAll(open);
				obligations.flush();
				forget(status.isNewTransaction());
				return open;
			});
			if (batch == null || batch.isEmpty()) {
				return total;
			}
			total += batch.size();
			after = batch.get(batch.size() - 1).getId();
		}
	}

	/**
	 * Runs the work over the agreements in these states, a batch at a time, each in its
	 * own transaction.
	 */
	private int inBatches(Collection<AgreementStatus> statuses, ToIntFunction<List<Agreement>> work) {
		int total = 0;
		long after = 0;
		while (true) {
			long from = after;
			List<Long> ids = this.agreements.idsByStatus(statuses, from, Limit.of(BATCH));
			if (ids.isEmpty()) {
				return total;
			}
			Integer done = this.transactions.execute((status) -> {
				int n = work.applyAsInt(this.agreements.findWithVersions(ids));
				forget(status.isNewTransaction());
				return n;
			});
			total += (done != null) ? done : 0;
			after = ids.get(ids.size() - 1);
		}
	}

	/**
	 * Lets go of a batch's entities, unless the caller's transaction still holds them.
	 */
	private void forget(boolean ownTransaction) {
		if (ownTransaction) {
			this.entityManager.clear();
		}
	}

	private static List<Long> ids(List<Agreement> batch) {
		return batch.stream().map(Agreement::getId).toList();
	}

	/** Rows of (agreement id, key, day) as each agreement's set of "key@day". */
	private static Map<Long, Set<String>> existing(List<Object[]> rows) {
		Map<Long, Set<String>> existing = new HashMap<>();
		for (Object[] row : rows) {
			existing.computeIfAbsent((Long) row[0], (id) -> new HashSet<>()).add(row[1] + "@" + row[2]);
		}
		return existing;
	}

	private int scheduleChecks(Agreement agreement, LocalDate today, Set<String> existing) {
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

	private int scheduleReviews(Agreement agreement, LocalDate today, Set<String> existing) {
		AgreementDraft inForce = agreement.inForceContent().orElse(null);
		LocalDate approvedOn = agreement.firstApprovedAt().map(this.calendar::dayOf).orElse(null);
		if (inForce == null || approvedOn == null) {
			return 0;
		}
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
