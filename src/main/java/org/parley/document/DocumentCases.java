package org.parley.document;

import java.util.Optional;

/**
 * Tells which case a stored file belongs to, for the modules that attach files to a
 * case's records: the read log files each download under its case.
 */
public interface DocumentCases {

	/** The case the document is attached to, if this module attached it. */
	Optional<Long> caseOf(long documentId);

}
