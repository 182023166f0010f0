package org.parley.document;

import java.time.Instant;

/**
 * What a page shows about a stored file.
 */
public record DocumentInfo(long id, String filename, String contentType, long sizeBytes, String sha256,
		String uploadedBy, Instant uploadedAt) {
}
