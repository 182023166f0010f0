package org.parley.document;

/**
 * A stored file whose bytes no longer have the SHA-256 recorded when it was uploaded: it
 * was changed behind Parley's back, and is not given out.
 */
public class DocumentIntegrityException extends RuntimeException {

	DocumentIntegrityException(long id) {
		super("Stored document " + id + " does not match its checksum");
	}

}
