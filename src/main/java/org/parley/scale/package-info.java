/**
 * The scale data: a generator, run only with the {@code scale} profile, that fills an
 * empty, migrated database with realistic fictional data at the size of a large
 * organisation (50 teams, 1,000,000 cases and what they imply, with a valid audit chain
 * and sealed fields), for benchmarks (docs/performance.md, "Scale data"; decision 0031).
 * It writes with PostgreSQL's COPY, so like the demo loaders it writes other modules'
 * tables directly; it reaches their keys, chain and search index through their public
 * hooks ({@code protection.FieldSealer}, {@code audit.BulkAuditChain},
 * {@code negotiation.CaseSearch}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scale data (benchmarks only)",
		allowedDependencies = { "shared", "audit", "protection", "negotiation" })
package org.parley.scale;
