package org.parley.agreement.internal;

import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.agreement.AgreementDraft;
import org.parley.agreement.AgreementStatus;
import org.parley.agreement.Party;
import org.parley.agreement.PartyKind;
import org.parley.agreement.ReviewComment;
import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.armedgroup.GroupRef;
import org.parley.audit.AuditReasons;
import org.parley.shared.CurrentUser;
import org.parley.shared.NotFoundException;
import org.parley.shared.TeamCalendar;
import org.parley.shared.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the team and HQ do with an agreement, each in one transaction: the team drafts,
 * writes and sends versions and starts a change of the agreement in force; HQ approves or
 * returns them; either suspends, breaches, terminates or puts it back in force. Each asks
 * the case once whether the user may, lets the {@link Agreement} decide, and saves it,
 * which publishes what it registered.
 */
@Service
public class AgreementWorkflow {

	private final AgreementRepository agreements;

	private final AgreementAccess access;

	private final ArmedGroupQueries groups;

	private final CaseQueries cases;

	private final TeamCalendar calendar;

	private final Clock clock;

	private final AuditReasons reasons;

	AgreementWorkflow(AgreementRepository agreements, AgreementAccess access, ArmedGroupQueries groups,
			CaseQueries cases, TeamCalendar calendar, Clock clock, AuditReasons reasons) {
		this.reasons = reasons;
		this.agreements = agreements;
		this.access = access;
		this.groups = groups;
		this.cases = cases;
		this.calendar = calendar;
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

	/** A new agreement of the case, its first version as drafted. */
	@Transactional
	public long create(long caseId, AgreementDraft draft, CurrentUser user) {
		CaseGrant grant = this.access.toDraftIn(caseId, user);
		Agreement agreement = Agreement.draft(caseId, grant.teamId(), checked(draft), user.username(),
				this.clock.instant());
		return this.agreements.store(agreement).getId();
	}

	/** Writes the version being drafted, or answers the one HQ returned. */
	@Transactional
	public void update(long agreementId, long versionId, long version, AgreementDraft draft, CurrentUser user) {
		Agreement agreement = this.access.toDraft(agreementId, user);
		agreement.write(versionId, version, checked(draft), user.username(), this.clock.instant());
		this.agreements.store(agreement);
	}

	/** Sends the version to HQ for review. */
	@Transactional
	public void submit(long agreementId, long versionId, long version, CurrentUser user) {
		Agreement agreement = this.access.toDraft(agreementId, user);
		agreement.submit(versionId, version, user.username(), this.clock.instant());
		this.agreements.store(agreement);
	}

	/** HQ approves a submitted version: it is in force, the one before superseded. */
	@Transactional
	public void approve(long agreementId, long versionId, long version, String comment, CurrentUser reviewer) {
		Agreement agreement = this.access.toReview(agreementId, reviewer);
		this.reasons.because(comment, () -> {
			agreement.approve(versionId, version, reviewer.username(), comment, this.clock.instant());
			this.agreements.store(agreement);
		});
	}

	/**
	 * HQ returns a submitted version with a comment, and comments on single commitments
	 * (by their key; empty ones are left out).
	 */
	@Transactional
	public void returnWith(long agreementId, long versionId, long version, String comment,
			Map<String, String> onCommitments, CurrentUser reviewer) {
		Agreement agreement = this.access.toReview(agreementId, reviewer);
		List<ReviewComment> comments = new ArrayList<>();
		onCommitments.forEach((key, text) -> {
			if (Text.blankToNull(text) != null) {
				comments.add(new ReviewComment(key, text.strip()));
			}
		});
		this.reasons.because(comment, () -> {
			agreement.returnWith(versionId, version, reviewer.username(), comment, comments, this.clock.instant());
			this.agreements.store(agreement);
		});
	}

	/**
	 * Drafts a new version of an agreement in force, starting from the one in force.
	 * @return the new version's id
	 */
	@Transactional
	public long revise(long agreementId, long version, CurrentUser user) {
		Agreement agreement = this.access.toDraft(agreementId, user);
		int number = agreement.revise(version, user.username(), this.clock.instant());
		return this.agreements.store(agreement).versionId(number);
	}

	/** Suspends, marks breached, terminates, or puts back in force, with a reason. */
	@Transactional
	public void move(long agreementId, long version, AgreementStatus to, String reason, CurrentUser user) {
		Agreement agreement = this.access.toChangeStatus(agreementId, user);
		this.reasons.because(reason, () -> {
			agreement.move(version, to, reason, user.username(), this.clock.instant());
			this.agreements.store(agreement);
		});
	}

	private AgreementDraft checked(AgreementDraft draft) {
		return DraftRules.checked(draft, this::groupName);
	}

	private Optional<String> groupName(long groupId) {
		if (!this.groups.exists(groupId)) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.groups.ref(groupId).name());
		}
		catch (NotFoundException gone) {
			return Optional.empty();
		}
	}

}
