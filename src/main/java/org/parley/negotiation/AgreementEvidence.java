package org.parley.negotiation;

import java.util.List;

/**
 * What the agreements module tells a case: its agreements, and whether one is in force,
 * which completes the agreement step. Implemented by {@code agreement}, which depends on
 * this module (not the other way round).
 */
public interface AgreementEvidence {

	boolean hasAgreementInForce(long caseId);

	List<AgreementLink> agreementsOf(long caseId);

	/** The case's agreement records by audit entity type, for the case's history. */
	java.util.Map<String, List<String>> auditedRecords(long caseId);

	/**
	 * An agreement as the case's agreement step lists it.
	 *
	 * @param statusKey the message key of its status
	 */
	record AgreementLink(long id, String title, String statusKey, int versionNo) {
	}

}
