package org.parley.negotiation;

import org.parley.negotiation.search.CaseIndexer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case search's index, for writes made with SQL that the index cannot see (decision
 * 0029): a purge indexes its case again, so that the terms of the values it destroyed go
 * with them.
 */
@Service
public class CaseSearch {

	private final CaseIndexer indexer;

	CaseSearch(CaseIndexer indexer) {
		this.indexer = indexer;
	}

	/**
	 * Makes the case's terms again from what it holds now, in the caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void reindex(long caseId) {
		this.indexer.reindex(caseId);
	}

	/**
	 * The lexemes a case's texts give, for a bulk load that writes cases with SQL and
	 * their terms with them (the scale data, decision 0031): a case's terms are the
	 * team's terms of the lexemes of its title, area, objectives and searched round
	 * fields.
	 */
	public java.util.Set<String> lexemes(String text) {
		return this.indexer.lexemesOf(text);
	}

	/** The team's term of a lexeme, under its search key (made when it has none). */
	public java.util.function.ToLongFunction<String> termsOf(long teamId) {
		return this.indexer.termsOf(teamId);
	}

}
