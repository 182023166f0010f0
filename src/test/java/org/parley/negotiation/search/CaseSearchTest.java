package org.parley.negotiation.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.negotiation.MethodStep;
import org.parley.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case search (decision 0029): a field officer finds a case again by a word of a
 * round's outcome typed without accents, in Spanish and in English, combined with the
 * list's filters and its keyset pages; never another team's case, never by a strictly
 * confidential round; the index holds keyed hashes, not words; a purge takes the terms of
 * what it destroyed. Each test makes its own cases with a word no other record holds.
 */
@IntegrationTest
class CaseSearchTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	SearchBackfill backfill;

	private JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		this.jdbc = new JdbcTemplate(this.dataSource);
	}

	@Test
	void aFieldOfficerFindsACaseByAWordOfARoundsOutcomeTypedWithoutAccentsInSpanishAndEnglish() throws Exception {
		String marker = marker();
		long id = caseWithRound("field.mx", "Guerrero " + marker, "CONFIDENTIAL",
				"El bloqueó del peaje terminó: los Médicos pasarán el lunes.",
				"We asked for safe passage for the doctors");
		assertThat(found("field.mx", "bloqueo " + marker)).containsExactly(id);
		assertThat(found("field.mx", "MEDICOS PEAJE")).contains(id);
		assertThat(found("field.mx", "Terminó " + marker.toUpperCase())).containsExactly(id);
		// English: a stem of a word of what was asked.
		assertThat(found("field.mx", "doctor passage " + marker)).containsExactly(id);
		// Every word must be in the case.
		assertThat(found("field.mx", "bloqueo " + marker + " inexistentezz")).isEmpty();
		this.mvc.perform(get("/cases").param("q", "bloqueo " + marker).with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Guerrero " + marker)));
		this.mvc
			.perform(get("/cases").param("q", marker + " inexistentezz")
				.param("lang", "es")
				.with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ningún caso contiene todas las palabras")))
			.andExpect(content().string(not(containsString("Guerrero " + marker))));
	}

	@Test
	void theSearchCombinesWithTheStepFilter() throws Exception {
		String marker = marker();
		long atRounds = caseWithRound("field.mx", "At rounds", "CONFIDENTIAL", "Pasaron " + marker, null);
		long later = caseWithRound("field.mx", "Later", "CONFIDENTIAL", "Pasaron " + marker, null);
		this.jdbc.update("UPDATE negotiation_case SET current_step = 'AGREEMENT' WHERE id = ?", later);
		assertThat(found("field.mx", marker)).containsExactlyInAnyOrder(atRounds, later);
		JsonNode page = api("field.mx", Map.of("q", marker, "step", "NEGOTIATION_ROUNDS"));
		assertThat(ids(page)).containsExactly(atRounds);
		this.mvc.perform(
				get("/cases").param("q", marker).param("step", "NEGOTIATION_ROUNDS").with(as(this.users, "field.mx")))
			.andExpect(content().string(containsString("/cases/" + atRounds + "\"")))
			.andExpect(content().string(not(containsString("/cases/" + later + "\""))));
	}

	@Test
	void pagesOfASearchKeepTheSearch() throws Exception {
		String marker = marker();
		for (int i = 0; i < 26; i++) {
			openCase("field.mx", "Paged " + marker + " " + i);
		}
		String first = this.mvc.perform(get("/cases").param("q", marker).with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher next = java.util.regex.Pattern.compile("href=\"(/cases\\?[^\"]*after=[^\"]*)\"")
			.matcher(first);
		assertThat(next.find()).as("a link to the next page").isTrue();
		String link = next.group(1).replace("&amp;", "&");
		assertThat(java.net.URLDecoder.decode(link, java.nio.charset.StandardCharsets.UTF_8)).contains("q=" + marker);
		String second = this.mvc.perform(get(java.net.URI.create(link)).with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second.split("Paged " + marker, -1)).hasSize(2);
		// The API's pages: 26 cases, 10 at a time, none twice.
		JsonNode page = api("field.mx", Map.of("q", marker, "size", "10"));
		List<Long> all = new java.util.ArrayList<>(ids(page));
		while (page.hasNonNull("nextCursor")) {
			page = api("field.mx", Map.of("q", marker, "size", "10", "after", page.get("nextCursor").asString()));
			all.addAll(ids(page));
		}
		assertThat(all).hasSize(26).doesNotHaveDuplicates();
	}

	@Test
	void anotherTeamsCaseIsNeverFoundByAFieldOfficerButHqFindsBoth() throws Exception {
		String marker = marker();
		long mx = caseWithRound("field.mx", "Mexico", "CONFIDENTIAL", "Acordaron " + marker, null);
		long sv = caseWithRound("field.sv", "Salvador", "CONFIDENTIAL", "Acordaron " + marker, null);
		assertThat(found("field.mx", marker)).containsExactly(mx);
		assertThat(found("field.sv", marker)).containsExactly(sv);
		assertThat(found("hq", marker)).containsExactlyInAnyOrder(mx, sv);
		assertThat(found("auditor", marker)).containsExactlyInAnyOrder(mx, sv);
		// A team filter narrows HQ's search to that team.
		long mxTeam = this.jdbc.queryForObject("SELECT team_id FROM negotiation_case WHERE id = ?", Long.class, mx);
		assertThat(ids(api("hq", Map.of("q", marker, "team", Long.toString(mxTeam))))).containsExactly(mx);
	}

	@Test
	void aStrictlyConfidentialRoundIsNotSearchedButTheCasesTitleIs() throws Exception {
		String marker = marker();
		String secret = marker();
		long id = caseWithRound("field.mx", "Strict " + marker, "STRICTLY_CONFIDENTIAL", "Reunión " + secret, null);
		assertThat(found("field.mx", marker)).containsExactly(id);
		for (String reader : new String[] { "field.mx", "hq", "auditor" }) {
			assertThat(found(reader, secret)).as(reader).isEmpty();
		}
		// Raising a case takes its rounds' words out of the index.
		String word = marker();
		long raised = caseWithRound("field.mx", "Raised", "CONFIDENTIAL", "Ofrecieron " + word, null);
		assertThat(found("field.mx", word)).containsExactly(raised);
		long version = this.jdbc.queryForObject("SELECT version FROM negotiation_case WHERE id = ?", Long.class,
				raised);
		this.mvc
			.perform(post("/cases/" + raised + "/classification").with(as(this.users, "hq"))
				.with(csrf())
				.param("version", Long.toString(version))
				.param("classification", "STRICTLY_CONFIDENTIAL")
				.param("reason", "The parish asked"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("SELECT classification FROM negotiation_case WHERE id = ?", String.class,
				raised))
			.isEqualTo("STRICTLY_CONFIDENTIAL");
		assertThat(found("field.mx", word)).isEmpty();
	}

	@Test
	void theIndexHoldsKeyedHashesNotWordsAndABackfillIndexesCasesWithoutTerms() throws Exception {
		String marker = marker();
		long id = caseWithRound("field.mx", "Raw " + marker, "CONFIDENTIAL", "Vacunación en " + marker, null);
		Map<String, Object> row = this.jdbc
			.queryForMap("SELECT team_id, terms::text AS terms FROM case_search WHERE case_id = ?", id);
		String terms = (String) row.get("terms");
		assertThat(terms).matches("\\{-?[0-9]+(,-?[0-9]+)*\\}").doesNotContain(marker).doesNotContain("vacun");
		String key = this.jdbc.queryForObject("SELECT search_key FROM case_search_key WHERE team_id = ?", String.class,
				row.get("team_id"));
		assertThat(key).startsWith("pk1:");
		// The same word hashes differently under another team's key.
		long sv = caseWithRound("field.sv", "Raw " + marker, "CONFIDENTIAL", null, null);
		List<Long> mxTerms = termsOf(id);
		List<Long> svTerms = termsOf(sv);
		assertThat(mxTerms).doesNotContainAnyElementsOf(svTerms);
		// A case without terms (recorded before the search) is indexed by the backfill.
		this.jdbc.update("DELETE FROM case_search WHERE case_id = ?", id);
		assertThat(found("field.mx", marker)).doesNotContain(id);
		assertThat(this.backfill.backfill()).isPositive();
		assertThat(found("field.mx", "vacunacion " + marker)).containsExactly(id);
		assertThat(termsOf(id)).containsExactlyInAnyOrderElementsOf(mxTerms);
		assertThat(this.backfill.backfill()).isZero();
	}

	@Test
	void aPurgeTakesTheTermsOfWhatItDestroyed() throws Exception {
		String marker = marker();
		String spoken = marker();
		long id = caseWithRound("field.mx", "Purged " + marker, "CONFIDENTIAL", "Dijeron " + spoken, null);
		assertThat(found("hq", spoken)).containsExactly(id);
		this.jdbc.update("UPDATE negotiation_case SET status = 'CLOSED', closure_outcome = 'NO_AGREEMENT', "
				+ "closed_at = now() - interval '6 years' WHERE id = ?", id);
		this.mvc.perform(post("/retention/cases/{id}/proposal", id).with(csrf()).with(as(this.users, "hq")))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/retention/cases/{id}/purge", id).param("confirm", "true")
				.with(csrf())
				.with(as(this.users, "admin")))
			.andExpect(status().is3xxRedirection());
		assertThat(
				this.jdbc.queryForObject("SELECT outcome FROM negotiation_round WHERE case_id = ?", String.class, id))
			.startsWith("pk1:purged:");
		assertThat(found("hq", spoken)).isEmpty();
		assertThat(found("hq", marker)).containsExactly(id);
	}

	private List<Long> termsOf(long caseId) {
		return this.jdbc.queryForList("SELECT unnest(terms) FROM case_search WHERE case_id = ?", Long.class, caseId);
	}

	/** A word no other record holds: letters only, with an accent. */
	private static String marker() {
		StringBuilder word = new StringBuilder("zé");
		for (int i = 0; i < 9; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

	/**
	 * The ids of the cases the user finds with these words (first page of the API, 100).
	 */
	private List<Long> found(String user, String q) throws Exception {
		return ids(api(user, Map.of("q", q, "size", "100")));
	}

	private JsonNode api(String user, Map<String, String> params) throws Exception {
		var request = get("/api/v1/cases").with(as(this.users, user));
		params.forEach(request::param);
		return JSON.readTree(
				this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static List<Long> ids(JsonNode page) {
		List<Long> ids = new java.util.ArrayList<>();
		page.get("items").forEach((item) -> ids.add(item.get("id").asLong()));
		return ids;
	}

	private long openCase(String officer, String title) throws Exception {
		String team = officer.equals("field.mx") ? "México – Guerrero" : "El Salvador";
		long teamId = this.jdbc.queryForObject("SELECT id FROM team WHERE name = ?", Long.class, team);
		long group = this.jdbc.queryForObject("SELECT id FROM armed_group ORDER BY id LIMIT 1", Long.class);
		String unique = title + " " + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/cases").with(as(this.users, officer))
				.with(csrf())
				.param("teamId", Long.toString(teamId))
				.param("title", unique)
				.param("country", officer.equals("field.mx") ? "MX" : "SV")
				.param("groupIds", Long.toString(group))
				.param("objectiveType", "ACCESS_FOR_HEALTH_CARE")
				.param("priority", "HIGH"))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("SELECT id FROM negotiation_case WHERE title = ?", Long.class, unique);
	}

	/** A case at the rounds with one round of that level, recorded through the page. */
	private long caseWithRound(String officer, String title, String level, String outcome, String asked)
			throws Exception {
		long id = openCase(officer, title);
		this.jdbc.update("UPDATE negotiation_case SET current_step = ? WHERE id = ?",
				MethodStep.NEGOTIATION_ROUNDS.name(), id);
		if (level.equals("STRICTLY_CONFIDENTIAL")) {
			this.jdbc.update("UPDATE negotiation_case SET classification = ? WHERE id = ?", level, id);
		}
		var round = post("/cases/" + id + "/rounds").with(as(this.users, officer))
			.with(csrf())
			.param("heldOn", "2026-01-12")
			.param("channel", "PHONE")
			.param("classification", level);
		if (outcome != null) {
			round.param("outcome", outcome);
		}
		if (asked != null) {
			round.param("asked", asked);
		}
		this.mvc.perform(round).andExpect(status().is3xxRedirection());
		return id;
	}

}
