package org.parley.negotiation.search;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes, at start, every case that has no terms yet: those recorded before the search
 * existed (a migration cannot compute keyed hashes) and any written by hand since. By
 * case id, one batch per transaction; a case indexed meanwhile by a write keeps its
 * terms, and a second run finds nothing to do. Runs after the demo's runners.
 */
@Component
@Order(200)
class SearchBackfill implements ApplicationRunner {

	static final int BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(SearchBackfill.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final CaseIndexer indexer;

	private final TransactionTemplate transactions;

	SearchBackfill(DataSource dataSource, CaseIndexer indexer, PlatformTransactionManager transactionManager) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.indexer = indexer;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		int indexed = backfill();
		if (indexed > 0) {
			log.info("The case search indexed {} cases that had no terms yet", indexed);
		}
	}

	/** Indexes the cases without terms; how many it indexed. */
	int backfill() {
		long after = 0;
		int indexed = 0;
		while (true) {
			List<Long> batch = this.jdbc.queryForList("""
					SELECT c.id FROM negotiation_case c
					WHERE c.id > :after AND NOT EXISTS (SELECT 1 FROM case_search s WHERE s.case_id = c.id)
					ORDER BY c.id LIMIT :batch""", Map.of("after", after, "batch", BATCH), Long.class);
			if (batch.isEmpty()) {
				return indexed;
			}
			this.transactions.executeWithoutResult((status) -> batch.forEach(this.indexer::indexIfMissing));
			indexed += batch.size();
			after = batch.get(batch.size() - 1);
		}
	}

}
