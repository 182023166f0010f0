package org.parley.audit;

import java.time.Instant;

/**
 * The stored outcome of one verification of the audit chain.
 *
 * @param ranAt when it ran
 * @param ranBy who ran it
 * @param entriesChecked how many entries were read
 * @param headSeq the last entry's number at the time
 * @param problemCount how many problems were found (0: intact)
 * @param firstBrokenSeq the first entry where the chain broke, or null
 * @param firstBrokenKind what was wrong there, or null
 */
public record LastVerification(Instant ranAt, String ranBy, long entriesChecked, long headSeq, int problemCount,
		Long firstBrokenSeq, AuditChainReport.Kind firstBrokenKind) {

	public boolean intact() {
		return this.problemCount == 0;
	}

}
