package org.parley.audit;

/**
 * What a {@link ReadLog read record} records.
 */
public enum ReadAction {

	/** A case, an agreement or an incident was opened. */
	OPENED,
	/** A protected value (an interlocutor's real name) was shown. */
	REVEALED,
	/** An attachment was downloaded. */
	DOWNLOADED,
	/** A dossier or a bulk export was made. */
	EXPORTED

}
