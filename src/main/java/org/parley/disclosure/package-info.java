/**
 * The register of disclosure requests, as the ICRC Handbook on Data Protection in
 * Humanitarian Action asks: requests from authorities, donors, other agencies, the media,
 * the people concerned or their representatives for personal data a team holds; who
 * asked, how and on what basis, what they asked for, the team's assessment of the risk to
 * the people concerned, and the decision an HQ reviewer of the team took (disclosed in
 * full, in part, or refused), why, and what was disclosed. Depends on {@code negotiation}
 * for the cases a request concerns and on {@code armedgroup} for the groups and the
 * team's interlocutors (by code name).
 *
 * <p>
 * Its public face: {@link org.parley.disclosure.DisclosureRequests} (record, assess,
 * decide, close, withdraw, read) with its forms and view records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure requests", allowedDependencies = { "shared",
		"shared::web", "audit", "protection", "identity", "armedgroup", "negotiation" })
package org.parley.disclosure;
