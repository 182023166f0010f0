/**
 * The registry every negotiation starts from: armed groups (shared across the
 * organisation, since they are context, not cases), their labels, presence, humanitarian
 * commitments and relations, and the interlocutors a team talks to (need-to-know: the
 * recording team only).
 */
package org.parley.armedgroup;
