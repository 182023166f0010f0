package org.parley;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.negotiation.MethodStep;
import org.parley.support.IntegrationTest;
import org.parley.support.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the main pages cost the database, counted statement by statement (issue 17): each
 * page sends a fixed number of statements, whatever the number of cases, rounds and
 * history entries it shows; no page asks once per row (no N+1), and none sends more than
 * its budget. The figures are in docs/performance.md.
 */
@IntegrationTest
class MainPageStatementsTest {

	/**
	 * The most statements any of the main pages may send, filters and header included. On
	 * a fresh database the most is the case page's 37; after the whole suite's data, HQ's
	 * start page sends 42 and the auditor's 38: both ask something per row of a bounded
	 * list (the auditor's exports' case titles, at most 10), which docs/performance.md
	 * lists as the next to batch.
	 */
	private static final int BUDGET = 50;

	private static final Pattern NEXT = Pattern.compile("after=([A-Za-z0-9_%=-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	private JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		this.jdbc = new JdbcTemplate(this.dataSource);
	}

	@Test
	void theMainPagesSendAFixedNumberOfStatementsHoweverMuchTheyShow() throws Exception {
		String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
		long measured = caseWithRounds("Counted " + word, 1, word);
		Map<String, Integer> few = costs(measured, word);

		// Thirty more cases, each with rounds carrying the word, and more rounds on the
		// measured case: lists, pages and histories now show many more rows.
		for (int i = 0; i < 30; i++) {
			caseWithRounds("Grown " + i + " " + word, 2, word);
		}
		for (int i = 0; i < 4; i++) {
			round(measured, "Otra ronda " + word + " " + i);
		}
		Map<String, Integer> many = costs(measured, word);

		// Each page is counted with its short-lived caches warm (see count); one either
		// way for what the added rows legitimately change. An N+1 would add at least one
		// statement per added case or round (4 to 30).
		few.forEach((page, n) -> assertThat(many.get(page))
			.as("statements of the %s, with few rows %s and with many %s", page, few, many)
			.isBetween(n - 1, n + 1));
		assertThat(many.values()).as("statements per page %s", many).allMatch((n) -> n > 0 && n <= BUDGET);
		// A deep page of the list costs what the first does.
		String first = body("/cases?step=NEGOTIATION_ROUNDS", "field.mx");
		Matcher next = NEXT.matcher(first);
		assertThat(next.find()).as("the list has a next page").isTrue();
		int deep = count("/cases?step=NEGOTIATION_ROUNDS&after=" + next.group(1), "field.mx");
		assertThat(deep).isEqualTo(many.get("case list by step"));
	}

	private Map<String, Integer> costs(long caseId, String word) throws Exception {
		Map<String, Integer> costs = new LinkedHashMap<>();
		costs.put("field officer's start page", count("/", "field.mx"));
		costs.put("case list", count("/cases", "field.mx"));
		costs.put("case list by step", count("/cases?step=NEGOTIATION_ROUNDS", "field.mx"));
		costs.put("case search", count("/cases?q=" + word, "field.mx"));
		costs.put("case page", count("/cases/" + caseId, "field.mx"));
		costs.put("case history", count("/cases/" + caseId + "/history", "field.mx"));
		costs.put("HQ's start page", count("/", "hq"));
		costs.put("HQ's transfers", count("/transfers", "hq"));
		costs.put("auditor's start page", count("/", "auditor"));
		return costs;
	}

	/**
	 * The statements the page sends, counted twice in a row and the fewer kept: a cache
	 * that expires during one count (a data key, a record's level) adds statements to
	 * that one only, while a page that asks per row asks in both.
	 */
	private int count(String url, String user) {
		return Math.min(countOnce(url, user), countOnce(url, user));
	}

	private int countOnce(String url, String user) {
		// The signed-in user is loaded before the count: the test's sign-in, not the
		// page's.
		var signedIn = as(this.users, user);
		List<String> statements = StatementCounter.record(() -> {
			try {
				this.mvc.perform(get(url).with(signedIn)).andExpect(status().isOk());
			}
			catch (Exception ex) {
				throw new IllegalStateException(url, ex);
			}
		});
		if (System.getenv("PARLEY_DEBUG_STATEMENTS") != null) {
			System.out.println("=== " + url + " " + user + " " + statements.size());
			statements.forEach((sql) -> System.out.println("  " + sql.replaceAll("\\s+", " ")));
		}
		return statements.size();
	}

	private String body(String url, String user) throws Exception {
		return this.mvc.perform(get(url).with(as(this.users, user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long caseWithRounds(String title, int rounds, String word) throws Exception {
		long teamId = this.jdbc.queryForObject("SELECT id FROM team WHERE name = ?", Long.class, "México – Guerrero");
		long group = this.jdbc.queryForObject("SELECT id FROM armed_group ORDER BY id LIMIT 1", Long.class);
		this.mvc
			.perform(post("/cases").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("teamId", Long.toString(teamId))
				.param("title", title)
				.param("country", "MX")
				.param("groupIds", Long.toString(group))
				.param("objectiveType", "ACCESS_FOR_HEALTH_CARE")
				.param("priority", "HIGH"))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("SELECT id FROM negotiation_case WHERE title = ?", Long.class, title);
		this.jdbc.update("UPDATE negotiation_case SET current_step = ? WHERE id = ?",
				MethodStep.NEGOTIATION_ROUNDS.name(), id);
		for (int i = 0; i < rounds; i++) {
			round(id, "Acordaron el paso " + word + " " + i);
		}
		return id;
	}

	private void round(long caseId, String outcome) throws Exception {
		this.mvc
			.perform(post("/cases/" + caseId + "/rounds").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("heldOn", "2026-01-12")
				.param("channel", "PHONE")
				.param("classification", "CONFIDENTIAL")
				.param("outcome", outcome))
			.andExpect(status().is3xxRedirection());
	}

}
