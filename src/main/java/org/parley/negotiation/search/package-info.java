/**
 * The case search (decision 0029): a blind index of the words of a case. PostgreSQL turns
 * the texts into lexemes (Spanish, English and as typed; accents and case folded), each
 * lexeme is hashed under the team's search key, and only the hashes are stored, in
 * {@code case_search}; a search hashes the words typed the same way. The index follows
 * every change of a case, its objectives or its rounds within the transaction that makes
 * it ({@link org.parley.negotiation.search.CaseIndexListener}), and cases without terms
 * are indexed at start ({@link org.parley.negotiation.search.SearchBackfill}).
 */
package org.parley.negotiation.search;
