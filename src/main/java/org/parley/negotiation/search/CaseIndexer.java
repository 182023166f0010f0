package org.parley.negotiation.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.parley.negotiation.step.rounds.NegotiationRound;
import org.parley.protection.Classification;
import org.parley.protection.FieldSealer;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.protection.SealedValueException;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes a case's terms again from what it holds now, in the caller's transaction: its
 * title and area, its objectives, and what was asked and offered, the outcome and the
 * next step of each of its rounds that is not strictly confidential (those are never
 * indexed, decision 0029: a term would tell a reader who may not open them that they hold
 * a word, and the strict key's destruction would leave their terms behind). A value
 * destroyed by a purge or with its key adds nothing.
 */
@Component
public class CaseIndexer {

	/**
	 * The teams' search keys, sealed under their data keys: the rotations walk them like
	 * any sealed column.
	 */
	public static final SealedColumn SEARCH_KEY = new SealedColumn("case_search_key", "search_key", "team_id",
			List.of("team_id"));

	/** The rounds' fields that are searched. */
	static final List<String> ROUND_FIELDS = List.of("asked", "offered", "outcome", "next_step");

	private final NamedParameterJdbcTemplate jdbc;

	private final FieldSealer sealer;

	private final Lexemes lexemes;

	private final SearchKeys keys;

	private final Clock clock;

	CaseIndexer(DataSource dataSource, FieldSealer sealer, Lexemes lexemes, SearchKeys keys, Clock clock) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.sealer = sealer;
		this.lexemes = lexemes;
		this.keys = keys;
		this.clock = clock;
	}

	/**
	 * The lexemes of a text, as a case's terms are made of (for a bulk load that writes
	 * cases with SQL and computes their terms itself: the scale data, decision 0031).
	 */
	public java.util.Set<String> lexemesOf(String text) {
		return this.lexemes.of(text);
	}

	/**
	 * The team's term of a lexeme, under its search key (made when the team has none).
	 */
	public java.util.function.ToLongFunction<String> termsOf(long teamId) {
		SearchKeys.Key key = this.keys.forIndexing(teamId);
		return key::term;
	}

	/** Indexes the case again; nothing when it does not exist. */
	public void reindex(long caseId) {
		index(caseId, false);
	}

	/**
	 * Indexes the case unless it has terms (the start-up backfill: a transaction that
	 * indexed it meanwhile from newer values wins).
	 */
	void indexIfMissing(long caseId) {
		index(caseId, true);
	}

	private void index(long caseId, boolean ifMissing) {
		Map<String, Object> file = this.jdbc
			.queryForList(
					"SELECT team_id, title, region, locality, classification FROM negotiation_case WHERE id = :id",
					Map.of("id", caseId))
			.stream()
			.findFirst()
			.orElse(null);
		if (file == null) {
			return;
		}
		long teamId = ((Number) file.get("team_id")).longValue();
		boolean strictCase = Classification.valueOf((String) file.get("classification")).strict();
		StringJoiner text = new StringJoiner("\n");
		for (String clear : new String[] { "title", "region", "locality" }) {
			add(text, (String) file.get(clear));
		}
		this.jdbc
			.queryForList("SELECT text FROM case_objective WHERE case_id = :id", Map.of("id", caseId), String.class)
			.forEach((objective) -> add(text, objective));
		this.jdbc.query("SELECT classification, " + String.join(", ", ROUND_FIELDS)
				+ " FROM negotiation_round WHERE case_id = :id", Map.of("id", caseId), (row) -> {
					if (strictCase || Classification.valueOf(row.getString("classification")).strict()) {
						return;
					}
					for (String field : ROUND_FIELDS) {
						add(text, open(teamId, field, row.getString(field)));
					}
				});
		SearchKeys.Key key = this.keys.forIndexing(teamId);
		TreeSet<Long> terms = new TreeSet<>();
		this.lexemes.of(text.toString()).forEach((lexeme) -> terms.add(key.term(lexeme)));
		this.jdbc.update("""
				INSERT INTO case_search (case_id, team_id, terms, indexed_at)
				VALUES (:id, :team, CAST(:terms AS bigint[]), :at)
				ON CONFLICT (case_id) DO""" + (ifMissing ? " NOTHING" : """
				 UPDATE SET team_id = EXCLUDED.team_id, terms = EXCLUDED.terms,
				indexed_at = EXCLUDED.indexed_at"""),
				new MapSqlParameterSource("id", caseId).addValue("team", teamId)
					.addValue("terms", literal(terms))
					.addValue("at", Timestamp.from(this.clock.instant())));
	}

	private String open(long teamId, String field, String stored) {
		if (stored == null) {
			return null;
		}
		SealedColumn column = NegotiationRound.SEALED.stream()
			.filter((c) -> c.column().equals(field))
			.findFirst()
			.orElseThrow();
		try {
			return this.sealer.open(teamId, column, Sealed.stored(stored)).text();
		}
		catch (SealedValueException ex) {
			// Not readable (altered, or not sealed yet): nothing to search in it.
			return null;
		}
	}

	private static void add(StringJoiner text, String value) {
		if (value != null && !value.isBlank()) {
			text.add(value);
		}
	}

	/** A set of terms as an SQL array literal. */
	static String literal(java.util.Collection<Long> terms) {
		StringJoiner literal = new StringJoiner(",", "{", "}");
		terms.forEach((term) -> literal.add(Long.toString(term)));
		return literal.toString();
	}

}
