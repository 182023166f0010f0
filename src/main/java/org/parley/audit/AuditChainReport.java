package org.parley.audit;

import java.util.List;

/**
 * The outcome of verifying the whole audit chain.
 *
 * @param entriesChecked how many entries were read
 * @param headSeq the sequence number of the last entry (0 when the log is empty)
 * @param headHash the hash of the last entry; recording it outside Parley lets a later
 * check detect entries removed from the end
 * @param problems what was found wrong, first ones first (at most
 * {@link AuditChainVerifier#MAX_PROBLEMS})
 */
public record AuditChainReport(long entriesChecked, long headSeq, String headHash, List<Problem> problems) {

	public boolean intact() {
		return this.problems.isEmpty();
	}

	/**
	 * One break in the chain.
	 *
	 * @param seq the entry where the break shows
	 * @param kind what is wrong
	 */
	public record Problem(long seq, Kind kind) {

	}

	/** The kinds of break the verifier detects. */
	public enum Kind {

		/** The entry's content no longer matches its hash: it was edited. */
		CONTENT_ALTERED,
		/**
		 * The entry does not point to the hash of the entry before it: one was removed,
		 * inserted or moved.
		 */
		LINK_BROKEN,
		/** A sequence number is missing: an entry was deleted. */
		SEQUENCE_GAP,
		/**
		 * The entry's place in its case's chain is wrong: an entry of the case was
		 * removed or moved.
		 */
		CASE_LINK_BROKEN

	}

}
