package org.parley.agreement;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.armedgroup.GroupRef;
import org.parley.audit.AuditReason;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseStatus;
import org.parley.negotiation.CaseView;
import org.parley.negotiation.MethodStep;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamCalendar;
import org.parley.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements under the case's need-to-know: drafted by the team's field officers once the
 * case has reached the agreement step, reviewed by an HQ reviewer of the team who neither
 * drafted nor submitted the version. Editing an approved agreement drafts a new version;
 * the approved one stays in force until the new one is approved.
 */
@Service
public class Agreements {

	private final AgreementRepository agreements;

	private final AgreementVersionRepository versions;

	private final CaseQueries cases;

	private final ArmedGroupQueries groups;

	private final Clock clock;

	private final TeamCalendar calendar;

	private final ApplicationEventPublisher events;

	Agreements(AgreementRepository agreements, AgreementVersionRepository versions, CaseQueries cases,
			ArmedGroupQueries groups, Clock clock, TeamCalendar calendar, ApplicationEventPublisher events) {
		this.calendar = calendar;
		this.events = events;
		this.agreements = agreements;
		this.versions = versions;
		this.cases = cases;
		this.groups = groups;
		this.clock = clock;
	}

	/** A first draft for the case: the organisation and the case's groups as parties. */
	@Transactional(readOnly = true)
	public AgreementDraft firstDraft(long caseId, String organisation, CurrentUser user) {
		CaseView view = this.cases.get(caseId, user);
		List<Party> parties = new ArrayList<>();
		parties.add(new Party(PartyKind.ORGANISATION, null, organisation));
		for (GroupRef group : view.groups()) {
			parties.add(new Party(PartyKind.ARMED_GROUP, group.id(), group.name()));
		}
		return AgreementDraft.first(view.title(), parties, this.calendar.today());
	}

	@Transactional
	public long create(long caseId, AgreementDraft draft, CurrentUser user) {
		CaseView view = workable(caseId, user);
		Agreement agreement = this.agreements
			.save(new Agreement(caseId, view.teamId(), user.username(), this.clock.instant()));
		AgreementVersion first = new AgreementVersion(agreement.getId(), view.teamId(), 1, user.username(),
				this.clock.instant());
		write(first, draft);
		this.versions.saveAndFlush(first);
		return agreement.getId();
	}

	/** Edits the version being drafted (or returned by HQ). */
	@Transactional
	public void update(long agreementId, long versionId, long version, AgreementDraft draft, CurrentUser user) {
		Agreement agreement = visible(agreementId, user);
		workable(agreement.getCaseId(), user);
		AgreementVersion open = version(agreement, versionId);
		ConcurrentEditException.check("AgreementVersion", versionId, version, open.getVersion());
		if (open.getStatus() == VersionStatus.RETURNED) {
			// What HQ returned stays as HQ saw it, with its comments: the answer is the
			// next version, which HQ compares with it.
			int latest = this.versions.findByAgreementIdOrderByVersionNoDesc(agreementId).get(0).getVersionNo();
			if (latest != open.getVersionNo()) {
				throw new RuleViolation(null, "agreement.version.not-editable");
			}
			open.answered(this.clock.instant());
			this.versions.flush();
			open = this.versions.save(open.next(latest + 1, user.username(), this.clock.instant()));
		}
		write(open, draft);
		this.versions.flush();
	}

	/** Sends the version to HQ for review. */
	@Transactional
	public void submit(long agreementId, long versionId, long version, CurrentUser user) {
		Agreement agreement = visible(agreementId, user);
		workable(agreement.getCaseId(), user);
		AgreementVersion open = version(agreement, versionId);
		ConcurrentEditException.check("AgreementVersion", versionId, version, open.getVersion());
		open.submit(user.username(), this.clock.instant());
		agreement.submitted(this.clock.instant());
		this.versions.flush();
		AgreementDetails.VersionView submitted = open.view();
		this.events.publishEvent(new AgreementVersionSubmitted(agreementId, agreement.getCaseId(), agreement.teamId(),
				submitted.versionNo(), submitted.draftedBy(), submitted.submittedBy()));
	}

