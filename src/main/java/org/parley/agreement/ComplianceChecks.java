package org.parley.agreement;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.parley.audit.AuditReason;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseView;
import org.parley.negotiation.CaseWorkflow;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetCursor;
import org.parley.shared.KeysetPage;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance checks of the commitments of agreements in force: scheduled from each
 * commitment's due date or recurrence a week ahead, recorded by the team, overdue when
 * their window ends unrecorded. The same run expires agreements whose end date has
 * passed.
 */
@Service
public class ComplianceChecks {

	private static final Logger log = LoggerFactory.getLogger(ComplianceChecks.class);

	/** How far ahead checks are scheduled, so that the team sees them coming. */
	static final int HORIZON_DAYS = 7;

	/**
	 * A transaction-scoped PostgreSQL advisory lock taken by the scheduled run: with
	 * several application instances, one runs and the others skip.
	 */
	static final long LOCK = 0x7061726c6579L; // "parley"

	private final AgreementRepository agreements;

	private final AgreementVersionRepository versions;

	private final ComplianceCheckRepository checks;

	private final CaseQueries cases;

	private final TeamCalendar calendar;

	private final EntityManager entityManager;

	private final CaseWorkflow workflow;

	private final Clock clock;

	private final GroupReviews reviews;

	private final ApplicationEventPublisher events;

	private final AgreementAttachments attachments;

	ComplianceChecks(AgreementRepository agreements, AgreementVersionRepository versions,
			ComplianceCheckRepository checks, CaseQueries cases, TeamCalendar calendar, EntityManager entityManager,
			CaseWorkflow workflow, Clock clock, GroupReviews reviews, ApplicationEventPublisher events,
			AgreementAttachments attachments) {
		this.reviews = reviews;
		this.events = events;
		this.attachments = attachments;
		this.workflow = workflow;
		this.agreements = agreements;
		this.versions = versions;
		this.checks = checks;
		this.cases = cases;
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
		int added = schedule(today);
		int reviews = this.reviews.schedule(today);
		int open = announceDue(today) + this.reviews.announceDue(today);
		log.info("Compliance checks: {} scheduled for {}; reviews of groups: {}; {} checks and reviews due or overdue.",
				added, today, reviews, open);
		return true;
	}

	/**
	 * Tells the other modules, in this transaction, of every unrecorded check that has
	 * fallen due or is overdue: on every run, so that a run missed (the application was
	 * down that day) is made up by the next.
	 * @return how many were announced
	 */
	int announceDue(LocalDate today) {
		List<ComplianceCheck> open = this.checks.dueInForce(today);
		for (ComplianceCheck check : open) {
			ComplianceCheck.CheckView view = check.view(today);
			this.events.publishEvent(new ComplianceCheckDue(view.id(), view.agreementId(), view.caseId(),
					check.teamId(), view.dueOn(), view.overdue()));
		}
		return open.size();
	}

	/** Schedules the checks due up to a week ahead and expires ended agreements. */
	@Transactional
	public int schedule(LocalDate today) {
		int added = 0;
		for (Agreement agreement : this.agreements.findByStatusIn(
				EnumSet.of(AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED, AgreementStatus.BREACHED))) {
			added += schedule(agreement, today);
		}
		this.checks.flush();
		return added;
	}

	/** The same for one agreement (tests schedule theirs without touching others'). */
	@Transactional
	int schedule(long agreementId, LocalDate today) {
		int added = schedule(this.agreements.findById(agreementId).orElseThrow(), today);
		this.checks.flush();
		return added;
	}

	private int schedule(Agreement agreement, LocalDate today) {
		AgreementDraft inForce = this.versions.findByAgreementIdOrderByVersionNoDesc(agreement.getId())
			.stream()
			.filter((v) -> v.getStatus() == VersionStatus.APPROVED)
			.findFirst()
			.map(AgreementVersion::content)
			.orElse(null);
		if (inForce == null) {
			return 0;
		}
		if (inForce.validTo() != null && inForce.validTo().isBefore(today)) {
			AuditReason.set("valid_to " + inForce.validTo() + " passed");
			agreement.expire(this.clock.instant());
			this.events.publishEvent(new AgreementStatusChanged(agreement.getId(), agreement.getCaseId(),
					agreement.teamId(), AgreementStatus.EXPIRED, null));
			return 0;
		}
		if (agreement.getStatus() != AgreementStatus.IN_FORCE) {
			return 0; // suspended or breached: nothing is owed meanwhile
		}
		Set<String> existing = new HashSet<>();
		this.checks.findByAgreementIdOrderByDueOnAscIdAsc(agreement.getId())
			.forEach((c) -> existing.add(c.view(today).commitmentKey() + "@" + c.view(today).dueOn()));
		LocalDate until = today.plusDays(HORIZON_DAYS);
		if (inForce.validTo() != null && inForce.validTo().isBefore(until)) {
			until = inForce.validTo();
		}
		int added = 0;
		for (Commitment commitment : inForce.commitments()) {
			for (LocalDate due : occurrences(commitment, inForce.validFrom(), until)) {
				if (existing.add(commitment.key() + "@" + due)) {
					this.checks.save(new ComplianceCheck(agreement.getId(), agreement.getCaseId(), agreement.teamId(),
							commitment, due, windowEnd(commitment, due), this.clock.instant()));
					added++;
				}
			}
		}
		return added;
	}

