package org.parley.shared;

/**
 * Implemented by records that belong to one negotiation case. The audit log files every
 * entry about such a record under its case as well, in a chain of the case's own, so a
 * case's whole history can be read, exported and proven complete (decision 0018).
 */
public interface CaseScoped {

	/**
	 * @return the case the record belongs to, or null if it belongs to none
	 */
	Long caseId();

}