	/**
	 * HQ's review of a submitted version: approval puts it in force (the one before is
	 * superseded); a return needs a comment, and may comment single commitments.
	 */
	@Transactional
	public void review(long agreementId, long versionId, long version, boolean approve, String comment,
			Map<String, String> onCommitments, CurrentUser reviewer) {
		Agreement agreement = visible(agreementId, reviewer);
		CaseView view = this.cases.get(agreement.getCaseId(), reviewer);
		if (!this.cases.canDecide(view, reviewer)) {
			throw new AccessDeniedException("Only HQ reviewers of the team review agreements");
		}
		requireActive(view);
		AgreementVersion submitted = version(agreement, versionId);
		ConcurrentEditException.check("AgreementVersion", versionId, version, submitted.getVersion());
		AuditReason.set(comment);
		if (approve) {
			submitted.approve(reviewer.username(), comment, this.clock.instant());
			for (AgreementVersion other : this.versions.findByAgreementIdOrderByVersionNoDesc(agreementId)) {
				if (other.getStatus() == VersionStatus.APPROVED && other != submitted) {
					other.supersede(this.clock.instant());
				}
			}
			agreement.approved(submitted.getVersionNo(), this.clock.instant());
		}
		else {
			List<ReviewComment> comments = new ArrayList<>();
			onCommitments.forEach((key, text) -> {
				if (Text.blankToNull(text) != null) {
					comments.add(new ReviewComment(key, text.strip()));
				}
			});
			submitted.returnWith(reviewer.username(), comment, comments, this.clock.instant());
			agreement.returned(this.clock.instant());
		}
		this.versions.flush();
		AgreementDetails.VersionView reviewed = submitted.view();
		this.events.publishEvent(new AgreementVersionReviewed(agreementId, agreement.getCaseId(), agreement.teamId(),
				reviewed.versionNo(), approve, reviewed.draftedBy(), reviewed.submittedBy(), reviewer.username()));
	}

	/** Drafts a new version of an approved agreement, starting from the one in force. */
	@Transactional
	public long revise(long agreementId, long version, CurrentUser user) {
		Agreement agreement = visible(agreementId, user);
		workable(agreement.getCaseId(), user);
		ConcurrentEditException.check("Agreement", agreementId, version, agreement.getVersion());
		if (!agreement.revisable()) {
			throw new RuleViolation(null, "agreement.revision.ended");
		}
		List<AgreementVersion> all = this.versions.findByAgreementIdOrderByVersionNoDesc(agreementId);
		VersionStatus latest = all.get(0).getStatus();
		if (latest == VersionStatus.DRAFT || latest == VersionStatus.SUBMITTED || latest == VersionStatus.RETURNED) {
			throw new RuleViolation(null, "agreement.version.open-exists");
		}
		AgreementVersion inForce = all.stream()
			.filter((v) -> v.getStatus() == VersionStatus.APPROVED)
			.findFirst()
			.orElseThrow(() -> new RuleViolation(null, "agreement.version.none-approved"));
		AgreementVersion next = inForce.next(all.get(0).getVersionNo() + 1, user.username(), this.clock.instant());
		return this.versions.saveAndFlush(next).getId();
	}

	/** Suspends, marks breached, terminates, or puts back in force, with a reason. */
	@Transactional
	public void move(long agreementId, long version, AgreementStatus to, String reason, CurrentUser user) {
		Agreement agreement = visible(agreementId, user);
		CaseView view = this.cases.get(agreement.getCaseId(), user);
		if (!this.cases.canWork(view, user) && !this.cases.canDecide(view, user)) {
			throw new AccessDeniedException("Only the team's field officers and HQ reviewers change an agreement");
		}
		requireActive(view);
		ConcurrentEditException.check("Agreement", agreementId, version, agreement.getVersion());
		agreement.move(to, reason, this.clock.instant());
		AuditReason.set(reason);
		this.agreements.flush();
		this.events.publishEvent(new AgreementStatusChanged(agreementId, agreement.getCaseId(), agreement.teamId(), to,
				user.username()));
	}