	/** The dates a commitment falls due between two days, both included. */
	static List<LocalDate> occurrences(Commitment commitment, LocalDate from, LocalDate until) {
		List<LocalDate> dates = new ArrayList<>();
		switch (commitment.recurrence()) {
			case NONE -> {
				if (!commitment.dueOn().isBefore(from) && !commitment.dueOn().isAfter(until)) {
					dates.add(commitment.dueOn());
				}
			}
			case WEEKLY -> {
				LocalDate date = from;
				while (date.getDayOfWeek() != DayOfWeek.of(commitment.recurrenceDay())) {
					date = date.plusDays(1);
				}
				for (; !date.isAfter(until); date = date.plusWeeks(1)) {
					dates.add(date);
				}
			}
			case MONTHLY -> {
				LocalDate date = from.withDayOfMonth(commitment.recurrenceDay());
				if (date.isBefore(from)) {
					date = date.plusMonths(1);
				}
				for (; !date.isAfter(until); date = date.plusMonths(1).withDayOfMonth(commitment.recurrenceDay())) {
					dates.add(date);
				}
			}
		}
		return dates;
	}

	/** A weekly check is recorded within 3 days; a monthly or single one within 7. */
	static LocalDate windowEnd(Commitment commitment, LocalDate due) {
		return due.plusDays((commitment.recurrence() == Recurrence.WEEKLY) ? 3 : 7);
	}

	/** The team records what a check found. */
	@Transactional
	public void record(long checkId, long version, CheckRecord record, CurrentUser user) {
		record(checkId, version, record, false, user);
	}

	/**
	 * The team records what a check found and, for a violation, may in the same step mark
	 * the agreement breached and send the case back to negotiation rounds, the evidence
	 * being the reason of both.
	 */
	@Transactional
	public void record(long checkId, long version, CheckRecord record, boolean breach, CurrentUser user) {
		record(checkId, version, record, breach, List.of(), user);
	}

	/**
	 * Records a check with files attached as evidence (a refused file refuses the whole
	 * record, on field {@code attachments}).
	 */
	@Transactional
	public void record(long checkId, long version, CheckRecord record, boolean breach,
			List<org.springframework.web.multipart.MultipartFile> files, CurrentUser user) {
		ComplianceCheck check = this.checks.findById(checkId)
			.orElseThrow(() -> new AgreementNotFoundException(checkId));
		CaseView view = visibleCase(check, user);
		if (!this.cases.canWork(view, user)) {
			throw new AccessDeniedException("Only the team's field officers record checks");
		}
		ConcurrentEditException.check("ComplianceCheck", checkId, version, check.getVersion());
		check.record(record, user.username(), this.clock.instant());
		this.checks.flush();
		this.attachments.attachToCheck(checkId, check.getAgreementId(), files, user);
		if (breach) {
			if (record.result() != CheckResult.VIOLATED) {
				throw new RuleViolation("result", "agreement.check.breach-needs-violation");
			}
			Agreement agreement = this.agreements.findById(check.getAgreementId()).orElseThrow();
			String reason = record.evidence().strip();
			agreement.move(AgreementStatus.BREACHED, reason, this.clock.instant());
			this.agreements.flush();
			this.events.publishEvent(new AgreementStatusChanged(agreement.getId(), agreement.getCaseId(),
					agreement.teamId(), AgreementStatus.BREACHED, user.username()));
			this.workflow.breachReported(view.id(), reason, user);
		}
	}

	/**
	 * Whether a check is one of the agreement's: for records of other modules that refer
	 * to both (an incident found by a check).
	 */
	@Transactional(readOnly = true)
	public boolean isOf(long checkId, long agreementId) {
		return this.checks.findById(checkId).map((c) -> c.getAgreementId() == agreementId).orElse(false);
	}

	@Transactional(readOnly = true)
	public List<ComplianceCheck.CheckView> ofAgreement(long agreementId, CurrentUser user) {
		Agreement agreement = this.agreements.findById(agreementId)
			.orElseThrow(() -> new AgreementNotFoundException(agreementId));
		AgreementCases.visible(this.cases, agreement.getCaseId(), agreementId, user);
		LocalDate today = this.calendar.today();
		// Open checks first, soonest due first; then the recorded ones, newest first.
		return this.checks.findByAgreementIdOrderByDueOnAscIdAsc(agreementId)
			.stream()
			.map((c) -> c.view(today))
			.sorted(java.util.Comparator.comparing((ComplianceCheck.CheckView c) -> c.result() != null)
				.thenComparing((c) -> (c.result() == null) ? c.dueOn().toEpochDay() : -c.dueOn().toEpochDay()))
			.toList();
	}

