package org.parley.negotiation;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * CaseQueries for tests, opened through the page as field.mx would: team México –
 * Guerrero, Cártel del Sierra Alta, access for health care.
 */
public final class CaseFixtures {

	private CaseFixtures() {
	}

	/** Opens a case at conflict analysis and returns its id. */
	public static long aCaseAtConflictAnalysis(MockMvc mvc, UserDetailsService users, JdbcTemplate jdbc,
			String titlePrefix) throws Exception {
		long guerrero = jdbc.queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
		long sierra = jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Cártel del Sierra Alta'",
				Long.class);
		String title = titlePrefix + " " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/cases").with(as(users, "field.mx"))
			.with(csrf())
			.param("teamId", Long.toString(guerrero))
			.param("title", title)
			.param("country", "MX")
			.param("groupIds", Long.toString(sierra))
			.param("objectiveType", "ACCESS_FOR_HEALTH_CARE")
			.param("priority", "HIGH")).andExpect(status().is3xxRedirection());
		return jdbc.queryForObject("SELECT id FROM negotiation_case WHERE title = ?", Long.class, title);
	}

	/**
	 * Fills the conflict analysis through its page, as a field officer types it: two
	 * actor rows of which one is left blank, and the island of agreement one item per
	 * line.
	 */
	static void postConflictAnalysis(MockMvc mvc, UserDetailsService users, long caseId) throws Exception {
		mvc.perform(post("/cases/" + caseId + "/steps/conflict-analysis").with(as(users, "field.mx"))
			.with(csrf())
			.param("context", "Eleven villages above the valley, cut off since March.")
			.param("territorialControl", "The cartel holds the road and the upper valley.")
			.param("statePresence", "The army patrols the municipal seat only.")
			.param("humanitarianNeeds", "No health post; no vaccination since 2021.")
			.param("risks", "Staff mistaken for informants.")
			.param("legalRegime", "CONTESTED")
			.param("legalReasoning", "Assessed by some as meeting the NIAC threshold.")
			.param("actors[0].kind", "ARMED_GROUP")
			.param("actors[0].name", "Cártel del Sierra Alta")
			.param("actors[0].relations", "Controls the road")
			.param("actors[1].kind", "")
			.param("actors[1].name", "")
			.param("actors[1].relations", "")
			.param("factsAgreed", "The villages need a doctor\n- The road is the only way in")
			.param("normsShared", "Children should be cared for")).andExpect(status().is3xxRedirection());
	}

	/**
	 * Opens a case and puts it at the given step (directly: the steps before are not
	 * under test).
	 */
	public static long aCaseAt(MethodStep step, MockMvc mvc, UserDetailsService users, JdbcTemplate jdbc)
			throws Exception {
		long id = aCaseAtConflictAnalysis(mvc, users, jdbc, step.name());
		jdbc.update("UPDATE negotiation_case SET current_step = ? WHERE id = ?", step.name(), id);
		return id;
	}

	/**
	 * Adds a measure of effectiveness through the objectives page (a case at follow-up
	 * has passed step 3) and returns its id.
	 */
	public static long aMeasure(MockMvc mvc, UserDetailsService users, JdbcTemplate jdbc, long caseId)
			throws Exception {
		mvc.perform(post("/cases/" + caseId + "/moes").with(as(users, "field.mx"))
			.with(csrf())
			.param("indicator", "Consultations per month")
			.param("unit", "consultations")
			.param("baseline", "0")
			.param("target", "600")).andExpect(status().is3xxRedirection());
		return jdbc.queryForObject("SELECT id FROM case_moe WHERE case_id = ?", Long.class, caseId);
	}

}
