package org.parley.negotiation.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * What a search asks of the cases' terms: every word typed must match one of a case's
 * terms, in any of its forms (as typed, its Spanish stem, its English stem), hashed under
 * the key of the case's team. A reader of several teams has the words hashed under each
 * team's key; a team without a key has no terms yet.
 */
@Component
public class CaseMatcher {

	private final Lexemes lexemes;

	private final SearchKeys keys;

	CaseMatcher(Lexemes lexemes, SearchKeys keys) {
		this.lexemes = lexemes;
		this.keys = keys;
	}

	/**
	 * The condition on the cases (aliased {@code c}) of those teams that holds the words
	 * searched for; none when the search holds no word.
	 */
	public Condition condition(List<Long> teams, String query) {
		List<Set<String>> words = this.lexemes.ofQuery(query);
		if (words.isEmpty()) {
			return null;
		}
		Map<Long, SearchKeys.Key> teamKeys = this.keys.existing(teams);
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> perTeam = new ArrayList<>();
		for (Map.Entry<Long, SearchKeys.Key> team : teamKeys.entrySet()) {
			String prefix = "search" + perTeam.size();
			StringBuilder sql = new StringBuilder("(s.team_id = :" + prefix);
			params.put(prefix, team.getKey());
			for (int w = 0; w < words.size(); w++) {
				TreeSet<Long> terms = new TreeSet<>();
				words.get(w).forEach((form) -> terms.add(team.getValue().term(form)));
				String name = prefix + "w" + w;
				sql.append(" AND s.terms && CAST(:").append(name).append(" AS bigint[])");
				params.put(name, CaseIndexer.literal(terms));
			}
			perTeam.add(sql.append(')').toString());
		}
		if (perTeam.isEmpty()) {
			return new Condition("FALSE", params);
		}
		return new Condition("c.id IN (SELECT s.case_id FROM case_search s WHERE " + String.join(" OR ", perTeam) + ")",
				params);
	}

	/** An SQL condition and its parameters. */
	public record Condition(String sql, Map<String, Object> params) {
	}

}
