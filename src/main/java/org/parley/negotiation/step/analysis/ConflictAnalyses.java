package org.parley.negotiation.step.analysis;

import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.step.Sheet;
import org.parley.protection.Classification;
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

	/**
	 * The analysis as saved, or an empty one never saved; the risks left out for a reader
	 * who may not read the case's sealed fields (decision 0022).
	 */
	@Transactional(readOnly = true)
	public Sheet<ConflictAnalysisForm> of(CaseGrant grant) {
		FieldSealer opener = grant.mayOpen() ? this.sealer : null;
		return this.analyses.findById(grant.caseId())
			.map((a) -> new Sheet<>(a.form(opener), a.stamp()))
			.orElse(new Sheet<>(ConflictAnalysisForm.empty(), Sheet.Stamp.NEW));
	}

	/** Reseals the risks under the key of the case's new level (decision 0022). */
	@Transactional
	public void reseal(long caseId, Classification level) {
		this.analyses.findById(caseId).ifPresent((a) -> a.reseal(level.purpose(), this.sealer));
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
		sheet.update(form, this.sealer, grant.level().purpose(), user.username(), this.calendar.now());
		this.analyses.saveAndFlush(sheet);
	}

}
