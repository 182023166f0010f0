package org.parley;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.support.Endpoints;
import org.parley.support.Endpoints.Endpoint;
import org.parley.support.Endpoints.Team;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * No insecure direct object reference: every route and API call with a team's record in
 * its path (found in the handler mapping), asked by the other team's field officer with
 * the first team's real ids, answers 404, reads and writes nothing. El Salvador's officer
 * tries México's ids, and México's officer El Salvador's, then an own case or agreement
 * with El Salvador's records below it; the ids used are listed in the assertions.
 */
@IntegrationTest
class NoDirectObjectReferenceTest {

	/** The tables whose rows a request could add, change or remove. */
	private static final List<String> TABLES = List.of("negotiation_case", "case_answer", "case_transition",
			"engagement_decision", "case_conflict_analysis", "case_group_assessment", "case_objectives", "case_moe",
			"moe_measurement", "case_engagement", "negotiation_round", "agreement", "agreement_version",
			"agreement_review_comment", "compliance_check", "implementation_score", "group_review", "agreement_dispute",
			"agreement_dispute_contact", "agreement_attachment", "security_incident", "disclosure_request",
			"interlocutor", "stored_document", "dossier_export", "notification", "personal_access_token",
			"read_record");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	DataSource dataSource;

	@Test
	void elSalvadorsOfficerGetsNothingOfMexico() throws Exception {
		attack("field.sv", Team.MEXICO, "field.mx");
	}

	@Test
	void mexicosOfficerGetsNothingOfElSalvador() throws Exception {
		attack("field.mx", Team.EL_SALVADOR, "field.sv");
	}

	@Test
	void anOwnCaseDoesNotOpenAnotherTeamsRecordsBelowIt() throws Exception {
		// México's officer, México's case or agreement in the path, El Salvador's record
		// below it: /cases/{own}/moes/{theirs}.
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		Endpoints.Ids ids = new Endpoints.Ids(jdbc);
		Map<String, Long> before = state(jdbc);
		List<String> tried = new ArrayList<>();
		List<String> answered = new ArrayList<>();
		for (Endpoint endpoint : Endpoints.all(this.mappings)) {
			if (!endpoint.teamRecord()) {
				continue;
			}
			String path = ids.mixedPath(endpoint, Team.MEXICO, Team.EL_SALVADOR, "field.mx");
			if (path == null) {
				continue;
			}
			int status = this.mvc
				.perform(Endpoints.garbage(endpoint, path).with(csrf()).with(as(this.users, "field.mx")))
				.andReturn()
				.getResponse()
				.getStatus();
			tried.add(endpoint.method() + " " + path);
			if (status != 404) {
				answered.add(endpoint.method() + " " + path + " answered " + status);
			}
		}
		assertThat(tried).as("routes with a record below a case or agreement").hasSizeGreaterThan(20);
		assertThat(answered).as("field.mx with an own parent and El Salvador's child ids, tried: " + tried).isEmpty();
		assertThat(state(jdbc)).as("what field.mx changed trying " + tried).isEqualTo(before);
	}

	private void attack(String attacker, Team victim, String victimOfficer) throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		Endpoints.Ids ids = new Endpoints.Ids(jdbc);
		Map<String, Long> before = state(jdbc);
		List<String> tried = new ArrayList<>();
		List<String> answered = new ArrayList<>();
		for (Endpoint endpoint : Endpoints.all(this.mappings)) {
			if (!endpoint.teamRecord()) {
				continue;
			}
			// The victim's own notifications and tokens; every other record of the team.
			String path = ids.path(endpoint, victim, victimOfficer, true);
			MockHttpServletResponse response = this.mvc
				.perform(Endpoints.garbage(endpoint, path).with(csrf()).with(as(this.users, attacker)))
				.andReturn()
				.getResponse();
			tried.add(endpoint.method() + " " + path);
			if (response.getStatus() != 404) {
				answered.add(endpoint.method() + " " + path + " answered " + response.getStatus());
			}
			else if (endpoint.api()) {
				assertThat(response.getContentType()).as(endpoint.method() + " " + path)
					.contains("application/problem+json");
			}
		}
		assertThat(tried).as("id routes tried").hasSizeGreaterThan(100);
		assertThat(answered).as(attacker + " with " + victim.displayName() + "'s ids, tried: " + tried).isEmpty();
		assertThat(state(jdbc)).as("what " + attacker + " changed trying " + tried).isEqualTo(before);
	}

	/**
	 * The audit log's last entry and the row count of every table a request could touch.
	 */
	private static Map<String, Long> state(JdbcTemplate jdbc) {
		Map<String, Long> state = new LinkedHashMap<>();
		state.put("audit_entry max(seq)",
				jdbc.queryForObject("SELECT coalesce(max(seq), 0) FROM audit_entry", Long.class));
		for (String table : TABLES) {
			state.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class));
		}
		return state;
	}

}
