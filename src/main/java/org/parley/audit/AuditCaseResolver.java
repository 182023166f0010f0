package org.parley.audit;

/**
 * A module's answer to "which case does this record belong to?" for records that do not
 * carry their case themselves ({@link org.parley.shared.CaseScoped}): an agreement's
 * versions know their agreement, and the agreement module knows its case. Asked when a
 * transaction's entries are sealed, on the transaction's own connection.
 */
public interface AuditCaseResolver {

	/**
	 * @return the case of the record, or null if the record is not this module's or
	 * belongs to no case
	 */
	Long caseOf(Object entity);

}
