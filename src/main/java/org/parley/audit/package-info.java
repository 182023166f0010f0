/**
 * The append-only, hash-chained audit log. Entity writes are recorded automatically by a
 * Hibernate listener; other events (sign-ins, reveals, exports) through
 * {@link org.parley.audit.AuditLog}. The database rejects updates and deletes of entries;
 * {@link org.parley.audit.AuditChainVerifier} detects tampering that bypasses it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log", allowedDependencies = { "shared" })
package org.parley.audit;
