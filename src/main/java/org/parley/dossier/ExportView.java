package org.parley.dossier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A bulk export as its requester sees it.
 *
 * @param done the cases written so far
 * @param total the cases to write (0 until the job has counted them)
 * @param fileSize the ZIP's size in bytes, once ready
 */
public record ExportView(long id, String requestedBy, long teamId, LocalDate from, LocalDate to, String language,
		ExportStatus status, int done, int total, Long fileSize, Instant createdAt, Instant finishedAt,
		Instant expiresAt) {

	/** How far the job has come, 0 to 100. */
	public int percent() {
		if (this.status == ExportStatus.READY) {
			return 100;
		}
		return (this.total == 0) ? 0 : (int) Math.min(100, (this.done * 100L) / this.total);
	}

	/** The name the ZIP is downloaded under. */
	public String filename() {
		return "parley-export-" + this.id + "-team-" + this.teamId + "-" + this.from + "-" + this.to + ".zip";
	}

}
