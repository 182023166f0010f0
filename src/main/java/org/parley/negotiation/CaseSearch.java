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

}