	/**
	 * Checks the field officer's teams have to record: due by today, not recorded, the
	 * oldest (and overdue) first.
	 */
	@Transactional(readOnly = true)
	public List<ComplianceCheck.CheckView> toRecord(CurrentUser user) {
		List<Long> teams = this.cases.openingTeams(user).stream().map((t) -> t.id()).toList();
		if (teams.isEmpty()) {
			return List.of();
		}
		LocalDate today = this.calendar.today();
		return this.checks.dueInForce(teams, today, org.springframework.data.domain.Limit.of(50))
			.stream()
			.map((c) -> c.view(today))
			.toList();
	}

	/** Unrecorded checks whose window has ended, in the user's teams. */
	@Transactional(readOnly = true)
	public List<ComplianceCheck.CheckView> overdue(CurrentUser user) {
		List<Long> teams = this.cases.readingTeams(user).stream().map((t) -> t.id()).toList();
		if (teams.isEmpty()) {
			return List.of();
		}
		LocalDate today = this.calendar.today();
		return this.checks.overdueInForce(teams, today).stream().map((c) -> c.view(today)).toList();
	}

	/** One check, under its case's need-to-know. */
	@Transactional(readOnly = true)
	public ComplianceCheck.CheckView one(long checkId, CurrentUser user) {
		ComplianceCheck check = this.checks.findById(checkId)
			.orElseThrow(() -> new AgreementNotFoundException(checkId));
		visibleCase(check, user);
		return check.view(this.calendar.today());
	}

	/**
	 * The registry group that owed a check's commitment: an armed-group party of the
	 * agreement whose name is the commitment's "owed by" (which is free text, so it may
	 * match none), or null.
	 */
	@Transactional(readOnly = true)
	public Long groupThatOwed(long checkId, CurrentUser user) {
		ComplianceCheck.CheckView check = one(checkId, user);
		String owedBy = check.owedBy().strip();
		return this.versions.findByAgreementIdOrderByVersionNoDesc(check.agreementId())
			.stream()
			.flatMap((v) -> v.content().parties().stream())
			.filter((p) -> p.kind() == PartyKind.ARMED_GROUP && p.groupId() != null && p.name() != null
					&& p.name().strip().equalsIgnoreCase(owedBy))
			.map(Party::groupId)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The checks of the user's teams, by due date, one keyset page at a time.
	 * @param state open (not recorded, window not ended), overdue (not recorded, window
	 * ended), recorded, or null for all
	 * @param agreementId only this agreement's checks (not found if not the user's), or
	 * null
	 */
	@Transactional(readOnly = true)
	public KeysetPage<ComplianceCheck.CheckView> page(CurrentUser user, CheckState state, Long agreementId,
			String cursor, int size) {
		if (agreementId != null) {
			Agreement agreement = this.agreements.findById(agreementId)
				.orElseThrow(() -> new AgreementNotFoundException(agreementId));
			AgreementCases.visible(this.cases, agreement.getCaseId(), agreementId, user);
		}
		List<Long> teams = this.cases.readingTeams(user).stream().map((t) -> t.id()).toList();
		if (teams.isEmpty()) {
			return new KeysetPage<>(List.of(), null);
		}
		LocalDate today = this.calendar.today();
		StringBuilder jpql = new StringBuilder("SELECT c FROM ComplianceCheck c WHERE c.teamId IN :teams");
		Map<String, Object> params = new HashMap<>();
		params.put("teams", teams);
		if (agreementId != null) {
			jpql.append(" AND c.agreementId = :agreement");
			params.put("agreement", agreementId);
		}
		if (state != null) {
			jpql.append(switch (state) {
				case OPEN -> " AND c.result IS NULL AND c.windowEnds >= :today";
				case OVERDUE -> " AND c.result IS NULL AND c.windowEnds < :today";
				case RECORDED -> " AND c.result IS NOT NULL";
			});
			if (state != CheckState.RECORDED) {
				params.put("today", today);
			}
		}
		KeysetCursor after = KeysetCursor.decode(cursor);
		LocalDate afterDue = (after != null) ? parseDate(after.key()) : null;
		if (afterDue != null) {
			jpql.append(" AND (c.dueOn > :afterDue OR (c.dueOn = :afterDue AND c.id > :afterId))");
			params.put("afterDue", afterDue);
			params.put("afterId", after.id());
		}
		jpql.append(" ORDER BY c.dueOn, c.id");
		var query = this.entityManager.createQuery(jpql.toString(), ComplianceCheck.class).setMaxResults(size + 1);
		params.forEach(query::setParameter);
		List<ComplianceCheck.CheckView> rows = query.getResultList().stream().map((c) -> c.view(today)).toList();
		return KeysetPage.of(rows, size, (c) -> new KeysetCursor(c.dueOn().toString(), c.id()).encode());
	}

	private static LocalDate parseDate(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null; // not a cursor of ours: from the start
		}
	}

	/** Where a check stands, as the API filters it. */
	public enum CheckState {

		OPEN, OVERDUE, RECORDED

	}

	private CaseView visibleCase(ComplianceCheck check, CurrentUser user) {
		return AgreementCases.visible(this.cases, check.getCaseId(), check.getAgreementId(), user);
	}

}
