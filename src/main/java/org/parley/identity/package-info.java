/**
 * Who may do what: accounts, roles, teams, sign-in, lock-out, the language a user reads,
 * and the security configuration. Accounts are never deleted, only disabled.
 */
package org.parley.identity;
