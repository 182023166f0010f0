/**
 * Protection of the people in the data: sensitive fields sealed at rest (AES-256-GCM
 * through Google Tink) under one data key per team and purpose, wrapped by a master key
 * kept out of the database (decision 0020). Its face: the {@link Sealed} value entities
 * hold, the {@link FieldSealer} that seals and opens them, the {@link SealedColumns}
 * every module declares its sealed columns with, and {@link KeyRotations}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Protection of sensitive data",
		allowedDependencies = { "shared", "shared::web", "audit" })
package org.parley.protection;
