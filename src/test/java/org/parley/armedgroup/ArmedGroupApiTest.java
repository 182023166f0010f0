package org.parley.armedgroup;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registry's JSON API keeps the pages' rules: validation as problem details with the
 * fields at fault, If-Match against lost updates, the same search.
 */
@IntegrationTest
class ArmedGroupApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Test
	void aGroupIsCreatedReadAndUpdatedWithItsETag() throws Exception {
		String name = "API group " + UUID.randomUUID().toString().substring(0, 8);
		MvcResult created = this.mvc
			.perform(post("/api/v1/armed-groups").with(as(this.users, "field.mx"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "%s", "aliases": ["Los API", "Los Rest"], "categories": ["gang"],
						 "tactics": ["kidnapping"], "stance": "AMBIVALENT",
						 "labels": [{"label": "Street gang", "source": "Police 2024"}],
						 "presence": [{"country": "SV", "region": "La Libertad", "control": "CONTESTED"}]}
						""".formatted(name)))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.group.profile.aliases", hasItem("Los Rest")))
			.andExpect(jsonPath("$.group.labels[0].source").value("Police 2024"))
			.andReturn();
		String location = created.getResponse().getHeader("Location");

		this.mvc.perform(get(location).with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profile.name").value(name))
			.andExpect(jsonPath("$.presence[0].country").value("SV"));

		this.mvc
			.perform(put(location).with(as(this.users, "hq"))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"%s\", \"stance\": \"HOSTILE\"}".formatted(name)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.group.profile.stance").value("HOSTILE"))
			.andExpect(jsonPath("$.group.profile.aliases").isEmpty())
			.andExpect(jsonPath("$.group.labels[0].label").value("Street gang"));

		this.mvc
			.perform(put(location).with(as(this.users, "field.mx"))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"%s\", \"stance\": \"ACCEPTING\"}".formatted(name)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:parley:problem:conflict"));

		this.mvc
			.perform(put(location).with(as(this.users, "field.mx"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"%s\"}".formatted(name)))
			.andExpect(status().isPreconditionRequired());

		this.mvc.perform(get("/api/v1/armed-groups").param("q", name.toUpperCase()).with(as(this.users, "field.sv")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", hasItem(name)));
		assertThat(new JdbcTemplate(this.dataSource).queryForObject(
				"SELECT count(*) FROM audit_entry WHERE entity_type = 'ArmedGroup' AND entity_id = ?", Long.class,
				location.substring(location.lastIndexOf('/') + 1)))
			.isEqualTo(2);
	}

	@Test
	void relationsAndCommitmentsAreAddedRowByRowWithTheSameRules() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long norte = jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Mara Norte'", Long.class);
		long sierra = jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Cártel del Sierra Alta'",
				Long.class);
		this.mvc.perform(post("/api/v1/armed-groups/" + norte + "/relations").with(as(this.users, "field.sv"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"otherGroupId\": %d, \"kind\": \"ALLIANCE\", \"since\": \"2025-01-01\", \"source\": \"Press\"}"
				.formatted(sierra)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.relations[*].otherName", hasItem("Cártel del Sierra Alta")));
		this.mvc
			.perform(post("/api/v1/armed-groups/" + norte + "/relations").with(as(this.users, "field.sv"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"otherGroupId\": %d, \"kind\": \"ALLIANCE\", \"source\": \"Self\"}".formatted(norte)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("otherGroupId"));
		this.mvc
			.perform(post("/api/v1/armed-groups/" + norte + "/commitments").with(as(this.users, "field.sv"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"madeOn\": \"2099-01-01\", \"kind\": \"CODE_OF_CONDUCT\", \"theme\": \"health-care\", "
						+ "\"source\": \"Leaflet\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("madeOn"));
	}

	@Test
	void invalidInputIsAProblemDetailNamingTheFields() throws Exception {
		this.mvc
			.perform(post("/api/v1/armed-groups").with(as(this.users, "field.mx"))
				.with(csrf())
				.header("Accept-Language", "es")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"\", \"sizeMin\": -4, \"presence\": [{\"country\": \"mexico\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:parley:problem:validation"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("sizeMin")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("presence[0].country")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("presence[0].control")));
	}

	@Test
	void anUnknownCodeIsRefusedByRule() throws Exception {
		this.mvc
			.perform(post("/api/v1/armed-groups").with(as(this.users, "field.mx"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Coded\", \"tactics\": [\"teleportation\"]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("tactics"));
	}

	@Test
	void malformedJsonAndUnknownGroupsAreProblemsToo() throws Exception {
		this.mvc
			.perform(post("/api/v1/armed-groups").with(as(this.users, "field.mx"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:bad-request"));
		this.mvc.perform(get("/api/v1/armed-groups/987654321").with(as(this.users, "field.mx")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:not-found"));
	}

	@Test
	void readOnlyRolesCannotCreateThroughTheApi() throws Exception {
		this.mvc
			.perform(post("/api/v1/armed-groups").with(as(this.users, "auditor"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Auditor's group\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:forbidden"));
	}

}
