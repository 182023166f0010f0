/**
 * Who may do what: accounts, roles, teams, sign-in, lock-out, the language a user reads,
 * and the security configuration. Accounts are never deleted, only disabled.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access",
		allowedDependencies = { "shared", "shared::web", "audit", "protection" })
package org.parley.identity;
