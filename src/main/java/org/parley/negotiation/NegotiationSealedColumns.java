package org.parley.negotiation;

import java.util.ArrayList;
import java.util.List;

import org.parley.negotiation.casefile.EngagementDecision;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.step.analysis.ConflictAnalysis;
import org.parley.negotiation.step.rounds.NegotiationRound;
import org.parley.protection.SealedColumn;
import org.parley.protection.SealedColumns;

import org.springframework.stereotype.Component;

/**
 * The cases' sealed columns: the answers to the guiding questions, the risks of the
 * conflict analysis and of a request to engage, where rounds were held, who took part and
 * what was said, and the copy of the next step the case lists show.
 */
@Component
class NegotiationSealedColumns implements SealedColumns {

	@Override
	public List<SealedColumn> sealedColumns() {
		List<SealedColumn> columns = new ArrayList<>();
		columns.add(NegotiationCase.ANSWER);
		columns.add(NegotiationCase.NEXT_STEP);
		columns.add(ConflictAnalysis.RISKS);
		columns.addAll(EngagementDecision.SEALED);
		columns.addAll(NegotiationRound.SEALED);
		return columns;
	}

}
