package org.parley.armedgroup;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.protection.FieldSealer;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.allOf;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Interlocutors are need-to-know: only the recording team's field officers and HQ
 * reviewers see them, in pages and API alike; the real name is shown only through an
 * audited reveal and never reaches the audit log.
 */
@IntegrationTest
class InterlocutorNeedToKnowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InterlocutorRegistry registry;

	@Autowired
	DataSource dataSource;

	@Autowired
	FieldSealer sealer;

	private JdbcTemplate jdbc;

	private long pastor;

	@BeforeEach
	void findTheGuerreroTeamsPriest() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.pastor = this.jdbc.queryForObject("SELECT id FROM interlocutor WHERE code_name = 'PASTOR'", Long.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "field.sv", "auditor", "admin" })
	void someoneOutsideTheRecordingTeamGetsNotFoundNeverTheData(String username) throws Exception {
		this.mvc.perform(get("/interlocutors/" + this.pastor).with(as(this.users, username)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("PASTOR"))));
		this.mvc.perform(get("/api/v1/interlocutors/" + this.pastor).with(as(this.users, username)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(not(containsString("PASTOR"))));
		this.mvc.perform(post("/interlocutors/" + this.pastor + "/reveal").with(as(this.users, username)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/interlocutors/" + this.pastor + "/reveal").with(as(this.users, username))
				.with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Herrera"))));
	}

	@Test
	void anotherTeamsOfficerCannotEditThroughThePageOrTheApi() throws Exception {
		this.mvc
			.perform(post("/interlocutors/" + this.pastor).with(as(this.users, "field.sv"))
				.with(csrf())
				.param("version", "0")
				.param("codeName", "HIJACKED")
				.param("affiliation", "INTERMEDIARY")
				.param("intermediaryType", "church"))
			.andExpect(status().isNotFound());
		this.mvc.perform(put("/api/v1/interlocutors/" + this.pastor).with(as(this.users, "field.sv"))
			.with(csrf())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"codeName\":\"HIJACKED\",\"affiliation\":\"INTERMEDIARY\",\"intermediaryType\":\"church\"}"))
			.andExpect(status().isNotFound());
		assertThat(
				this.jdbc.queryForObject("SELECT code_name FROM interlocutor WHERE id = ?", String.class, this.pastor))
			.isEqualTo("PASTOR");
	}

	@Test
	void theAuditLogShowsAnAuditorWhoChangedAnInterlocutorButNotWhatTheNotesSay() throws Exception {
		this.mvc
			.perform(get("/audit").param("entityType", "Interlocutor")
				.param("entityId", Long.toString(this.pastor))
				.param("lang", "en")
				.with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<dt>Influence</dt>"),
					containsString("(hidden: need to know)"), not(containsString("baptised half the village")))));
	}

	@Test
	void searchIgnoresAccentsAndCapitals() throws Exception {
		long guerrero = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
		String code = "SACRISTÁN-" + System.nanoTime() % 100000;
		this.registry.record(
				new InterlocutorForm(guerrero, code, null, false, "Párroco auxiliar de la sierra",
						Affiliation.INTERMEDIARY, null, "church", null, null, false, null, null, null),
				(org.parley.shared.CurrentUser) this.users.loadUserByUsername("field.mx"));
		for (String q : new String[] { "parroco auxiliar", "PÁRROCO", "sacristan" }) {
			this.mvc.perform(get("/interlocutors").param("q", q).with(as(this.users, "field.mx")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(code)));
		}
	}

	@Test
	void listsShowOnlyTheReadersOwnTeams() throws Exception {
		this.mvc.perform(get("/interlocutors").with(as(this.users, "field.sv")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("MEDIADOR-1")))
			.andExpect(content().string(not(containsString("PASTOR"))));
		this.mvc.perform(get("/api/v1/interlocutors").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].codeName", org.hamcrest.Matchers.hasItem("PASTOR")))
			.andExpect(jsonPath("$.items[*].codeName", not(org.hamcrest.Matchers.hasItem("MEDIADOR-1"))))
			// the recording team's name comes from the identity module, not a join of its
			// table
			.andExpect(jsonPath("$.items[*].teamName",
					org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("México – Guerrero"))));
	}

	@Test
	void theTeamsHqReviewerSeesButDoesNotEdit() throws Exception {
		this.mvc.perform(get("/interlocutors/" + this.pastor).with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("PASTOR")))
			.andExpect(content().string(not(containsString("Herrera"))));
		this.mvc
			.perform(post("/interlocutors/" + this.pastor).with(as(this.users, "hq"))
				.with(csrf())
				.param("version", "0")
				.param("codeName", "RENAMED")
				.param("affiliation", "INTERMEDIARY")
				.param("intermediaryType", "church"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRevealIsWrittenToTheAuditLogAndTheRealNameNeverIs() throws Exception {
		long before = this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = 'REVEAL' AND entity_id = ?", Long.class,
				Long.toString(this.pastor));
		this.mvc
			.perform(post("/interlocutors/" + this.pastor + "/reveal").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("reason", "Meeting on Tuesday"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tomás Herrera Vidal")));
		List<String> reveals = this.jdbc
			.queryForList("SELECT actor || '|' || reason || '|' || team_id FROM audit_entry WHERE action = 'REVEAL' "
					+ "AND entity_id = ? ORDER BY seq", String.class, Long.toString(this.pastor));
		assertThat(reveals).hasSize((int) before + 1);
		Long guerrero = this.jdbc.queryForObject("SELECT team_id FROM interlocutor WHERE id = ?", Long.class,
				this.pastor);
		assertThat(reveals.get(reveals.size() - 1)).isEqualTo("field.mx|Meeting on Tuesday|" + guerrero);
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE changes LIKE '%Herrera%'", Long.class))
			.isZero();
	}

	@Test
	void editingKeepsTheHiddenRealNameWhenTheFieldIsLeftEmpty() throws Exception {
		long id = this.jdbc.queryForObject("SELECT id FROM interlocutor WHERE code_name = 'MEDIADOR-1'", Long.class);
		long version = this.jdbc.queryForObject("SELECT version FROM interlocutor WHERE id = ?", Long.class, id);
		String sealedName = this.jdbc.queryForObject("SELECT real_name FROM interlocutor WHERE id = ?", String.class,
				id);
		this.mvc
			.perform(post("/interlocutors/" + id).with(as(this.users, "field.sv"))
				.with(csrf())
				.param("version", Long.toString(version))
				.param("codeName", "MEDIADOR-1")
				.param("affiliation", "INTERMEDIARY")
				.param("armedGroupId",
						this.jdbc.queryForObject("SELECT armed_group_id FROM interlocutor WHERE id = ?", String.class,
								id))
				.param("intermediaryType", "insider-mediator")
				.param("riskNotes", "Threatened in March; meet only in the church hall."))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("SELECT real_name FROM interlocutor WHERE id = ?", String.class, id))
			.as("the sealed real name untouched")
			.isEqualTo(sealedName);
		assertThat(this.sealer.text(
				this.jdbc.queryForObject("SELECT team_id FROM interlocutor WHERE id = ?", Long.class, id),
				SealedColumn.of("interlocutor", "real_name"), Sealed.stored(sealedName)))
			.isEqualTo("Ana Beatriz Flores (fictional)");
		assertThat(this.jdbc
			.queryForObject("SELECT changes FROM audit_entry WHERE entity_type = 'Interlocutor' AND entity_id = ? "
					+ "ORDER BY seq DESC LIMIT 1", String.class, Long.toString(id)))
			.contains("riskNotes", "[redacted]")
			.doesNotContain("Threatened in March", "realName");
	}

	@Test
	void aFieldOfficerCannotRecordForAnotherTeam() throws Exception {
		long salvador = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'El Salvador'", Long.class);
		this.mvc
			.perform(post("/interlocutors").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("teamId", Long.toString(salvador))
				.param("codeName", "INTRUSO")
				.param("affiliation", "INTERMEDIARY")
				.param("intermediaryType", "church"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("you can record interlocutors only for a team")));
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM interlocutor WHERE code_name = 'INTRUSO'", Long.class))
			.isZero();
	}

}
