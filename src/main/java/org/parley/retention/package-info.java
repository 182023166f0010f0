/**
 * Retention and purge (decision 0023): how long each kind of record is kept once
 * finished, the review of closed cases past their period, legal holds, the purge of a
 * case's identifying values (an HQ reviewer proposes, an administrator confirms) and the
 * record of each disposal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention and purge",
		allowedDependencies = { "shared", "shared::web", "audit", "protection", "negotiation", "identity" })
package org.parley.retention;
