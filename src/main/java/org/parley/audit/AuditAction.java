package org.parley.audit;

/**
 * What an audit entry records.
 */
public enum AuditAction {

	CREATE, UPDATE, STATE_CHANGE, DELETE, SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, ACCOUNT_LOCKED,

	/** A protected value (an interlocutor's real name) was shown to the actor. */
	REVEAL,
	/** A dossier of a case or a bulk export was made. */
	EXPORT,
	/**
	 * A stored file no longer matched the checksum recorded at upload, and was withheld.
	 */
	INTEGRITY_FAILURE,
	/**
	 * The chain's head was written to a signed anchor file outside the database (decision
	 * 0019).
	 */
	ANCHOR

}
