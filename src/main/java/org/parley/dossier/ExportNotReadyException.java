package org.parley.dossier;

/** The export's file is not there to download: still being made, failed or expired. */
public class ExportNotReadyException extends RuntimeException {

	private final ExportStatus status;

	public ExportNotReadyException(ExportStatus status) {
		super("The export is " + status);
		this.status = status;
	}

	public ExportStatus status() {
		return this.status;
	}

}
