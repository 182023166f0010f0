package org.parley.negotiation.step;

import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.CaseNotFoundException;
import org.parley.negotiation.CaseWorkflow;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.casefile.NegotiationCaseRepository;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notes of the steps a note completes ({@link NotedStep}), written by the team's
 * field officers once the case has reached the step.
 */
@Service
public class CaseNotes {

	private final CaseAccess access;

	private final CaseSteps steps;

	private final NegotiationCaseRepository cases;

	private final TeamCalendar calendar;

	CaseNotes(CaseAccess access, CaseSteps steps, NegotiationCaseRepository cases, TeamCalendar calendar) {
		this.access = access;
		this.steps = steps;
		this.cases = cases;
		this.calendar = calendar;
	}

	/** The note of a step of a case the reader may see (checked by the caller). */
	@Transactional(readOnly = true)
	public String of(CaseGrant grant, MethodStep step) {
		return noted(step).note(file(grant.caseId()));
	}

	/** The note (If-Match: the case's version); a blank note removes it. */
	@Transactional
	public void save(long caseId, long version, MethodStep step, String note, CurrentUser user) {
		NotedStep noted = noted(step);
		CaseGrant grant = this.access.toWorkAt(caseId, step, user);
		ConcurrentEditException.check("NegotiationCase", caseId, version, grant.version());
		if (note != null && note.length() > CaseWorkflow.MAX_ANSWER) {
			throw new RuleViolation("note", "validation.too-long");
		}
		NegotiationCase file = file(caseId);
		noted.note(file, note, this.calendar.now());
		this.cases.flush();
	}

	private NotedStep noted(MethodStep step) {
		if (this.steps.of(step) instanceof NotedStep noted) {
			return noted;
		}
		throw new RuleViolation(null, "negotiation.step.no-note");
	}

	private NegotiationCase file(long caseId) {
		return this.cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
	}

}
