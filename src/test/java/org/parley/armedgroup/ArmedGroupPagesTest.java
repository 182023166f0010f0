package org.parley.armedgroup;

import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.shared.CurrentUser;
import org.parley.support.HistoryText;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registry's pages: bad input explained next to its field with nothing typed lost, a
 * second editor refused with the first one's changes shown, warnings that allow, history
 * from the audit log, and read-only roles kept read-only.
 */
@IntegrationTest
class ArmedGroupPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ArmedGroupRegistry registry;

	@Autowired
	DataSource dataSource;

	private JdbcTemplate jdbc;

	private String tag;

	@BeforeEach
	void setUp() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.tag = "p" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aMissingNameIsExplainedNextToTheFieldAndTheRestIsKept() throws Exception {
		this.mvc
			.perform(post("/armed-groups").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("name", " ")
				.param("aliases", "Alias kept " + this.tag)
				.param("description", "Description kept " + this.tag)
				.param("sizeMin", "500")
				.param("sizeMax", "100"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"name-error\""), containsString("Required."),
					containsString("Alias kept " + this.tag), containsString("Description kept " + this.tag))));
	}

	@Test
	void anUpperSizeBelowTheLowerIsRefusedOnItsField() throws Exception {
		this.mvc
			.perform(post("/armed-groups").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("name", "Sized " + this.tag)
				.param("sizeMin", "500")
				.param("sizeMax", "100"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"sizeMax-error\""),
					containsString("The upper estimate is below the lower one."))));
		assertThat(count("Sized " + this.tag)).isZero();
	}

	@Test
	void anAliasThatIsAnotherGroupsNameWarnsAndSavesOnceConfirmed() throws Exception {
		this.mvc
			.perform(post("/armed-groups").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("name", "Nueva Mara " + this.tag)
				.param("aliases", "mara norte"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("One of the aliases is the name of another group"),
					containsString("Mara Norte"), containsString("name=\"confirmWarnings\""))));
		assertThat(count("Nueva Mara " + this.tag)).isZero();
		this.mvc
			.perform(post("/armed-groups").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("name", "Nueva Mara " + this.tag)
				.param("aliases", "mara norte")
				.param("confirmWarnings", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(count("Nueva Mara " + this.tag)).isOne();
	}

	@Test
	void theSecondOfTwoEditorsIsRefusedAndSeesWhatTheFirstChanged() throws Exception {
		long id = this.registry.register(profile("Disputed " + this.tag, "First description"), officer("field.mx"));
		long version = version(id);
		this.mvc
			.perform(post("/armed-groups/" + id).with(as(this.users, "field.sv"))
				.with(csrf())
				.param("version", Long.toString(version))
				.param("name", "Disputed " + this.tag)
				.param("description", "The other officer's text"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/armed-groups/" + id).with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", Long.toString(version))
				.param("name", "Disputed " + this.tag)
				.param("description", "My own careful text"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Someone else saved this profile"),
					containsString("My own careful text"), containsString("<strong>Sofía Hernández</strong>"),
					containsString("The other officer&#39;s text"),
					containsString("name=\"version\" value=\"" + (version + 1) + "\""))));
		assertThat(this.jdbc.queryForObject("SELECT description FROM armed_group WHERE id = ?", String.class, id))
			.isEqualTo("The other officer's text");
	}

	@Test
	void everyEditAppearsInTheGroupsHistoryWithOldAndNewValues() throws Exception {
		long id = this.registry.register(profile("Historic " + this.tag, "Before"), officer("field.mx"));
		this.mvc
			.perform(post("/armed-groups/" + id).with(as(this.users, "hq"))
				.with(csrf())
				.param("version", Long.toString(version(id)))
				.param("name", "Historic " + this.tag)
				.param("description", "After")
				.param("stance", "HOSTILE"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/armed-groups/" + id).param("lang", "en").with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString(">Helena Brandt</strong>"), containsString("<dt>Description</dt>"),
						containsString("<del>Before</del>"), containsString("<ins>After</ins>"),
						containsString("<ins>Hostile</ins>"), not(containsString("HOSTILE</")))));
	}

	@Test
	void theGroupsHistoryReadsInTheReadersWordsWithNoCode() throws Exception {
		long id = this.registry.register(profile("Worded " + this.tag, "Before"), officer("field.mx"));
		this.mvc
			.perform(post("/armed-groups/" + id).with(as(this.users, "hq"))
				.with(csrf())
				.param("version", Long.toString(version(id)))
				.param("name", "Worded " + this.tag)
				.param("description", "After")
				.param("stance", "HOSTILE"))
			.andExpect(status().is3xxRedirection());
		String page = this.mvc.perform(get("/armed-groups/" + id).param("lang", "es").with(as(this.users, "auditor")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(HistoryText.readable(page)).contains("Helena Brandt", "Modificado", "Grupo armado",
				"Postura ante los actores humanitarios", "Hostil", "Descripción", "Before", "After", "CST");
	}

	@Test
	void anInterlocutorsHistoryReadsInTheReadersWordsWithNoCode() throws Exception {
		long id = this.jdbc.queryForObject("SELECT id FROM interlocutor WHERE code_name = 'MEDIADOR-1'", Long.class);
		String page = this.mvc.perform(get("/interlocutors/" + id).param("lang", "es").with(as(this.users, "hq")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// The link to the group and the kind of intermediary by their labels, the group
		// by
		// its name, the protected values not at all.
		assertThat(HistoryText.readable(page))
			.contains("Creado", "Interlocutor", "Vínculo", "Intermediario", "Tipo de intermediario", "Mediador interno",
					"Grupo armado Mara Norte", "Sofía Hernández")
			.doesNotContain("INTERMEDIARY", "Grupo armado 4");
	}

	@Test
	void auditorsAndAdministratorsReadGroupsButCannotChangeThem() throws Exception {
		long id = this.registry.register(profile("Readonly " + this.tag, null), officer("field.mx"));
		this.mvc.perform(get("/armed-groups/" + id).with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Edit profile"))));
		this.mvc.perform(get("/armed-groups/new").with(as(this.users, "admin"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/armed-groups/" + id + "/labels").with(as(this.users, "auditor"))
				.with(csrf())
				.param("label", "Sneaky")
				.param("source", "Nobody"))
			.andExpect(status().isForbidden());
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM armed_group_label WHERE group_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void aDateInTheFutureIsRefusedNextToItsField() throws Exception {
		long id = this.registry.register(profile("Dated " + this.tag, null), officer("field.mx"));
		this.mvc
			.perform(post("/armed-groups/" + id + "/presence").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("country", "MX")
				.param("control", "DOMINANT")
				.param("since", "2099-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This date is in the future.")));
		// Further out, the year itself is refused.
		this.mvc
			.perform(post("/armed-groups/" + id + "/presence").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("country", "MX")
				.param("control", "DOMINANT")
				.param("since", "2999-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a date between 1 January 1900 and 31 December 2100.")));
	}

	@Test
	void removingARowThatChangedMeanwhileRemovesNothing() throws Exception {
		long id = this.registry.register(profile("Rows " + this.tag, null), officer("field.mx"));
		this.registry.addLabel(id, new GroupLabel("Gang", "Police"), officer("field.mx"));
		this.mvc
			.perform(post("/armed-groups/" + id + "/rows/LABELS/0/remove").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("expected", "Someone else: Another label"))
			.andExpect(status().is3xxRedirection());
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM armed_group_label WHERE group_id = ?", Long.class, id))
			.isOne();
		this.mvc
			.perform(post("/armed-groups/" + id + "/rows/LABELS/0/remove").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("expected", "Police: Gang"))
			.andExpect(status().is3xxRedirection());
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM armed_group_label WHERE group_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void anUnknownGroupIsNotFound() throws Exception {
		this.mvc.perform(get("/armed-groups/987654321").with(as(this.users, "field.mx")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/armed-groups/not-a-number").with(as(this.users, "field.mx")))
			.andExpect(status().isNotFound());
	}

	private long count(String name) {
		return this.jdbc.queryForObject("SELECT count(*) FROM armed_group WHERE name = ?", Long.class, name);
	}

	private long version(long id) {
		return this.jdbc.queryForObject("SELECT version FROM armed_group WHERE id = ?", Long.class, id);
	}

	private CurrentUser officer(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	static GroupProfile profile(String name, String description) {
		return new GroupProfile(name, null, Set.of(), Set.of(), Set.of(), description, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

}
