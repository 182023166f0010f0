package org.parley.negotiation;

import java.time.Instant;

/**
 * A request to engage and its decision, as the case page shows it.
 *
 * @param redacted the risks are strictly confidential and the reader may not read them
 * (they are null)
 */
public record DecisionView(long id, String requestedBy, Instant requestedAt, String riskLegitimacy,
		String riskInstrumentalisation, String riskLegal, String riskStaffSafety, String riskReputation,
		String mandateLevel, String mandateScope, String mandateConcessions, String mandateRedLines,
		DecisionStatus status, String decidedBy, Instant decidedAt, String decisionReason, long version,
		boolean redacted) {
}
