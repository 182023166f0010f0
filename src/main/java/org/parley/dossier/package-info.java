/**
 * Dossiers: a case taken away whole (a PDF for people, JSON and CSV for machines, its
 * attachments), sealed by a manifest of hashes and the case's audit chain, signed with
 * the organisation's key and verifiable offline ({@code verify-dossier}); and bulk
 * exports of many cases made in the background (decision 0018).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers",
		allowedDependencies = { "shared", "shared::web", "shared::crypto", "audit", "identity", "reference", "document",
				"armedgroup", "negotiation", "agreement", "incident" })
package org.parley.dossier;
