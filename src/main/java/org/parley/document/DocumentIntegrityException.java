package org.parley.document;

/**
 * A stored file whose bytes no longer have the SHA-256 recorded when it was uploaded: it
 * was changed behind Parley's back, and is not given out. By the time this is thrown the
 * failure is in the audit log.
 */
public class DocumentIntegrityException extends RuntimeException {

	private final long documentId;

	private final String filename;

	DocumentIntegrityException(long documentId, String filename) {
		super("Stored document " + documentId + " does not match its checksum");
		this.documentId = documentId;
		this.filename = filename;
	}

	public long documentId() {
		return this.documentId;
	}

	/** The file's name as uploaded, to tell people which one it is. */
	public String filename() {
		return this.filename;
	}

}
