package org.parley.reference;

import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators keep the taxonomies: values in English, Spanish and French can be added
 * and relabelled; a value in use is retired, never deleted, and records keep it.
 */
@IntegrationTest
class ReferenceListAdministrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ReferenceLists lists;

	@Autowired
	DataSource dataSource;

	@Test
	void theMethodsTaxonomiesAreSeededInBothLanguages() throws Exception {
		this.mvc.perform(get("/admin/reference-lists").param("list", "TACTIC").with(as(this.users, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Road blockades (narcobloqueos)")))
			.andExpect(content().string(containsString("Bloqueos de carreteras (narcobloqueos)")))
			.andExpect(content().string(containsString("Barrages routiers (narcobloqueos)")));
		assertThat(this.lists.codes(ReferenceList.GROUP_CATEGORY)).contains("cartel", "gang", "prison-gang",
				"urban-armed-group", "militia", "self-defence", "rebel", "state-affiliated");
	}

	@Test
	void everySeededValueHasAFrenchLabelThatFrenchReadersSee() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM reference_value WHERE label_fr = label_en AND label_es <> label_en", Long.class))
			.isZero();
		assertThat(this.lists.labels(ReferenceList.GROUP_CATEGORY, Locale.FRENCH)).containsEntry("self-defence",
				"Groupe d'autodéfense");
		assertThat(this.lists.labels(ReferenceList.RED_LINE, Locale.FRENCH)).containsEntry("no-payment",
				"Aucun paiement, en espèces ou en nature, en échange de l'accès");
		String page = this.mvc.perform(get("/armed-groups").param("lang", "fr").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(page)).contains("Groupe armé urbain", "Barrages routiers (narcobloqueos)")
			.doesNotContain("Urban armed group");
	}

	@Test
	void aValueInUseCannotBeDeletedButCanBeRetiredAndStaysOnItsRecords() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long cartel = jdbc.queryForObject(
				"SELECT id FROM reference_value WHERE list = 'GROUP_CATEGORY' AND code = 'prison-gang'", Long.class);
		this.mvc
			.perform(post("/admin/reference-lists/" + cartel + "/delete").with(as(this.users, "admin")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flash"));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM reference_value WHERE id = ?", Long.class, cartel))
			.isOne();

		this.mvc
			.perform(post("/admin/reference-lists/" + cartel + "/retire").with(as(this.users, "admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.lists.options(ReferenceList.GROUP_CATEGORY, List.of())).extracting(ReferenceOption::code)
			.doesNotContain("prison-gang");
		assertThat(this.lists.options(ReferenceList.GROUP_CATEGORY, List.of("prison-gang")))
			.extracting(ReferenceOption::code)
			.contains("prison-gang");
		assertThat(
				jdbc.queryForObject("SELECT count(*) FROM armed_group_category WHERE code = 'prison-gang'", Long.class))
			.isPositive();
		this.mvc
			.perform(post("/admin/reference-lists/" + cartel + "/restore").with(as(this.users, "admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void anUnusedValueIsAddedRelabelledAndDeleted() throws Exception {
		this.mvc
			.perform(post("/admin/reference-lists").param("list", "TACTIC")
				.with(as(this.users, "admin"))
				.with(csrf())
				.param("code", "drone-attacks")
				.param("labelEn", "Drone attacks")
				.param("labelEs", "Ataques con drones")
				.param("labelFr", "Attaques de drones")
				.param("sortOrder", "120"))
			.andExpect(status().is3xxRedirection());
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long id = jdbc.queryForObject("SELECT id FROM reference_value WHERE list = 'TACTIC' AND code = 'drone-attacks'",
				Long.class);
		this.mvc
			.perform(post("/admin/reference-lists/" + id).with(as(this.users, "admin"))
				.with(csrf())
				.param("labelEn", "Attacks with armed drones")
				.param("labelEs", "Ataques con drones armados")
				.param("labelFr", "Attaques de drones armés")
				.param("sortOrder", "120")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT label_es FROM reference_value WHERE id = ?", String.class, id))
			.isEqualTo("Ataques con drones armados");
		assertThat(jdbc.queryForObject("SELECT label_fr FROM reference_value WHERE id = ?", String.class, id))
			.isEqualTo("Attaques de drones armés");
		this.mvc.perform(post("/admin/reference-lists/" + id + "/delete").with(as(this.users, "admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM reference_value WHERE id = ?", Long.class, id)).isZero();
	}

	@Test
	void aBadCodeIsExplainedNextToTheField() throws Exception {
		this.mvc
			.perform(post("/admin/reference-lists").param("list", "TACTIC")
				.with(as(this.users, "admin"))
				.with(csrf())
				.param("code", "Drone Attacks!")
				.param("labelEn", "Drone attacks")
				.param("labelEs", "Ataques con drones")
				.param("labelFr", "Attaques de drones")
				.param("sortOrder", "120"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use lower case letters, digits and dashes only.")));
	}

}
