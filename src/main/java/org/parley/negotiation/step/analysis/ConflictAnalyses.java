package org.parley.negotiation.step.analysis;

import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.step.Sheet;
import org.parley.protection.FieldSealer;
import org.parley.shared.CurrentUser;
import org.parley.shared.TeamCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conflict analysis of a case (step 1): read by whoever may see the case, written by
 * its team's field officers.
 */
@Service
public class ConflictAnalyses {

	private final ConflictAnalysisRepository analyses;

	private final CaseAccess access;

	private final TeamCalendar calendar;

	private final FieldSealer sealer;

	ConflictAnalyses(ConflictAnalysisRepository analyses, CaseAccess access, TeamCalendar calendar,
			FieldSealer sealer) {
		this.sealer = sealer;
		this.analyses = analyses;
		this.access = access;
		this.calendar = calendar;
	}

	/** The analysis as saved, or an empty one never saved. */
	@Transactional(readOnly = true)
	public Sheet<ConflictAnalysisForm> of(CaseGrant grant) {
		return of(grant.caseId());
	}

	Sheet<ConflictAnalysisForm> of(long caseId) {
		return this.analyses.findById(caseId)
			.map((a) -> new Sheet<>(a.form(this.sealer), a.stamp()))
			.orElse(new Sheet<>(ConflictAnalysisForm.empty(), Sheet.Stamp.NEW));
	}

	/**
	 * Saves the analysis.
	 * @param version the version the user saw (null: they saw none saved)
	 */
	@Transactional
	public void save(long caseId, Long version, ConflictAnalysisForm form, CurrentUser user) {
		CaseGrant grant = this.access.toWorkAt(caseId, MethodStep.CONFLICT_ANALYSIS, user);
		ConflictAnalysis sheet = this.analyses.findById(caseId).orElse(null);
		Sheet.requireVersion("ConflictAnalysis", caseId, version, sheet);
		if (sheet == null) {
			sheet = new ConflictAnalysis(caseId, grant.teamId());
		}
		sheet.update(form, this.sealer, user.username(), this.calendar.now());
		this.analyses.saveAndFlush(sheet);
	}

}
