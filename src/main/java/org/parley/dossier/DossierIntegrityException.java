package org.parley.dossier;

import java.util.List;

/**
 * A case whose dossier is not made because some of its attached files no longer match the
 * SHA-256 recorded when they were uploaded: a dossier carrying a changed file would pass
 * it off as the record. Found before the dossier's first byte is written; each file's
 * failure is already in the audit log.
 */
public class DossierIntegrityException extends RuntimeException {

	private final long caseId;

	private final transient List<ChangedFile> files;

	DossierIntegrityException(long caseId, List<ChangedFile> files) {
		super("Case " + caseId + " has " + files.size() + " attached file(s) changed after upload");
		this.caseId = caseId;
		this.files = List.copyOf(files);
	}

	public long caseId() {
		return this.caseId;
	}

	/** The files at fault, in the order the dossier lists them. */
	public List<ChangedFile> files() {
		return this.files;
	}

	/** The names of the files at fault, for a message. */
	public List<String> filenames() {
		return this.files.stream().map(ChangedFile::filename).toList();
	}

	/**
	 * An attached file whose bytes changed after upload.
	 *
	 * @param path where the dossier would have held it
	 */
	public record ChangedFile(long documentId, String filename, String path) {

	}

}
