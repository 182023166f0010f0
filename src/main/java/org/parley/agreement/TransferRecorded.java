package org.parley.agreement;

/**
 * A transfer was recorded and waits for an HQ reviewer of the team who did not record it
 * (decision 0026).
 *
 * @param transferId the transfer
 * @param caseId its case
 * @param teamId the team of the case
 * @param recordedBy who recorded it (not told of it)
 */
public record TransferRecorded(long transferId, long caseId, long teamId, String recordedBy) {
}
