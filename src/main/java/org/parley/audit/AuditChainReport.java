package org.parley.audit;

import java.util.List;

/**
 * The outcome of verifying the whole audit chain.
 *
 * @param entriesChecked how many entries were read
 * @param headSeq the sequence number of the last entry (0 when the log is empty)
 * @param headHash the hash of the last entry; an anchor of it written outside Parley lets
 * a later check detect entries removed from the end, or the chain rewritten
 * @param problems what was found wrong, first ones first (at most
 * {@link AuditChainVerifier#MAX_PROBLEMS})
 * @param macs what was found of the entries' MACs
 * @param anchors what was found of the anchors
 */
public record AuditChainReport(long entriesChecked, long headSeq, String headHash, List<Problem> problems, Macs macs,
		Anchors anchors) {

	public boolean intact() {
		return this.problems.isEmpty();
	}

	/**
	 * One break in the chain.
	 *
	 * @param seq the entry where the break shows (for an anchor, the entry count it
	 * states; 0 when it states none)
	 * @param kind what is wrong
	 * @param anchor the anchor file concerned, or null
	 */
	public record Problem(long seq, Kind kind, String anchor) {

		public Problem(long seq, Kind kind) {
			this(seq, kind, null);
		}

	}

	/**
	 * The entries' MACs (decision 0019).
	 *
	 * @param checked whether they were checked (offline, only with the MAC key)
	 * @param from the first entry that must carry one (the anchors say, or else the first
	 * that does), or null when none does
	 * @param entriesBefore how many entries were written before MACs were introduced
	 * @param entriesWithheld how many entries an export left out (not the reader's to
	 * read): their links were checked, not their content
	 */
	public record Macs(boolean checked, Long from, long entriesBefore, long entriesWithheld) {

	}

	/**
	 * The anchors compared with the chain.
	 *
	 * @param available whether anchors can be checked (the organisation's key is known)
	 * @param checked how many anchors of this chain were believed and compared
	 * @param ofOtherChains how many anchor files name another chain and were left aside
	 * @param latest the anchor of this chain with the most entries, or null
	 */
	public record Anchors(boolean available, int checked, int ofOtherChains, AnchorFile latest) {

		public static Anchors none() {
			return new Anchors(false, 0, 0, null);
		}

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
		CASE_LINK_BROKEN,
		/** The entry carries no MAC where every entry must: it was written in SQL. */
		MAC_MISSING,
		/**
		 * The entry's MAC is not the one the key makes: it was written or rewritten in
		 * SQL.
		 */
		MAC_INVALID,
		/**
		 * The chain holds fewer entries than an anchor counted: entries were removed from
		 * the end.
		 */
		ANCHOR_BEYOND_HEAD,
		/**
		 * The entry an anchor counted up to hashes differently from the anchor: the chain
		 * up to it was rewritten, hashes recomputed.
		 */
		ANCHOR_HASH_DIFFERS,
		/** An anchor file's signature is missing or wrong: it was changed or forged. */
		ANCHOR_SIGNATURE_INVALID,
		/** A file in the anchor directory is not a readable anchor. */
		ANCHOR_UNREADABLE

	}

}
