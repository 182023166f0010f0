package org.parley.negotiation;

import java.util.ArrayList;
import java.util.List;

import org.parley.negotiation.casefile.EngagementDecision;
import org.parley.negotiation.casefile.LegalAssessment;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.search.CaseIndexer;
import org.parley.negotiation.step.analysis.ConflictAnalysis;
import org.parley.negotiation.step.rounds.NegotiationRound;
import org.parley.protection.PurgeableColumn;
import org.parley.protection.PurgeableColumns;
import org.parley.protection.SealedColumn;
import org.parley.protection.SealedColumns;

import org.springframework.stereotype.Component;

/**
 * The cases' sealed columns: the answers to the guiding questions, the risks of the
 * conflict analysis and of a request to engage (and its legal assessments), where rounds
 * were held, who took part and what was said, the copy of the next step the case lists
 * show, and the teams' search keys (decision 0029; not purged with a case: they belong to
 * the team).
 */
@Component
class NegotiationSealedColumns implements SealedColumns, PurgeableColumns {

	@Override
	public List<SealedColumn> sealedColumns() {
		List<SealedColumn> columns = new ArrayList<>();
		columns.add(NegotiationCase.ANSWER);
		columns.add(NegotiationCase.NEXT_STEP);
		columns.add(ConflictAnalysis.RISKS);
		columns.addAll(EngagementDecision.SEALED);
		columns.addAll(LegalAssessment.SEALED);
		columns.addAll(NegotiationRound.SEALED);
		columns.add(CaseIndexer.SEARCH_KEY);
		return columns;
	}

	/**
	 * All of them identify people or places of the case, and all go when a closed case is
	 * purged (decision 0023).
	 */
	@Override
	public List<PurgeableColumn> purgeableColumns() {
		List<PurgeableColumn> columns = new ArrayList<>();
		columns.add(PurgeableColumn.byCase(NegotiationCase.ANSWER));
		columns.add(new PurgeableColumn(NegotiationCase.NEXT_STEP, "id = :caseId"));
		columns.add(PurgeableColumn.byCase(ConflictAnalysis.RISKS));
		EngagementDecision.SEALED.forEach((column) -> columns.add(PurgeableColumn.byCase(column)));
		LegalAssessment.SEALED
			.forEach((column) -> columns.add(new PurgeableColumn(column, LegalAssessment.ROWS_OF_CASE)));
		NegotiationRound.SEALED.forEach((column) -> columns.add(PurgeableColumn.byCase(column)));
		return columns;
	}

}
