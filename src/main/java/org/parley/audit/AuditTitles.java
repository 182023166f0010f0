package org.parley.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A helper for {@link AuditVocabulary#titles}: reads {@code id, title} rows of records
 * whose ids are numbers.
 */
public final class AuditTitles {

	private AuditTitles() {
	}

	/**
	 * @param sql a query with the parameter {@code :ids} returning the columns {@code id}
	 * and {@code title}
	 */
	public static Map<String, String> of(NamedParameterJdbcTemplate jdbc, String sql, Set<String> ids) {
		List<Long> numbers = ids.stream()
			.filter((id) -> id != null && id.matches("[0-9]{1,18}"))
			.map(Long::valueOf)
			.toList();
		Map<String, String> titles = new HashMap<>();
		if (numbers.isEmpty()) {
			return titles;
		}
		jdbc.query(sql, new MapSqlParameterSource("ids", numbers), (rs) -> {
			String title = rs.getString("title");
			if (title != null) {
				titles.put(Long.toString(rs.getLong("id")), title);
			}
		});
		return titles;
	}

}
