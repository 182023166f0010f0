package org.parley.agreement;

/**
 * How disputes will be settled: McHugh &amp; Bessler's three options, or none. Labels
 * under {@code agreement.DisputeSettlement.<VALUE>}.
 */
public enum DisputeSettlement {

	MONITORING_COMMISSION, NON_BINDING_ARBITRATION, NEUTRAL_MEDIATOR, NONE

}
