package org.parley.dossier;

/** Where a bulk export stands. */
public enum ExportStatus {

	QUEUED, RUNNING, READY, FAILED, EXPIRED;

	/** Whether the job is still working, so its page keeps asking for progress. */
	public boolean inProgress() {
		return this == QUEUED || this == RUNNING;
	}

}
