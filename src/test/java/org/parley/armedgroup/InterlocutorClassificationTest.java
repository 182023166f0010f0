package org.parley.armedgroup;

import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.identity.Role;
import org.parley.identity.UserAdministration;
import org.parley.support.ConfirmedAccounts;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Classification of interlocutors (decision 0022): the level is set by the recording
 * field officer and changed by an HQ reviewer of the team with a reason; a strictly
 * confidential one is seen only by the team's field officers and the HQ reviewers named
 * on it (an auditor knows it exists, nothing more), and its values are sealed under the
 * team's strict key, moved between keys when the level changes.
 */
@IntegrationTest
class InterlocutorClassificationTest {

	private static final String RISK = "informa a la policía estatal los martes";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UserAdministration administration;

	@Autowired
	DataSource dataSource;

	@Autowired
	InterlocutorRegistry registry;

	private JdbcTemplate jdbc;

	private long guerrero;

	@BeforeEach
	void findTheGuerreroTeam() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.guerrero = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
	}

	@Test
	void aStrictlyConfidentialInterlocutorIsSealedUnderTheTeamsStrictKey() throws Exception {
		long id = recordStrict("ALFA", null);
		assertThat(level(id)).isEqualTo("STRICTLY_CONFIDENTIAL");
		assertThat(purposeOf(id, "real_name")).isEqualTo("TEAM_STRICT");
		assertThat(purposeOf(id, "risk_notes")).isEqualTo("TEAM_STRICT");
		this.mvc.perform(get("/interlocutors/" + id).param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Strictly confidential"), containsString(RISK))))
			// the level is the HQ reviewers' to change: no form for the field officer
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/classification\""))));
	}

	@Test
	void anInterlocutorRecordedWithoutALevelIsConfidentialUnderTheTeamsKey() throws Exception {
		long id = idOf(recordConfidential("BRAVO"));
		assertThat(level(id)).isEqualTo("CONFIDENTIAL");
		assertThat(purposeOf(id, "risk_notes")).isEqualTo("TEAM");
	}

	@Test
	void anHqReviewerNotNamedAnotherTeamAndAnAdministratorDoNotKnowItExists() throws Exception {
		long id = recordStrict("CHARLIE", null);
		for (String username : new String[] { "hq", "field.sv", "admin" }) {
			this.mvc.perform(get("/interlocutors/" + id).with(as(this.users, username)))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("CHARLIE"))));
			this.mvc.perform(get("/api/v1/interlocutors/" + id).with(as(this.users, username)))
				.andExpect(status().isNotFound());
			this.mvc.perform(post("/interlocutors/" + id + "/reveal").with(as(this.users, username)).with(csrf()))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(post("/interlocutors/" + id + "/classification").with(as(this.users, username))
					.with(csrf())
					.param("version", "0")
					.param("classification", "INTERNAL")
					.param("reason", "curiosity"))
				.andExpect(status().isNotFound());
			// (The search box repeats the words searched for: the record's link is what
			// must be absent.)
			this.mvc.perform(get("/interlocutors").param("q", "CHARLIE").with(as(this.users, username)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("/interlocutors/" + id + "\""))));
		}
		assertThat(level(id)).isEqualTo("STRICTLY_CONFIDENTIAL");
	}

	@Test
	void aNamedHqReviewerSeesItAndAnotherHqReviewerDoesNot() throws Exception {
		String named = hqReviewer();
		long namedId = userId(named);
		long id = recordStrict("DELTA", namedId);
		this.mvc.perform(get("/interlocutors/" + id).with(as(this.users, named)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(RISK),
					containsString("action=\"/interlocutors/" + id + "/classification\""),
					containsString("name=\"version\""), containsString("value=\"STRICTLY_CONFIDENTIAL\" selected"))));
		this.mvc.perform(get("/interlocutors").param("q", "DELTA").with(as(this.users, named)))
			.andExpect(content().string(containsString("/interlocutors/" + id + "\"")));
		this.mvc.perform(get("/interlocutors/" + id).with(as(this.users, "hq"))).andExpect(status().isNotFound());
	}

	@Test
	void anAuditorSeesThatItExistsAndItsLevelButNothingItHolds() throws Exception {
		long id = recordStrict("ECHO", null);
		String auditor = grantedAuditor();
		this.mvc.perform(get("/interlocutors/" + id).param("lang", "en").with(as(this.users, auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("ECHO"), containsString("Strictly confidential"),
					containsString("you may know that this record exists"), not(containsString(RISK)))));
		this.mvc.perform(get("/api/v1/interlocutors/" + id).with(as(this.users, auditor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.redacted").value(true))
			.andExpect(jsonPath("$.riskNotes").doesNotExist())
			.andExpect(content().string(not(containsString(RISK))));
		this.mvc.perform(post("/interlocutors/" + id + "/reveal").with(as(this.users, auditor)).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Herrera"))));
	}

	@Test
	void aNamedHqReviewerLowersTheLevelWithAReasonAndTheValuesMoveToTheTeamsKey() throws Exception {
		String named = hqReviewer();
		long id = recordStrict("FOXTROT", userId(named));
		// Field officers record the level; they do not change it.
		classify("field.mx", id, 0, "CONFIDENTIAL", "no longer at risk").andExpect(status().isForbidden());
		// A reason is required, and the version must be the current one.
		classify(named, id, 0, "CONFIDENTIAL", " ").andExpect(status().is3xxRedirection());
		classify(named, id, 7, "CONFIDENTIAL", "stale form").andExpect(status().is3xxRedirection());
		assertThat(level(id)).isEqualTo("STRICTLY_CONFIDENTIAL");

		classify(named, id, 0, "CONFIDENTIAL", "the group disbanded").andExpect(status().is3xxRedirection());
		assertThat(level(id)).isEqualTo("CONFIDENTIAL");
		assertThat(purposeOf(id, "real_name")).isEqualTo("TEAM");
		assertThat(purposeOf(id, "risk_notes")).isEqualTo("TEAM");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE entity_type = 'Interlocutor' "
						+ "AND entity_id = ? AND actor = ? AND action = 'UPDATE' AND reason = 'the group disbanded' "
						+ "AND changes LIKE '%STRICTLY_CONFIDENTIAL%' AND changes NOT LIKE '%" + RISK + "%'",
				Long.class, Long.toString(id), named))
			.isOne();
		// The other HQ reviewer sees it now, and the values still open.
		this.mvc.perform(get("/interlocutors/" + id).with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(RISK)));
		this.mvc.perform(post("/interlocutors/" + id + "/reveal").with(as(this.users, "hq")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Herrera")));
	}

	@Test
	void anHqReviewerWhoRaisesTheLevelIsNamedAndTheValuesMoveToTheStrictKey() throws Exception {
		String code = "GOLF-" + suffix();
		this.mvc
			.perform(post("/interlocutors").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("teamId", Long.toString(this.guerrero))
				.param("codeName", code)
				.param("realName", "Herrera Golf")
				.param("affiliation", "INTERMEDIARY")
				.param("intermediaryType", "church")
				.param("classification", "INTERNAL")
				.param("riskNotes", RISK))
			.andExpect(status().is3xxRedirection());
		long id = idOf(code);
		String reviewer = hqReviewer();
		classify(reviewer, id, 0, "STRICTLY_CONFIDENTIAL", "threats reported").andExpect(status().is3xxRedirection());
		assertThat(level(id)).isEqualTo("STRICTLY_CONFIDENTIAL");
		assertThat(purposeOf(id, "real_name")).isEqualTo("TEAM_STRICT");
		assertThat(purposeOf(id, "risk_notes")).isEqualTo("TEAM_STRICT");
		this.mvc.perform(get("/interlocutors/" + id).with(as(this.users, reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(RISK)));
		this.mvc.perform(get("/interlocutors/" + id).with(as(this.users, "hq"))).andExpect(status().isNotFound());
	}

	@Test
	void aFieldOfficerMayNameOnlyTheTeamsHqReviewers() throws Exception {
		String code = "HOTEL-" + suffix();
		long auditor = userId(grantedAuditor());
		this.mvc
			.perform(post("/interlocutors").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("teamId", Long.toString(this.guerrero))
				.param("codeName", code)
				.param("affiliation", "INTERMEDIARY")
				.param("intermediaryType", "church")
				.param("classification", "STRICTLY_CONFIDENTIAL")
				.param("namedReviewerIds", Long.toString(auditor)))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM interlocutor WHERE code_name = ?", Long.class, code))
			.isZero();
	}

	@Test
	void aStrictlyConfidentialInterlocutorIsOfferedAndNamedInCasesOnlyToWhoMayKnowIt() throws Exception {
		String named = hqReviewer();
		long id = recordStrict("INDIA", userId(named));
		long ordinary = idOf(recordConfidential("JULIETT"));
		// Choices of intermediaries in a case, names in its dossier and in disclosure
		// requests: the code name would tell that the record exists.
		assertThat(choiceIds("field.mx")).contains(id, ordinary);
		assertThat(choiceIds(named)).contains(id, ordinary);
		assertThat(choiceIds(grantedAuditor())).contains(id, ordinary);
		assertThat(choiceIds("hq")).contains(ordinary).doesNotContain(id);
		assertThat(choiceIds(account(Role.AUDITOR))).isEmpty();
		assertThat(choiceIds("admin")).isEmpty();
	}

	@Test
	void theApiChangesTheLevelWithAReasonAtTheCurrentVersion() throws Exception {
		String named = hqReviewer();
		long id = recordStrict("KILO", userId(named));
		String lower = "{\"classification\": \"CONFIDENTIAL\", \"reason\": \"the threat is over\"}";
		this.mvc.perform(apiClassify(id, "field.mx", "\"0\"", lower)).andExpect(status().isForbidden());
		this.mvc.perform(apiClassify(id, "hq", "\"0\"", lower)).andExpect(status().isNotFound());
		this.mvc.perform(apiClassify(id, named, null, lower)).andExpect(status().isPreconditionRequired());
		this.mvc.perform(apiClassify(id, named, "\"3\"", lower)).andExpect(status().isConflict());
		this.mvc
			.perform(apiClassify(id, named, "\"0\"",
					"{\"classification\": \"CONFIDENTIAL\", \"reason\": \"" + "x".repeat(501) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("reason")));
		this.mvc.perform(apiClassify(id, named, "\"0\"", "{\"classification\": \"CONFIDENTIAL\"}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("reason")));
		assertThat(level(id)).isEqualTo("STRICTLY_CONFIDENTIAL");
		this.mvc.perform(apiClassify(id, named, "\"0\"", lower))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.classification").value("CONFIDENTIAL"));
		assertThat(level(id)).isEqualTo("CONFIDENTIAL");
		assertThat(purposeOf(id, "risk_notes")).isEqualTo("TEAM");
	}

	private org.springframework.test.web.servlet.RequestBuilder apiClassify(long id, String username, String ifMatch,
			String body) {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/interlocutors/" + id + "/classification")
			.with(as(this.users, username))
			.with(csrf())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.accept(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(body);
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return request;
	}

	@Test
	void theDemoShowsAStrictlyConfidentialInterlocutorToItsTeamAndTheNamedReviewerOnly() throws Exception {
		long id = idOf("ENLACE-PENAL");
		assertThat(level(id)).isEqualTo("STRICTLY_CONFIDENTIAL");
		String stored = this.jdbc.queryForObject("SELECT real_name FROM interlocutor WHERE id = ?", String.class, id);
		assertThat(this.jdbc.queryForObject("SELECT purpose FROM data_key WHERE id = ?", String.class,
				Long.parseLong(stored.split(":")[1])))
			.isEqualTo("TEAM_STRICT");
		for (String reader : new String[] { "field.sv", "hq" }) {
			this.mvc.perform(get("/interlocutors/" + id).with(as(this.users, reader))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/interlocutors/" + id).with(as(this.users, "field.mx"))).andExpect(status().isNotFound());
	}

	private java.util.List<Long> choiceIds(String username) {
		org.parley.shared.CurrentUser reader = (org.parley.shared.CurrentUser) this.users.loadUserByUsername(username);
		return this.registry.teamChoices(this.guerrero, reader)
			.stream()
			.map(InterlocutorRegistry.InterlocutorChoice::id)
			.toList();
	}

	private String recordConfidential(String name) throws Exception {
		String code = name + "-" + suffix();
		this.mvc
			.perform(post("/interlocutors").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("teamId", Long.toString(this.guerrero))
				.param("codeName", code)
				.param("affiliation", "INTERMEDIARY")
				.param("intermediaryType", "church")
				.param("riskNotes", RISK))
			.andExpect(status().is3xxRedirection());
		return code;
	}

	private org.springframework.test.web.servlet.ResultActions classify(String username, long id, long version,
			String level, String reason) throws Exception {
		return this.mvc.perform(post("/interlocutors/" + id + "/classification").with(as(this.users, username))
			.with(csrf())
			.param("version", Long.toString(version))
			.param("classification", level)
			.param("reason", reason));
	}

	private long recordStrict(String name, Long namedReviewer) throws Exception {
		String code = name + "-" + suffix();
		var request = post("/interlocutors").with(as(this.users, "field.mx"))
			.with(csrf())
			.param("teamId", Long.toString(this.guerrero))
			.param("codeName", code)
			.param("realName", "Herrera " + name)
			.param("affiliation", "INTERMEDIARY")
			.param("intermediaryType", "church")
			.param("classification", "STRICTLY_CONFIDENTIAL")
			.param("riskNotes", RISK);
		if (namedReviewer != null) {
			request.param("namedReviewerIds", Long.toString(namedReviewer));
		}
		MvcResult result = this.mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/interlocutors/");
		return idOf(code);
	}

	private long idOf(String code) {
		return this.jdbc.queryForObject("SELECT id FROM interlocutor WHERE code_name = ?", Long.class, code);
	}

	private String level(long id) {
		return this.jdbc.queryForObject("SELECT classification FROM interlocutor WHERE id = ?", String.class, id);
	}

	/** The purpose of the data key the stored value names. */
	private String purposeOf(long id, String column) {
		String stored = this.jdbc.queryForObject("SELECT " + column + " FROM interlocutor WHERE id = ?", String.class,
				id);
		assertThat(stored).startsWith("pk1:").doesNotContain("Herrera").doesNotContain("policía");
		long key = Long.parseLong(stored.split(":")[1]);
		return this.jdbc.queryForObject("SELECT purpose FROM data_key WHERE id = ? AND team_id = ?", String.class, key,
				this.guerrero);
	}

	private String hqReviewer() {
		return account(Role.HQ_REVIEWER);
	}

	private String grantedAuditor() {
		String username = account(Role.AUDITOR);
		this.jdbc.update("UPDATE app_user SET reveals_interlocutor_names = true WHERE username = ?", username);
		return username;
	}

	private String account(Role role) {
		String username = role.name().toLowerCase(java.util.Locale.ROOT).substring(0, 3) + "-" + suffix();
		long id = ConfirmedAccounts
			.create(this.administration, this.jdbc,
					new UserAdministration.NewUser(username, "Prueba " + username, Set.of(role), Set.of(this.guerrero)))
			.id();
		this.jdbc.update("UPDATE app_user SET must_change_password = false WHERE id = ?", id);
		return username;
	}

	private long userId(String username) {
		return this.jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
