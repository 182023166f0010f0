/**
 * The registry every negotiation starts from: armed groups (shared across the
 * organisation, since they are context, not cases), their labels, presence, humanitarian
 * commitments and relations, their designations and sanctions (recorded by HQ reviewers
 * and administrators, read by every module through
 * {@link org.parley.armedgroup.ArmedGroupDesignations}, decision 0024), and the
 * interlocutors a team talks to (need-to-know: the recording team only).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Armed-group registry",
		allowedDependencies = { "shared", "shared::web", "audit", "protection", "identity", "reference", "document" })
package org.parley.armedgroup;
