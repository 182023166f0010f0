package org.parley.agreement.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.persistence.EntityManager;
import org.parley.agreement.CheckView;
import org.parley.agreement.PartyKind;
import org.parley.agreement.ReviewView;
import org.parley.agreement.internal.AgreementAccess;
import org.parley.agreement.internal.AgreementNotFoundException;
import org.parley.agreement.internal.AgreementRepository;
import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetCursor;
import org.parley.shared.KeysetPage;
import org.parley.shared.NotFoundException;
import org.parley.shared.TeamCalendar;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is owed under agreements, read under the case's need-to-know: the checks and
 * reviews of an agreement, those a field officer's teams have to record, those overdue
 * for HQ, and the checks of the API one page at a time.
 */
@Service
@Transactional(readOnly = true)
public class ObligationQueries {

	private final ComplianceCheckRepository checks;

	private final GroupReviewRepository reviews;

	private final AgreementRepository agreements;

	private final AgreementAccess access;

	private final ArmedGroupQueries groups;

	private final TeamCalendar calendar;

	private final EntityManager entityManager;

	ObligationQueries(ComplianceCheckRepository checks, GroupReviewRepository reviews, AgreementRepository agreements,
			AgreementAccess access, ArmedGroupQueries groups, TeamCalendar calendar, EntityManager entityManager) {
		this.checks = checks;
		this.reviews = reviews;
		this.agreements = agreements;
		this.access = access;
		this.groups = groups;
		this.calendar = calendar;
		this.entityManager = entityManager;
	}

	/** An agreement's checks, if the user may read it. */
	public List<CheckView> checksOf(long agreementId, CurrentUser user) {
		this.access.toRead(agreementId, user);
		return checksOf(agreementId);
	}

	/**
	 * An agreement's checks (the caller has checked that the reader may read it): open
	 * ones first, soonest due first; then the recorded ones, newest first.
	 */
	public List<CheckView> checksOf(long agreementId) {
		LocalDate today = this.calendar.today();
		return this.checks.findByAgreementIdOrderByDueOnAscIdAsc(agreementId)
			.stream()
			.map((c) -> c.view(today))
			.sorted(Comparator.comparing((CheckView c) -> c.result() != null)
				.thenComparing((c) -> (c.result() == null) ? c.dueOn().toEpochDay() : -c.dueOn().toEpochDay()))
			.toList();
	}

	/** An agreement's reviews of groups, if the user may read it. */
	public List<ReviewView> reviewsOf(long agreementId, CurrentUser user) {
		this.access.toRead(agreementId, user);
		return reviewsOf(agreementId);
	}

	/**
	 * The reviews of an agreement's groups (the caller has checked that the reader may
	 * read it): open ones first, soonest due first.
	 */
	public List<ReviewView> reviewsOf(long agreementId) {
		return reviewViews(this.reviews.findByAgreementIdOrderByDueOnAscIdAsc(agreementId)).stream()
			.sorted(Comparator.comparing(ReviewView::recorded)
				.thenComparing((r) -> r.recorded() ? -r.dueOn().toEpochDay() : r.dueOn().toEpochDay()))
			.toList();
	}

	/**
	 * Checks the field officer's teams have to record: due by today, the oldest first.
	 */
	public List<CheckView> checksToRecord(CurrentUser user) {
		return toRecord(this.checks, user, this::checkViews);
	}

	/**
	 * Reviews the field officer's teams have to record: due by today, the oldest first.
	 */
	public List<ReviewView> reviewsToRecord(CurrentUser user) {
		return toRecord(this.reviews, user, (found, today) -> reviewViews(found));
	}

	/**
	 * Unrecorded checks whose window has ended, in the user's teams: the 50 overdue
	 * longest (a start page's list; the checks API, /api/v1/checks, pages through them
	 * all).
	 */
	public List<CheckView> overdueChecks(CurrentUser user) {
		return overdue(this.checks, user, this::checkViews);
	}

