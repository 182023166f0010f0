/**
 * The append-only, hash-chained audit log. Entity writes are recorded automatically by a
 * Hibernate listener; other events (sign-ins, reveals, exports) through
 * {@link org.parley.audit.AuditLog}. The database rejects updates and deletes of entries;
 * {@link org.parley.audit.AuditChainVerifier} detects tampering that bypasses it: every
 * entry carries a MAC under a key the database never holds, and the chain's head is
 * anchored daily in signed files outside the database (decision 0019).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log",
		allowedDependencies = { "shared", "shared::web", "shared::crypto" })
package org.parley.audit;
