package org.parley;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.identity.TestTokens;
import org.parley.support.Endpoints;
import org.parley.support.Endpoints.Endpoint;
import org.parley.support.Endpoints.Team;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The authorization matrix: every page and API endpoint Parley maps (read from Spring's
 * handler mapping), asked by each role (field officer of México, HQ reviewer, auditor,
 * administrator, anonymous) about a record of México (own team) and of El Salvador (the
 * field officer's other team), answers as the table {@code access-matrix.txt} says. An
 * endpoint missing from the table fails, so a new endpoint needs a rule. Writes carry an
 * empty form or a malformed JSON body: access is decided before validation, so a role
 * that may not write gets 403 and another team's record 404 whatever the body.
 */
@IntegrationTest
class AccessMatrixTest {

	/** The people of the matrix, in the order of the table's columns. */
	static final List<String> ROLES = List.of("field.mx", "hq", "auditor", "admin", "anonymous");

	/** The answers a role that may act gets: validation and rule refusals included. */
	private static final Set<Integer> ACTED = Set.of(400, 409, 412, 413, 415, 422, 428);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void probes() {
		// A token of each person, to revoke (the user's own) or not (someone else's).
		for (String role : ROLES.subList(0, ROLES.size() - 1)) {
			TestTokens.issue(this.context, role);
		}
		// The account the administrator's pages act on: disabling or resetting it
		// touches no demo user.
		new JdbcTemplate(this.dataSource).update("""
				INSERT INTO app_user (username, display_name, password_hash, created_at)
				SELECT 'matrix.probe', 'Matrix probe', '{noop}unused-password', now()
				WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE username = 'matrix.probe')""");
		// The reference value the administrator's pages retire, restore and delete.
		new JdbcTemplate(this.dataSource).update("""
				INSERT INTO reference_value (list, code, label_en, label_es, label_fr)
				SELECT 'TACTIC', 'matrix-probe', 'Matrix probe', 'Sonda de la matriz', 'Sonde de la matrice'
				WHERE NOT EXISTS (SELECT 1 FROM reference_value WHERE code = 'matrix-probe')""");
	}

	@Test
	void everyEndpointAnswersEveryRoleAsTheTableSays() throws Exception {
		Map<String, List<String>> expected = table();
		Endpoints.Ids ids = new Endpoints.Ids(new JdbcTemplate(this.dataSource));
		List<String> wrong = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		List<String> wrote = new ArrayList<>();
		Set<String> mapped = new TreeSet<>();
		StringBuilder actual = new StringBuilder();
		int asked = 0;
		for (Endpoint endpoint : Endpoints.all(this.mappings)) {
			mapped.add(endpoint.toString());
			List<String> row = new ArrayList<>();
			List<String> rule = expected.get(endpoint.toString());
			for (int r = 0; r < ROLES.size(); r++) {
				String role = ROLES.get(r);
				List<Team> relations = endpoint.teamRecord() ? List.of(Team.MEXICO, Team.EL_SALVADOR)
						: List.of(Team.MEXICO);
				List<String> answers = new ArrayList<>();
				for (Team team : relations) {
					String path = ids.path(endpoint, team, role.equals("anonymous") ? "field.mx" : role);
					long before = endpoint.write() ? auditSeq() : 0;
					MockHttpServletResponse response;
					try {
						response = ask(endpoint, path, role);
					}
					catch (Exception ex) {
						// Not handled by the application: a server error.
						response = new MockHttpServletResponse();
						response.setStatus(500);
					}
					asked++;
					String answer = answer(endpoint, role, response);
					if (endpoint.write() && !answer.equals("ok") && auditSeq() != before) {
						wrote.add(endpoint + " as " + role + " on " + path + " answered " + response.getStatus());
					}
					answers.add(answer);
					if (rule != null) {
						String want = cell(rule.get(r), relations.indexOf(team));
						if (!want.equals(answer)) {
							wrong.add(endpoint + " as " + role + " on " + path + " (" + team.displayName()
									+ "): expected " + want + ", answered " + response.getStatus() + " (" + answer
									+ ")");
						}
					}
				}
				row.add((answers.size() == 2 && answers.get(0).equals(answers.get(1))) ? answers.get(0)
						: String.join(" ", answers));
			}
			if (rule == null) {
				missing.add(endpoint.toString());
			}
			actual.append(String.format("%-62s | %s%n", endpoint, String.join(" | ", row)));
		}
		Path out = Path.of("target", "access-matrix-actual.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, actual.toString());
		Set<String> stale = new TreeSet<>(expected.keySet());
		stale.removeAll(mapped);
		assertThat(asked).as("requests asked").isGreaterThan(1000);
		assertThat(missing)
			.as("endpoints without a rule in access-matrix.txt (the answers they gave are in " + out + ")")
			.isEmpty();
		assertThat(stale).as("rules of access-matrix.txt for endpoints that no longer exist").isEmpty();
		assertThat(wrong).as("answers that differ from access-matrix.txt").isEmpty();
		assertThat(wrote).as("refused requests that wrote to the audit log").isEmpty();
	}

	private long auditSeq() {
		return new JdbcTemplate(this.dataSource).queryForObject("SELECT coalesce(max(seq), 0) FROM audit_entry",
				Long.class);
	}

	private MockHttpServletResponse ask(Endpoint endpoint, String path, String role) throws Exception {
		MockHttpServletRequestBuilder request = Endpoints.garbage(endpoint, path).with(csrf());
		if (!role.equals("anonymous")) {
			request.with(as(this.users, role));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	/** The answer, in the table's words. */
	static String answer(Endpoint endpoint, String role, MockHttpServletResponse response) {
		int status = response.getStatus();
		String location = response.getHeader("Location");
		if (role.equals("anonymous")
				&& (status == 401 || (status == 302 && location != null && location.endsWith("/login")))) {
			return (endpoint.api() != problem(response) && status == 401) ? "login(not a problem)" : "login";
		}
		if (status == 403 || status == 404) {
			if (endpoint.api() && !problem(response)) {
				return status + "(not a problem)";
			}
			return String.valueOf(status);
		}
		if (status < 400 || ACTED.contains(status)) {
			return "ok";
		}
		return String.valueOf(status);
	}

	private static boolean problem(MockHttpServletResponse response) {
		return response.getContentType() != null && response.getContentType().contains("application/problem+json");
	}

	private static String cell(String cell, int relation) {
		String[] answers = cell.trim().split("\\s+");
		return answers[Math.min(relation, answers.length - 1)];
	}

	/** The expected table: one line per endpoint, one column per role. */
	static Map<String, List<String>> table() throws IOException {
		Map<String, List<String>> rules = new LinkedHashMap<>();
		try (InputStream in = AccessMatrixTest.class.getResourceAsStream("access-matrix.txt")) {
			if (in == null) {
				return rules;
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\\|");
				assertThat(cells).as("a rule has an endpoint and " + ROLES.size() + " roles: " + line)
					.hasSize(ROLES.size() + 1);
				List<String> answers = new ArrayList<>();
				for (int i = 1; i < cells.length; i++) {
					answers.add(cells[i].trim());
				}
				rules.put(cells[0].trim(), answers);
			}
		}
		return rules;
	}

}
