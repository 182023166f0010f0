/**
 * The registry every negotiation starts from: armed groups (shared across the
 * organisation, since they are context, not cases), their labels, presence, humanitarian
 * commitments and relations, and the interlocutors a team talks to (need-to-know: the
 * recording team only).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Armed-group registry",
		allowedDependencies = { "shared", "shared::web", "audit", "protection", "identity", "reference", "document" })
package org.parley.armedgroup;
