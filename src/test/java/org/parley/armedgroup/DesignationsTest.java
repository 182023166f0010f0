package org.parley.armedgroup;

import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Designations and sanctions (decision 0024): HQ reviewers and administrators record,
 * correct and lift them, nobody else; bad dates are explained at their field; the group's
 * page, the registry list, every choice of a group and the internal decision of a case
 * that engages a designated group say so.
 */
@IntegrationTest
class DesignationsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	/** The application's clock: other tests move it, so "the future" is the app's. */
	@Autowired
	java.time.Clock clock;

	private JdbcTemplate jdbc;

	private String tag;

	@BeforeEach
	void setUp() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.tag = "d" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void anHqReviewerRecordsCorrectsAndLiftsADesignationOnTheGroupsPage() throws Exception {
		long group = newGroup();
		this.mvc
			.perform(post("/armed-groups/" + group + "/designations").with(as(this.users, "hq"))
				.with(csrf())
				.param("authority", "UN_SECURITY_COUNCIL")
				.param("listingName", "Listing " + this.tag)
				.param("listedOn", "2024-05-01")
				.param("source", "UN press release " + this.tag))
			.andExpect(redirectedUrl("/armed-groups/" + group + "#designations"));
		long designation = designationOf(group);
		this.mvc.perform(get("/armed-groups/" + group).with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("designation-active"),
					containsString("UN Security Council sanctions list"), containsString("Listing " + this.tag))));
		this.mvc
			.perform(post("/armed-groups/" + group + "/designations/" + designation).with(as(this.users, "hq"))
				.with(csrf())
				.param("version", "0")
				.param("authority", "UN_SECURITY_COUNCIL")
				.param("jurisdiction", "")
				.param("listingName", "Corrected " + this.tag)
				.param("listedOn", "2024-05-02")
				.param("source", "UN press release " + this.tag))
			.andExpect(redirectedUrl("/armed-groups/" + group + "#designations"));
		// A second correction over the version first seen is refused, with what was typed
		// kept.
		this.mvc
			.perform(post("/armed-groups/" + group + "/designations/" + designation).with(as(this.users, "admin"))
				.with(csrf())
				.param("version", "0")
				.param("authority", "EU")
				.param("listingName", "Stale " + this.tag)
				.param("listedOn", "2024-05-02")
				.param("source", "Stale source"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Stale " + this.tag)));
		this.mvc
			.perform(post("/armed-groups/" + group + "/designations/" + designation + "/lift")
				.with(as(this.users, "admin"))
				.with(csrf())
				.param("version", "1")
				.param("liftedOn", "2025-01-15"))
			.andExpect(redirectedUrl("/armed-groups/" + group + "#designations"));
		assertThat(this.jdbc.queryForMap(
				"SELECT listing_name, lifted_on, version FROM armed_group_designation WHERE id = ?", designation))
			.containsEntry("listing_name", "Corrected " + this.tag)
			.containsEntry("lifted_on", java.sql.Date.valueOf("2025-01-15"))
			.containsEntry("version", 2L);
		this.mvc.perform(get("/armed-groups/" + group).with(as(this.users, "auditor")))
			.andExpect(content().string(allOf(containsString("designation-lifted"),
					containsString("Designation of an armed group"), containsString("2025-01-15"),
					not(containsString("designation-active")), containsString("Corrected " + this.tag))));
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE entity_type = 'Designation' AND entity_id = ?", Long.class,
				Long.toString(designation)))
			.isEqualTo(3L);
	}

	@Test
	void fieldOfficersAndAuditorsReadDesignationsButDoNotChangeThem() throws Exception {
		long group = newGroup();
		long designation = addByApi(group, "admin");
		for (String user : new String[] { "field.mx", "auditor" }) {
			this.mvc
				.perform(post("/armed-groups/" + group + "/designations").with(as(this.users, user))
					.with(csrf())
					.param("authority", "EU")
					.param("listingName", "Refused")
					.param("listedOn", "2024-05-01")
					.param("source", "Refused"))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(get("/armed-groups/" + group + "/designations/" + designation + "/edit")
					.with(as(this.users, user)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/armed-groups/" + group + "/designations/" + designation + "/lift")
					.with(as(this.users, user))
					.with(csrf())
					.param("version", "0")
					.param("liftedOn", "2025-01-01"))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(
						put("/api/v1/armed-groups/" + group + "/designations/" + designation).with(as(this.users, user))
							.with(csrf())
							.header("If-Match", "\"0\"")
							.contentType(MediaType.APPLICATION_JSON)
							.content(json("EU", "Refused", "2024-05-01", null)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/armed-groups/" + group + "/designations").with(as(this.users, user)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].listingName").value("API listing " + this.tag));
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM armed_group_designation WHERE group_id = ?",
				Long.class, group))
			.isEqualTo(1L);
		assertThat(this.jdbc.queryForObject("SELECT version FROM armed_group_designation WHERE id = ?", Long.class,
				designation))
			.isZero();
	}

	@Test
	void aDesignationOfAnotherGroupIsNotFoundThroughThisOne() throws Exception {
		long group = newGroup();
		long other = newGroup();
		long designation = addByApi(other, "hq");
		this.mvc
			.perform(
					get("/armed-groups/" + group + "/designations/" + designation + "/edit").with(as(this.users, "hq")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/v1/armed-groups/" + group + "/designations/" + designation).with(as(this.users, "hq"))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("EU", "Moved", "2024-05-01", null)))
			.andExpect(status().isNotFound());
	}

	@Test
	void badDatesAreExplainedAtTheirFieldOnThePageAndInTheApi() throws Exception {
		long group = newGroup();
		this.mvc
			.perform(post("/armed-groups/" + group + "/designations").with(as(this.users, "hq"))
				.with(csrf())
				.param("authority", "NATIONAL_LAW")
				.param("listingName", "Kept " + this.tag)
				.param("listedOn", "2024-05-01")
				.param("liftedOn", "2024-04-01")
				.param("source", "Official gazette"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"liftedOn-error\""),
					containsString("The day it was lifted is before the day it was listed."),
					containsString("Kept " + this.tag))));
		String future = LocalDate.now(this.clock).plusDays(30).toString();
		this.mvc
			.perform(post("/armed-groups/" + group + "/designations").with(as(this.users, "hq"))
				.with(csrf())
				.param("authority", "NATIONAL_LAW")
				.param("listingName", "Future " + this.tag)
				.param("listedOn", future)
				.param("source", "Official gazette"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"listedOn-error\""), containsString("This date is in the future."))));
		this.mvc
			.perform(post("/armed-groups/" + group + "/designations").with(as(this.users, "hq"))
				.with(csrf())
				.param("authority", "NATIONAL_LAW")
				.param("listingName", " ")
				.param("listedOn", "2024-05-01")
				.param("source", "Official gazette"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"listingName-error\"")));
		this.mvc
			.perform(post("/api/v1/armed-groups/" + group + "/designations").with(as(this.users, "hq"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("EU", "Lifted early", "2024-05-01", "2024-04-01")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("liftedOn"));
		this.mvc
			.perform(post("/api/v1/armed-groups/" + group + "/designations").with(as(this.users, "hq"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("EU", "Future", future, null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("listedOn"));
		this.mvc
			.perform(post("/api/v1/armed-groups/" + group + "/designations").with(as(this.users, "hq"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"authority\": \"EU\", \"listedOn\": \"2024-05-01\", \"source\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("listingName")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM armed_group_designation WHERE group_id = ?",
				Long.class, group))
			.isZero();
	}

	@Test
	void theApiCorrectsOnlyOverTheVersionInIfMatch() throws Exception {
		long group = newGroup();
		long designation = addByApi(group, "hq");
		String url = "/api/v1/armed-groups/" + group + "/designations/" + designation;
		this.mvc.perform(get(url).with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.active").value(true));
		this.mvc
			.perform(put(url).with(as(this.users, "hq"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("US_TREASURY_OFAC", "No If-Match", "2024-05-01", null)))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(put(url).with(as(this.users, "admin"))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("US_TREASURY_OFAC", "Lifted " + this.tag, "2024-05-01", "2024-06-01")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.authority").value("US_TREASURY_OFAC"))
			.andExpect(jsonPath("$.active").value(false));
		this.mvc
			.perform(put(url).with(as(this.users, "hq"))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("EU", "Stale", "2024-05-01", null)))
			.andExpect(status().isConflict());
	}

	@Test
	void theDemoCartelIsMarkedOnItsPageInTheListAndInEveryChoice() throws Exception {
		long cartel = cartel();
		this.mvc.perform(get("/armed-groups/" + cartel).with(as(this.users, "field.mx")))
			.andExpect(content().string(allOf(containsString("US State Department: Foreign Terrorist Organization"),
					containsString("Fictional listing (demo)"), containsString("2025-02-20"))));
		this.mvc.perform(get("/armed-groups").param("q", "Sierra Alta").with(as(this.users, "field.mx")))
			.andExpect(content().string(containsString("badge text-bg-danger ms-1 designated")));
		this.mvc.perform(get("/armed-groups/choices").param("q", "Sierra Alta").with(as(this.users, "field.mx")))
			.andExpect(content()
				.string(containsString("Cártel del Sierra Alta — designated: US FTO (2025), US SDGT (2025)")));
		this.mvc.perform(get("/cases/new").with(as(this.users, "field.mx")))
			.andExpect(content().string(containsString("Cártel del Sierra Alta — designated: US FTO (2025)")));
		this.mvc.perform(get("/incidents/new").with(as(this.users, "field.mx")))
			.andExpect(content().string(containsString("Cártel del Sierra Alta — designated: US FTO (2025)")));
		this.mvc
			.perform(get("/armed-groups/choices").param("q", "Mara Norte")
				.header("Accept-Language", "es")
				.with(as(this.users, "field.sv")))
			.andExpect(content().string(containsString("Mara Norte — designado: tribunal nacional (2015)")));
	}

	@Test
	void aFieldOfficerIsToldAtTheDecisionStepThatTheDemoCartelIsDesignatedAndByWhom() throws Exception {
		long clinic = this.jdbc.queryForObject("SELECT id FROM negotiation_case WHERE title = ?", Long.class,
				"Mobile clinic access to eleven mountain villages");
		this.mvc.perform(get("/cases/" + clinic + "/steps/internal-decision").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("designated-warning"),
					containsString("This case engages a designated group"), containsString("Cártel del Sierra Alta"),
					containsString("US State Department: Foreign Terrorist Organization: Fictional listing (demo)"),
					containsString("listed on 2025-02-20"), containsString("material support"))));
		this.mvc.perform(get("/cases/" + clinic).with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("badge text-bg-danger me-1 text-decoration-none designated"),
							containsString("href=\"/armed-groups/" + cartel() + "#designations\""),
							containsString("designated-warning"))));
		this.mvc
			.perform(get("/cases/" + clinic + "/steps/internal-decision").header("Accept-Language", "es")
				.with(as(this.users, "field.mx")))
			.andExpect(content().string(allOf(containsString("Este caso trata con un grupo designado"),
					containsString("Departamento de Estado de EE. UU."))));
	}

	private long newGroup() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/api/v1/armed-groups").with(as(this.users, "field.mx"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Designated %s %s\"}".formatted(this.tag, UUID.randomUUID())))
			.andExpect(status().isCreated())
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long addByApi(long group, String user) throws Exception {
		MvcResult created = this.mvc
			.perform(post("/api/v1/armed-groups/" + group + "/designations").with(as(this.users, user))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("US_STATE_FTO", "API listing " + this.tag, "2025-02-20", null)))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long cartel() {
		return this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Cártel del Sierra Alta'", Long.class);
	}

	private long designationOf(long group) {
		return this.jdbc.queryForObject("SELECT max(id) FROM armed_group_designation WHERE group_id = ?", Long.class,
				group);
	}

	private static String json(String authority, String listing, String listedOn, String liftedOn) {
		return """
				{"authority": "%s", "listingName": "%s", "listedOn": "%s", "source": "Federal Register"%s}"""
			.formatted(authority, listing, listedOn, (liftedOn != null) ? ", \"liftedOn\": \"" + liftedOn + "\"" : "");
	}

}
