package org.parley.scale;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

import org.parley.negotiation.CaseSearch;

/**
 * The cases' search terms, made as the application makes them (decision 0029): the
 * lexemes of the case's title, area and searched round fields, each hashed under its
 * team's search key. The texts come from short lists, so the lexemes of each are asked of
 * PostgreSQL once and the terms of each lexeme computed once per team.
 */
final class SearchIndex {

	private final Layout layout;

	private final CaseSearch search;

	private final Map<String, Set<String>> lexemes = new HashMap<>();

	SearchIndex(Layout layout, CaseSearch search) {
		this.layout = layout;
		this.search = search;
	}

	void write(Loader loader) throws SQLException {
		int[] currentTeam = { -1 };
		Map<String, Long> terms = new HashMap<>();
		@SuppressWarnings("unchecked")
		ToLongFunction<String>[] termOf = new ToLongFunction[1];
		loader.copy("case_search", "case_id, team_id, terms, indexed_at", (copy) -> Plans.walk(this.layout, (p) -> {
			if (p.team != currentTeam[0]) {
				currentTeam[0] = p.team;
				terms.clear();
				termOf[0] = this.search.termsOf(p.teamId);
			}
			TreeSet<Long> caseTerms = new TreeSet<>();
			add(caseTerms, p.title(), terms, termOf[0]);
			add(caseTerms, p.region(), terms, termOf[0]);
			add(caseTerms, p.locality(), terms, termOf[0]);
			for (int n = 0; n < p.rounds; n++) {
				for (String text : RoundPlan.of(this.layout, p, n).searched()) {
					add(caseTerms, text, terms, termOf[0]);
				}
			}
			copy.num(p.id).num(p.teamId).array(caseTerms).moment(p.updatedAt).row();
		}));
	}

	private void add(TreeSet<Long> caseTerms, String text, Map<String, Long> terms, ToLongFunction<String> termOf) {
		if (text == null || text.isBlank()) {
			return;
		}
		for (String lexeme : this.lexemes.computeIfAbsent(text, this.search::lexemes)) {
			caseTerms.add(terms.computeIfAbsent(lexeme, termOf::applyAsLong));
		}
	}

}
