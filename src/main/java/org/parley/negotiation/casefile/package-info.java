/**
 * The case aggregate ({@link org.parley.negotiation.casefile.NegotiationCase}): what the
 * case is about, where it stands in the method, its answers, notes and closure, and the
 * requests to engage it makes and decides. Its moves are guarded methods that register
 * {@link org.parley.negotiation.casefile.CaseMoved} (written to the timeline by
 * {@link org.parley.negotiation.casefile.Timeline}) and the module's public events.
 */
package org.parley.negotiation.casefile;
