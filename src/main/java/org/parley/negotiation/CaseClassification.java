package org.parley.negotiation;

import org.parley.negotiation.casefile.EngagementDecisionRepository;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.casefile.NegotiationCaseRepository;
import org.parley.negotiation.step.analysis.ConflictAnalyses;
import org.parley.negotiation.step.rounds.Rounds;

import org.parley.audit.AuditReasons;
import org.parley.protection.Classification;
import org.parley.protection.FieldSealer;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamCalendar;
import org.parley.shared.Text;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HQ changes the level of a case or of one of its rounds (decision 0022): an HQ reviewer
 * of the team who may read the case's sealed fields, with a reason (kept in the audit
 * entry) and the version they saw. The sealed fields are resealed under the new level's
 * key in the same transaction: the case's answers and next step, its conflict analysis's
 * risks and its requests to engage; raising a case to strictly confidential raises its
 * rounds too (a round is never below its case). The reviewer who raises a case to
 * strictly confidential is named on it.
 */
@Service
public class CaseClassification {

	private final CaseAccess access;

	private final NegotiationCaseRepository cases;

	private final EngagementDecisionRepository decisions;

	private final ConflictAnalyses analyses;

	private final Rounds rounds;

	private final AuditReasons reasons;

	private final FieldSealer sealer;

	private final TeamCalendar calendar;

	CaseClassification(CaseAccess access, NegotiationCaseRepository cases, EngagementDecisionRepository decisions,
			ConflictAnalyses analyses, Rounds rounds, AuditReasons reasons, FieldSealer sealer, TeamCalendar calendar) {
		this.access = access;
		this.cases = cases;
		this.decisions = decisions;
		this.analyses = analyses;
		this.rounds = rounds;
		this.reasons = reasons;
		this.sealer = sealer;
		this.calendar = calendar;
	}

	/** Changes the case's level. */
	@Transactional
	public void classifyCase(long caseId, long version, Classification level, String reason, CurrentUser user) {
		CaseGrant grant = classifiable(caseId, level, user);
		String why = requireReason(reason);
		ConcurrentEditException.check("NegotiationCase", caseId, version, grant.version());
		if (level == grant.level()) {
			throw new RuleViolation("classification", "classification.unchanged");
		}
		this.reasons.because(why, () -> {
			NegotiationCase file = this.cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
			file.classify(level, user.id(), this.sealer, this.calendar.now());
			this.cases.flush();
			this.analyses.reseal(caseId, level);
			this.decisions.findByCaseIdOrderByRequestedAtDescIdDesc(caseId)
				.forEach((decision) -> decision.reseal(level.purpose(), this.sealer));
			this.decisions.flush();
			this.rounds.caseClassified(caseId, level);
		});
	}

	/** Changes a round's level (never below its case's). */
	@Transactional
	public void classifyRound(long caseId, long roundId, long version, Classification level, String reason,
			CurrentUser user) {
		CaseGrant grant = classifiable(caseId, level, user);
		String why = requireReason(reason);
		this.reasons.because(why, () -> this.rounds.classify(grant, roundId, version, level));
	}

	private CaseGrant classifiable(long caseId, Classification level, CurrentUser user) {
		CaseGrant grant = this.access.toRead(caseId, user);
		if (!grant.mayClassify()) {
			throw new AccessDeniedException("Only the team's HQ reviewers who may read it change a case's level");
		}
		if (level == null) {
			throw new RuleViolation("classification", "validation.required");
		}
		return grant;
	}

	private static String requireReason(String reason) {
		String why = Text.blankToNull(reason);
		if (why == null) {
			throw new RuleViolation("reason", "classification.reason.required");
		}
		return why;
	}

}