	/**
	 * Unrecorded reviews whose window has ended, in the user's teams: the 50 overdue
	 * longest.
	 */
	public List<ReviewView> overdueReviews(CurrentUser user) {
		return overdue(this.reviews, user, (found, today) -> reviewViews(found));
	}

	/** One check, under its case's need-to-know. */
	public CheckView check(long checkId, CurrentUser user) {
		ComplianceCheck check = this.checks.findById(checkId)
			.orElseThrow(() -> new AgreementNotFoundException(checkId));
		this.access.caseOf(check.getCaseId(), check.getAgreementId(), user);
		return check.view(this.calendar.today());
	}

	/**
	 * Whether a check is one of the agreement's: for records of other modules that refer
	 * to both (an incident found by a check).
	 */
	public boolean isCheckOf(long checkId, long agreementId) {
		return this.checks.findById(checkId).map((c) -> c.getAgreementId() == agreementId).orElse(false);
	}

	/**
	 * The registry group that owed a check's commitment: an armed-group party of the
	 * agreement whose name is the commitment's "owed by" (which is free text, so it may
	 * match none), or null.
	 */
	public Long groupThatOwed(long checkId, CurrentUser user) {
		CheckView check = check(checkId, user);
		String owedBy = check.owedBy().strip();
		return this.agreements.get(check.agreementId())
			.details()
			.versions()
			.stream()
			.flatMap((v) -> v.content().parties().stream())
			.filter((p) -> p.kind() == PartyKind.ARMED_GROUP && p.groupId() != null && p.name() != null
					&& p.name().strip().equalsIgnoreCase(owedBy))
			.map((p) -> p.groupId())
			.findFirst()
			.orElse(null);
	}

	/**
	 * The checks of the user's teams, by due date, one keyset page at a time.
	 * @param state open, overdue, recorded, or null for all
	 * @param agreementId only this agreement's checks (not found if not the user's), or
	 * null
	 */
	public KeysetPage<CheckView> page(CurrentUser user, CheckState state, Long agreementId, String cursor, int size) {
		if (agreementId != null) {
			this.access.toRead(agreementId, user);
		}
		List<Long> teams = this.access.teamsToRead(user);
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
			jpql.append(state.condition());
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
		List<CheckView> rows = checkViews(query.getResultList(), today);
		return KeysetPage.of(rows, size, (c) -> new KeysetCursor(c.dueOn().toString(), c.id()).encode());
	}

	private <T extends Obligation, V> List<V> toRecord(ObligationRepository<T> obligations, CurrentUser user,
			BiFunction<List<T>, LocalDate, List<V>> views) {
		List<Long> teams = this.access.teamsToWork(user);
		if (teams.isEmpty()) {
			return List.of();
		}
		LocalDate today = this.calendar.today();
		return views.apply(obligations.dueInForce(teams, today, Limit.of(50)), today);
	}

	private <T extends Obligation, V> List<V> overdue(ObligationRepository<T> obligations, CurrentUser user,
			BiFunction<List<T>, LocalDate, List<V>> views) {
		List<Long> teams = this.access.teamsToRead(user);
		if (teams.isEmpty()) {
			return List.of();
		}
		LocalDate today = this.calendar.today();
		return views.apply(obligations.overdueInForce(teams, today, Limit.of(50)), today);
	}

	private List<CheckView> checkViews(List<ComplianceCheck> found, LocalDate today) {
		return found.stream().map((c) -> c.view(today)).toList();
	}

	private List<ReviewView> reviewViews(List<GroupReview> found) {
		LocalDate today = this.calendar.today();
		Map<Long, String> names = new HashMap<>();
		return found.stream().map((r) -> r.view(names.computeIfAbsent(r.groupId(), this::groupName), today)).toList();
	}

	private String groupName(long groupId) {
		try {
			return this.groups.ref(groupId).name();
		}
		catch (NotFoundException gone) {
			return "#" + groupId;
		}
	}

	private static LocalDate parseDate(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null; // not a cursor of ours: from the start
		}
	}

}
