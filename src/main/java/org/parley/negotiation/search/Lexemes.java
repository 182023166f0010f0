package org.parley.negotiation.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Words as the search compares them, made by PostgreSQL's full text search: lower case,
 * accents removed ({@code unaccent}), then each word as typed ({@code simple}) and its
 * Spanish and English stems. The texts are sent to the server and nothing of them is
 * stored: the query only computes.
 */
@Component
class Lexemes {

	/** At most this many words of a search count (the rest are ignored). */
	static final int MAX_WORDS = 8;

	/** At most this many characters of a search are read. */
	static final int MAX_QUERY = 200;

	private static final String FOLDED = "unaccent(lower(:text))";

	private final NamedParameterJdbcTemplate jdbc;

	Lexemes(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	/** Every lexeme of the text, in the three forms. */
	Set<String> of(String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		String[] lexemes = this.jdbc.queryForObject(
				"SELECT tsvector_to_array(to_tsvector('simple', " + FOLDED
						+ ")) || tsvector_to_array(to_tsvector('spanish', " + FOLDED
						+ ")) || tsvector_to_array(to_tsvector('english', " + FOLDED + "))",
				Map.of("text", text), (row, n) -> (String[]) row.getArray(1).getArray());
		return new LinkedHashSet<>(Arrays.asList(lexemes));
	}

	/**
	 * The words of a search, each with the forms that match it: itself and its Spanish
	 * and English stems. Empty when the search has no word.
	 */
	List<Set<String>> ofQuery(String query) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		String text = (query.length() > MAX_QUERY) ? query.substring(0, MAX_QUERY) : query;
		List<Set<String>> words = new ArrayList<>();
		this.jdbc.query("""
				SELECT w.word, tsvector_to_array(to_tsvector('spanish', w.word))
				    || tsvector_to_array(to_tsvector('english', w.word)) AS stems
				FROM unnest(tsvector_to_array(to_tsvector('simple', unaccent(lower(:text))))) AS w(word)
				ORDER BY w.word""", Map.of("text", text), (row) -> {
			if (words.size() < MAX_WORDS) {
				Set<String> forms = new LinkedHashSet<>();
				forms.add(row.getString("word"));
				forms.addAll(Arrays.asList((String[]) row.getArray("stems").getArray()));
				words.add(forms);
			}
		});
		return words;
	}

}
