package org.parley.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A bulk export as its requester sees it.
 *
 * @param done the cases written so far
 * @param total the cases to write (0 until the job has counted them)
 * @param fileSize the ZIP's size in bytes, once ready
 * @param failed the cases left out so far, and why; the others are exported
 */
public record ExportView(long id, String requestedBy, long teamId, LocalDate from, LocalDate to, String language,
		ExportStatus status, int done, int total, Long fileSize, Instant createdAt, Instant finishedAt,
		Instant expiresAt, List<FailedCase> failed) {

	public ExportView {
		failed = (failed != null) ? List.copyOf(failed) : List.of();
	}

	/** How far the job has come, 0 to 100. */
	public int percent() {
		if (this.status == ExportStatus.READY) {
			return 100;
		}
		return (this.total == 0) ? 0 : (int) Math.min(100, (this.done * 100L) / this.total);
	}

	/** The cases whose dossiers are in the file. */
	public int exported() {
		return Math.max(0, this.total - this.failed.size());
	}

	/** The name the ZIP is downloaded under. */
	public String filename() {
		return "parley-export-" + this.id + "-team-" + this.teamId + "-" + this.from + "-" + this.to + ".zip";
	}

	/**
	 * A case the export left out.
	 *
	 * @param reason why: {@code INTEGRITY_FAILURE} (attached files changed after upload)
	 * @param files the names of the files at fault
	 */
	public record FailedCase(long caseId, String reason, List<String> files) {

		public FailedCase {
			files = List.copyOf(files);
		}

	}

}
