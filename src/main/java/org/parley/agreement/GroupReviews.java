package org.parley.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseView;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.NotFoundException;
import org.parley.shared.TeamCalendar;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Continued monitoring of the groups (McQuinn &amp; Oliva): every armed group of the
 * registry that is a party to an agreement in force is reviewed each month from the
 * agreement's start, beginning with the first month after HQ approved it. Reviews are
 * scheduled a week ahead by the same run as compliance checks, recorded by the team
 * within two weeks, and overdue after that.
 */
@Service
public class GroupReviews {

	/** How long the team has to record a review after it falls due. */
	static final int WINDOW_DAYS = 14;

	private final AgreementRepository agreements;

	private final AgreementVersionRepository versions;

	private final GroupReviewRepository reviews;

	private final ArmedGroupQueries groups;

	private final CaseQueries cases;

	private final TeamCalendar calendar;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	GroupReviews(AgreementRepository agreements, AgreementVersionRepository versions, GroupReviewRepository reviews,
			ArmedGroupQueries groups, CaseQueries cases, TeamCalendar calendar, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.agreements = agreements;
		this.versions = versions;
		this.reviews = reviews;
		this.groups = groups;
		this.cases = cases;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Schedules the reviews due up to a week ahead; a second run adds nothing. */
	@Transactional
	public int schedule(LocalDate today) {
		int added = 0;
		for (Agreement agreement : this.agreements.findByStatusIn(List.of(AgreementStatus.IN_FORCE))) {
			List<AgreementVersion> approved = this.versions.findByAgreementIdOrderByVersionNoDesc(agreement.getId())
				.stream()
				.filter((v) -> v.getStatus() == VersionStatus.APPROVED || v.getStatus() == VersionStatus.SUPERSEDED)
				.toList();
			AgreementDraft inForce = approved.stream()
				.filter((v) -> v.getStatus() == VersionStatus.APPROVED)
				.findFirst()
				.map(AgreementVersion::content)
				.orElse(null);
			if (inForce == null) {
				continue;
			}
			LocalDate approvedOn = this.calendar.dayOf(approved.get(approved.size() - 1).getReviewedAt());
			LocalDate until = today.plusDays(ComplianceChecks.HORIZON_DAYS);
			if (inForce.validTo() != null && inForce.validTo().isBefore(until)) {
				until = inForce.validTo();
			}
			Set<String> existing = new HashSet<>();
			this.reviews.findByAgreementIdOrderByDueOnAscIdAsc(agreement.getId())
				.forEach((r) -> existing.add(r.getGroupId() + "@" + r.getDueOn()));
			for (Party party : inForce.parties()) {
				if (party.groupId() == null) {
					continue;
				}
				for (LocalDate due : monthlyAfter(inForce.validFrom(), approvedOn, until)) {
					if (existing.add(party.groupId() + "@" + due)) {
						this.reviews.save(new GroupReview(agreement.getId(), agreement.getCaseId(), agreement.teamId(),
								party.groupId(), due, due.plusDays(WINDOW_DAYS), this.clock.instant()));
						added++;
					}
				}
			}
		}
		this.reviews.flush();
		return added;
	}

	/**
	 * The monthly anniversaries of a start date that fall after a day and up to another;
	 * each counted from the start, so that the 31st becomes the last day of short months
	 * without drifting.
	 */
	static List<LocalDate> monthlyAfter(LocalDate start, LocalDate after, LocalDate until) {
		List<LocalDate> dates = new ArrayList<>();
		for (int n = 1;; n++) {
			LocalDate date = start.plusMonths(n);
			if (date.isAfter(until)) {
				return dates;
			}
			if (date.isAfter(after)) {
				dates.add(date);
			}
		}
	}

	/**
	 * Tells the other modules, in this transaction, of every unrecorded review that has
	 * fallen due or is overdue, on every run (as checks are announced).
	 * @return how many were announced
	 */
	int announceDue(LocalDate today) {
		List<GroupReview> open = this.reviews.dueInForce(today);
		for (GroupReview review : open) {
			this.events.publishEvent(new GroupReviewDue(review.getId(), review.getAgreementId(), review.getCaseId(),
					review.teamId(), review.getDueOn(), review.view(null, today).overdue()));
		}
		return open.size();
	}

	/** The team records its review of the group. */
	@Transactional
	public void record(long reviewId, long version, GroupReviewRecord record, CurrentUser user) {
		GroupReview review = this.reviews.findById(reviewId)
			.orElseThrow(() -> new AgreementNotFoundException(reviewId));
		CaseView view = AgreementCases.visible(this.cases, review.getCaseId(), review.getAgreementId(), user);
		if (!this.cases.canWork(view, user)) {
			throw new AccessDeniedException("Only the team's field officers record reviews of groups");
		}
		ConcurrentEditException.check("GroupReview", reviewId, version, review.getVersion());
		review.record(record, user.username(), this.clock.instant());
		this.reviews.flush();
	}

	/** The reviews of an agreement's groups: open ones first, soonest due first. */
	@Transactional(readOnly = true)
	public List<GroupReview.ReviewView> ofAgreement(long agreementId, CurrentUser user) {
		Agreement agreement = this.agreements.findById(agreementId)
			.orElseThrow(() -> new AgreementNotFoundException(agreementId));
		AgreementCases.visible(this.cases, agreement.getCaseId(), agreementId, user);
		return views(this.reviews.findByAgreementIdOrderByDueOnAscIdAsc(agreementId)).stream()
			.sorted(Comparator.comparing(GroupReview.ReviewView::recorded)
				.thenComparing((r) -> r.recorded() ? -r.dueOn().toEpochDay() : r.dueOn().toEpochDay()))
			.toList();
	}

	/** Reviews the field officer's teams have to record: due by today, oldest first. */
	@Transactional(readOnly = true)
	public List<GroupReview.ReviewView> toRecord(CurrentUser user) {
		List<Long> teams = this.cases.openingTeams(user).stream().map((t) -> t.id()).toList();
		if (teams.isEmpty()) {
			return List.of();
		}
		return views(
				this.reviews.dueInForce(teams, this.calendar.today(), org.springframework.data.domain.Limit.of(50)));
	}

	/** Unrecorded reviews whose window has ended, in the user's teams. */
	@Transactional(readOnly = true)
	public List<GroupReview.ReviewView> overdue(CurrentUser user) {
		List<Long> teams = this.cases.readingTeams(user).stream().map((t) -> t.id()).toList();
		if (teams.isEmpty()) {
			return List.of();
		}
		return views(this.reviews.overdueInForce(teams, this.calendar.today()));
	}

	private List<GroupReview.ReviewView> views(List<GroupReview> found) {
		LocalDate today = this.calendar.today();
		Map<Long, String> names = new HashMap<>();
		return found.stream()
			.map((r) -> r.view(names.computeIfAbsent(r.getGroupId(), this::groupName), today))
			.toList();
	}

	private String groupName(long groupId) {
		try {
			return this.groups.ref(groupId).name();
		}
		catch (NotFoundException gone) {
			return "#" + groupId;
		}
	}

}
