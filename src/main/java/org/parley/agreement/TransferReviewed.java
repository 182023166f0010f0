package org.parley.agreement;

/**
 * An HQ reviewer approved or refused a transfer (decision 0026): what waited for it is
 * done.
 *
 * @param transferId the transfer
 * @param caseId its case
 * @param teamId the team of the case
 * @param status what HQ answered
 */
public record TransferReviewed(long transferId, long caseId, long teamId, TransferStatus status) {
}
