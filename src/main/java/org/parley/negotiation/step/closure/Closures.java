package org.parley.negotiation.step.closure;

import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.CaseNotFoundException;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.casefile.NegotiationCaseRepository;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.TeamCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closure of a case (step 9) as the team describes it before asking HQ to confirm:
 * the outcome and the lessons learned. Asking, confirming and returning are moves of the
 * case ({@link org.parley.negotiation.CaseWorkflow}).
 */
@Service
public class Closures {

	private final NegotiationCaseRepository cases;

	private final CaseAccess access;

	private final TeamCalendar calendar;

	Closures(NegotiationCaseRepository cases, CaseAccess access, TeamCalendar calendar) {
		this.cases = cases;
		this.access = access;
		this.calendar = calendar;
	}

	/** The closure as the team described it, and who asked HQ to confirm it. */
	@Transactional(readOnly = true)
	public ClosureView of(CaseGrant grant) {
		NegotiationCase found = file(grant.caseId());
		return new ClosureView(new ClosureForm(found.getClosureOutcome(), found.getLessonsLearned()),
				found.getClosureRequestedBy(), found.getClosureRequestedAt(), found.getClosedBy());
	}

	/** Saves the outcome and lessons (the case's version: If-Match in the API). */
	@Transactional
	public void describe(long caseId, long version, ClosureForm form, CurrentUser user) {
		CaseGrant grant = this.access.toWorkAt(caseId, MethodStep.CLOSURE, user);
		ConcurrentEditException.check("NegotiationCase", caseId, version, grant.version());
		file(caseId).describeClosure(form.outcome(), form.lessonsLearned(), this.calendar.now());
		this.cases.flush();
	}

	private NegotiationCase file(long caseId) {
		return this.cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
	}

}
