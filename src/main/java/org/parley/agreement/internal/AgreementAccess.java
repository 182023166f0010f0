package org.parley.agreement.internal;

import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.MethodStep;
import java.util.List;
import java.util.function.Supplier;

import org.parley.shared.CurrentUser;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolation;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an agreement, asked of its case once per request
 * ({@link CaseAccess}: one query) instead of loading the case. An agreement of a case the
 * user may not see is not found, like the case; a role that may read but not act is
 * refused; a closed case takes no more work; nothing is agreed before the case has
 * reached the agreement step.
 */
@Component
public class AgreementAccess {

	private final CaseAccess cases;

	private final AgreementRepository agreements;

	AgreementAccess(CaseAccess cases, AgreementRepository agreements) {
		this.cases = cases;
		this.agreements = agreements;
	}

	/** The agreement and what the user may do with it, if the user may read its case. */
	public Granted toRead(long agreementId, CurrentUser user) {
		Agreement agreement = this.agreements.get(agreementId);
		return new Granted(agreement, caseOf(agreement.getCaseId(), agreementId, user));
	}

	/** The teams whose agreements the user reads. */
	public List<Long> teamsToRead(CurrentUser user) {
		return this.cases.teamsToRead(user);
	}

	/** The teams whose agreements, checks and reviews the user works on. */
	public List<Long> teamsToWork(CurrentUser user) {
		return this.cases.teamsToWork(user);
	}

	/** The teams whose agreements the user reviews (HQ). */
	public List<Long> teamsToDecide(CurrentUser user) {
		return this.cases.teamsToDecide(user);
	}

	/** The case, if the user may read it (its agreements, checks and reviews with it). */
	public CaseGrant toReadCase(long caseId, CurrentUser user) {
		return this.cases.toRead(caseId, user);
	}

	/**
	 * The case, if the user is one of its field officers, it is open and it has reached
	 * the agreement step: nothing is agreed before HQ has decided to engage and the team
	 * has negotiated.
	 */
	public CaseGrant toDraftIn(long caseId, CurrentUser user) {
		CaseGrant grant = this.cases.toWork(caseId, user);
		if (!grant.stage().reached(MethodStep.AGREEMENT)) {
			throw new RuleViolation(null, "agreement.case.not-yet");
		}
		return grant;
	}

	/** The agreement, if the user may draft its versions (see {@link #toDraftIn}). */
	public Agreement toDraft(long agreementId, CurrentUser user) {
		Agreement agreement = this.agreements.get(agreementId);
		ofAgreement(agreementId, () -> toDraftIn(agreement.getCaseId(), user));
		return agreement;
	}

	/** The agreement, if the user is one of its HQ reviewers and the case is open. */
	public Agreement toReview(long agreementId, CurrentUser user) {
		Agreement agreement = this.agreements.get(agreementId);
		ofAgreement(agreementId, () -> this.cases.toDecide(agreement.getCaseId(), user));
		return agreement;
	}

	/**
	 * The agreement, if the user is one of the team's field officers or HQ reviewers and
	 * the case is open: either may suspend, breach, terminate or put it back in force.
	 */
	public Agreement toChangeStatus(long agreementId, CurrentUser user) {
		Granted granted = toRead(agreementId, user);
		if (!granted.grant().mayWork() && !granted.grant().mayDecide()) {
			throw new AccessDeniedException("Only the team's field officers and HQ reviewers change an agreement");
		}
		granted.grant().stage().requireOpen();
		return granted.agreement();
	}

	/**
	 * The agreement, if the user is one of the team's field officers and the case is
	 * open.
	 */
	public Agreement toAttachTo(long agreementId, CurrentUser user) {
		Agreement agreement = this.agreements.get(agreementId);
		ofAgreement(agreementId, () -> this.cases.toWork(agreement.getCaseId(), user));
		return agreement;
	}

	/**
	 * The agreement, if the user is one of the team's field officers: they score its
	 * implementation (and record its checks) whether or not the case is still open.
	 */
	public Agreement toMonitor(long agreementId, CurrentUser user) {
		Granted granted = toRead(agreementId, user);
		requireWork(granted.grant());
		return granted.agreement();
	}

	/**
	 * The case of a check or review of an agreement, if the user is one of its field
	 * officers; another team's is not found.
	 */
	public CaseGrant toRecordIn(long caseId, long agreementId, CurrentUser user) {
		CaseGrant grant = caseOf(caseId, agreementId, user);
		requireWork(grant);
		return grant;
	}

	/**
	 * The case of an agreement, if the user may read it; otherwise the agreement is not
	 * found.
	 */
	public CaseGrant caseOf(long caseId, long agreementId, CurrentUser user) {
		return ofAgreement(agreementId, () -> this.cases.toRead(caseId, user));
	}

	/** Asks about the case of an agreement: a case not found hides the agreement too. */
	private static CaseGrant ofAgreement(long agreementId, Supplier<CaseGrant> question) {
		try {
			return question.get();
		}
		catch (NotFoundException hidden) {
			throw new AgreementNotFoundException(agreementId);
		}
	}

	private static void requireWork(CaseGrant grant) {
		if (!grant.mayWork()) {
			throw new AccessDeniedException("Only the team's field officers monitor agreements");
		}
	}

	/**
	 * An agreement the user may read, and what the user may do with its case.
	 *
	 * @param grant the case's team, stage and what the user may do with it
	 */
	public record Granted(Agreement agreement, CaseGrant grant) {
	}

}
