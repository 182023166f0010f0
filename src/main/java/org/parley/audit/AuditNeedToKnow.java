package org.parley.audit;

import org.parley.shared.CurrentUser;

/**
 * A module's say over who may read the values in the audit entries of its records. The
 * audit log shows every reader who changed what and when; the values themselves (what a
 * note on an interlocutor said) only to those who may read the record itself.
 */
public interface AuditNeedToKnow {

	/**
	 * @return false if the reader may not read the values of this entry, true if they may
	 * or the module does not own this entity type
	 */
	boolean mayReadValues(String entityType, Long teamId, CurrentUser reader);

	/**
	 * Whether the entry's record is strictly confidential now (decision 0022): its sealed
	 * fields, recorded as redacted like every sealed field, then read "redacted: strictly
	 * confidential" rather than the generic wording.
	 */
	default boolean strictlyConfidential(AuditEntryView entry) {
		return false;
	}

}