	// ---- Reading -------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<AgreementDetails> ofCase(long caseId, CurrentUser user) {
		this.cases.get(caseId, user);
		return this.agreements.findByCaseIdOrderById(caseId).stream().map(this::details).toList();
	}

	@Transactional(readOnly = true)
	public AgreementDetails details(long agreementId, CurrentUser user) {
		return details(visible(agreementId, user));
	}

	/**
	 * Whether the case has an agreement approved and in force (for its agreement step).
	 */
	@Transactional(readOnly = true)
	public boolean inForce(long caseId) {
		return this.agreements.existsByCaseIdAndStatus(caseId, AgreementStatus.IN_FORCE);
	}

	/** Versions waiting for this HQ reviewer's review: of their teams, not their own. */
	@Transactional(readOnly = true)
	public List<Waiting> waitingFor(CurrentUser reviewer) {
		List<Long> teams = reviewer.teamIds().stream().filter((t) -> reviewer.hasRole("HQ_REVIEWER")).toList();
		if (teams.isEmpty()) {
			return List.of();
		}
		List<Waiting> waiting = new ArrayList<>();
		for (AgreementVersion v : this.versions.findByStatusAndTeamIdInOrderBySubmittedAtAsc(VersionStatus.SUBMITTED,
				teams)) {
			AgreementDetails.VersionView view = v.view();
			if (!reviewer.username().equals(view.draftedBy()) && !reviewer.username().equals(view.submittedBy())) {
				Agreement agreement = this.agreements.findById(v.getAgreementId()).orElseThrow();
				waiting.add(new Waiting(agreement.getId(), agreement.getCaseId(), view));
			}
		}
		return waiting;
	}

	/** A version waiting for review, with its agreement and case. */
	public record Waiting(long agreementId, long caseId, AgreementDetails.VersionView version) {
	}

	private AgreementDetails details(Agreement agreement) {
		return new AgreementDetails(agreement.getId(), agreement.getCaseId(), agreement.getStatus(),
				agreement.getInForceVersion(), agreement.getStatusReason(), agreement.getCreatedBy(),
				agreement.getVersion(),
				this.versions.findByAgreementIdOrderByVersionNoDesc(agreement.getId())
					.stream()
					.map(AgreementVersion::view)
					.toList(),
				Agreement.movesFrom(agreement.getStatus()));
	}

	// ---- Rules ---------------------------------------------------------------------

	private void write(AgreementVersion target, AgreementDraft draft) {
		if (draft.validTo() != null && draft.validTo().isBefore(draft.validFrom())) {
			throw new RuleViolation("validTo", "validation.date.before-start");
		}
		List<Party> parties = new ArrayList<>();
		for (Party party : draft.parties()) {
			if (party.blank()) {
				continue;
			}
			PartyKind kind = (party.kind() != null) ? party.kind() : PartyKind.OTHER;
			if (kind == PartyKind.ARMED_GROUP) {
				if (party.groupId() == null || !this.groups.exists(party.groupId())) {
					throw new RuleViolation("parties", "armedgroup.relation.unknown-group");
				}
				parties.add(new Party(kind, party.groupId(), this.groups.ref(party.groupId()).name()));
			}
			else {
				if (Text.blankToNull(party.name()) == null) {
					throw new RuleViolation("parties", "agreement.party.name-required");
				}
				parties.add(new Party(kind, null, party.name().strip()));
			}
		}
		if (parties.isEmpty()) {
			throw new RuleViolation("parties", "agreement.party.required");
		}
		List<Commitment> commitments = new ArrayList<>();
		for (Commitment c : draft.commitments()) {
			if (c.blank()) {
				continue;
			}
			commitments.add(commitment(c, draft));
		}
		if (commitments.isEmpty()) {
			throw new RuleViolation("commitments", "agreement.commitment.required");
		}
		target.write(draft, parties, commitments, this.clock.instant());
	}

	/**
	 * A commitment checked and cleaned: complete, and falling due within the validity.
	 */
	private static Commitment commitment(Commitment c, AgreementDraft draft) {
		if (Text.blankToNull(c.owedBy()) == null || Text.blankToNull(c.what()) == null
				|| Text.blankToNull(c.verification()) == null) {
			throw new RuleViolation("commitments", "agreement.commitment.incomplete");
		}
		Recurrence recurrence = (c.recurrence() != null) ? c.recurrence() : Recurrence.NONE;
		Integer day = (recurrence == Recurrence.NONE) ? null : c.recurrenceDay();
		switch (recurrence) {
			case NONE -> {
				if (c.dueOn() == null) {
					throw new RuleViolation("commitments", "agreement.commitment.due-required");
				}
				if (c.dueOn().isBefore(draft.validFrom())
						|| (draft.validTo() != null && c.dueOn().isAfter(draft.validTo()))) {
					throw new RuleViolation("commitments", "agreement.commitment.due-outside");
				}
			}
			case WEEKLY -> {
				if (day == null || day < 1 || day > 7) {
					throw new RuleViolation("commitments", "agreement.commitment.weekday");
				}
				requireOccurrence(draft, (date) -> date.getDayOfWeek() == DayOfWeek.of(day));
			}
			case MONTHLY -> {
				if (day == null || day < 1 || day > 28) {
					throw new RuleViolation("commitments", "agreement.commitment.month-day");
				}
				requireOccurrence(draft, (date) -> date.getDayOfMonth() == day);
			}
		}
		String key = (Text.blankToNull(c.key()) != null) ? c.key() : UUID.randomUUID().toString();
		return new Commitment(key, c.owedBy().strip(), c.what().strip(),
				(c.category() != null) ? c.category() : CommitmentCategory.OTHER,
				(recurrence == Recurrence.NONE) ? c.dueOn() : null, recurrence, day, c.verification().strip());
	}

	/** A recurrence must fall at least once between the start and the end of validity. */
	private static void requireOccurrence(AgreementDraft draft, java.util.function.Predicate<LocalDate> falls) {
		if (draft.validTo() == null) {
			return;
		}
		for (LocalDate date = draft.validFrom(); !date.isAfter(draft.validTo()); date = date.plusDays(1)) {
			if (falls.test(date)) {
				return;
			}
		}
		throw new RuleViolation("commitments", "agreement.commitment.never-falls");
	}

	private Agreement visible(long agreementId, CurrentUser user) {
		Agreement agreement = this.agreements.findById(agreementId)
			.orElseThrow(() -> new AgreementNotFoundException(agreementId));
		AgreementCases.visible(this.cases, agreement.getCaseId(), agreementId, user);
		return agreement;
	}

	private static void requireActive(CaseView view) {
		if (view.status() != CaseStatus.ACTIVE) {
			throw new RuleViolation(null, "negotiation.case.closed");
		}
	}

	private AgreementVersion version(Agreement agreement, long versionId) {
		return this.versions.findById(versionId)
			.filter((v) -> v.getAgreementId() == agreement.getId())
			.orElseThrow(() -> new AgreementNotFoundException(agreement.getId()));
	}

	/**
	 * The case, if the user works on it and it has reached the agreement step: nothing is
	 * agreed before HQ has decided to engage and the team has negotiated.
	 */
	private CaseView workable(long caseId, CurrentUser user) {
		CaseView view = this.cases.get(caseId, user);
		if (!this.cases.canWork(view, user)) {
			throw new AccessDeniedException("Only the team's field officers draft agreements");
		}
		if (view.status() != CaseStatus.ACTIVE) {
			throw new RuleViolation(null, "negotiation.case.closed");
		}
		if (view.currentStep().ordinal() < MethodStep.AGREEMENT.ordinal()) {
			throw new RuleViolation(null, "agreement.case.not-yet");
		}
		return view;
	}

}
