package org.parley.armedgroup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.support.FreshDatabase;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With 10,000 groups, the registry's list reads a deep page through the (sort_name, id)
 * index and a name search through the trigram index, instead of scanning and sorting the
 * table: what keeps pages fast as the registry grows. The plan is checked, not a time
 * (timings are for the benchmark in docs/operations.md).
 */
class RegistryScaleTest {

	private static FreshDatabase database;

	private static JdbcTemplate jdbc;

	@BeforeAll
	static void tenThousandGroups() {
		database = new FreshDatabase();
		database.migrate();
		jdbc = new JdbcTemplate(database.dataSource());
		jdbc.execute(
				"""
						INSERT INTO parley.armed_group (name, search_text, sort_name, created_at, updated_at)
						SELECT 'Grupo ' || n, 'grupo ' || n || E'\\n' || 'alias ' || md5(n::text), 'grupo ' || lpad(n::text, 5, '0'),
						       now(), now() - n * interval '1 minute'
						FROM generate_series(1, 10000) AS n""");
		jdbc.execute("ANALYZE parley.armed_group");
	}

	@Test
	void aDeepPageByNameUsesTheKeysetIndex() {
		String plan = plan("""
				SELECT g.id FROM parley.armed_group g WHERE (g.sort_name, g.id) > ('grupo 09000', 0)
				ORDER BY g.sort_name, g.id LIMIT 26""");
		assertThat(plan).contains("armed_group_sort_name_idx").doesNotContain("Sort ");
	}

	@Test
	void aDeepPageByUpdateUsesTheKeysetIndex() {
		String plan = plan("""
				SELECT g.id FROM parley.armed_group g WHERE (g.updated_at, g.id) < (now() - interval '5000 minutes', 0)
				ORDER BY g.updated_at DESC, g.id DESC LIMIT 26""");
		assertThat(plan).contains("armed_group_updated_idx").doesNotContain("Sort ");
	}

	@Test
	void aNameSearchUsesTheTrigramIndex() throws Exception {
		try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
			// Asks whether the index can serve the query at all (a table this small may
			// be
			// scanned more cheaply, which is fine).
			statement.execute("SET enable_seqscan = off");
			StringBuilder plan = new StringBuilder();
			try (ResultSet rs = statement.executeQuery(
					"EXPLAIN SELECT g.id FROM parley.armed_group g WHERE g.search_text LIKE '%grupo 4321%'")) {
				while (rs.next()) {
					plan.append(rs.getString(1)).append('\n');
				}
			}
			assertThat(plan.toString()).contains("armed_group_search_trgm");
		}
	}

	private static String plan(String sql) {
		List<String> lines = jdbc.queryForList("EXPLAIN " + sql, String.class);
		return String.join("\n", lines);
	}

}
