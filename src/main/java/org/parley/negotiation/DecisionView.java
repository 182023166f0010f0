package org.parley.negotiation;

import java.time.Instant;
import java.util.List;

/**
 * A request to engage and its decision, as the case page shows it.
 *
 * @param mandateRedLines the red lines as one text: what older requests carried, a joined
 * copy of the items for newer ones
 * @param redLines the red lines as items (empty for requests made before they were)
 * @param assessments the legal and sanctions assessment of each designation in force when
 * the request was made
 * @param approvedRedLines the red lines HQ's approval covered, one a line (null until
 * approved)
 * @param consideredAssessments the listings whose assessment HQ's approval considered,
 * one a line (null when none)
 * @param redacted the risks are strictly confidential and the reader may not read them
 * (they are null)
 */
public record DecisionView(long id, String requestedBy, Instant requestedAt, String riskLegitimacy,
		String riskInstrumentalisation, String riskLegal, String riskStaffSafety, String riskReputation,
		String mandateLevel, String mandateScope, String mandateConcessions, String mandateRedLines,
		List<MandateRedLine> redLines, List<LegalAssessmentView> assessments, DecisionStatus status, String decidedBy,
		Instant decidedAt, String decisionReason, String approvedRedLines, String consideredAssessments, long version,
		boolean redacted) {
	/** Lines as one line, separated by semicolons (null stays null). */
	public String inline(String lines) {
		return (lines != null) ? String.join("; ", lines.split("\\R")) : null;
	}

}
