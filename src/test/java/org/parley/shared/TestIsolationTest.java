package org.parley.shared;

import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests never write into the application's own database: each run works in a fresh one.
 */
@IntegrationTest
class TestIsolationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theApplicationUnderTestUsesThisRunsOwnDatabase() {
		assertThat(this.jdbc.queryForObject("SELECT current_database()", String.class)).startsWith("parley_test_");
	}

}
