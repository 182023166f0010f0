/**
 * Stored files (signed scans, photos, documents) with a SHA-256 checksum. A document
 * either belongs to a team (only its members may open it) or is shared context readable
 * by every signed-in user.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stored documents",
		allowedDependencies = { "shared", "audit" })
package org.parley.document;
