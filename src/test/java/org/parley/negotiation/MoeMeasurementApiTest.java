package org.parley.negotiation;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.shared.TeamCalendar;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Measurements as a flat resource, each by its own id: the same rules as the nested one,
 * which keeps working; a value that is not a number is refused at its field.
 */
@IntegrationTest
class MoeMeasurementApiTest {

	private static final String URL = "/api/v1/moe-measurements";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	TeamCalendar calendar;

	private JdbcTemplate jdbc;

	private long caseId;

	private long moeId;

	private String yesterday;

	@BeforeEach
	void aMeasureAtFollowUp() throws Exception {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.yesterday = this.calendar.today().minusDays(1).toString();
		this.caseId = CaseFixtures.aCaseAt(MethodStep.FOLLOW_UP, this.mvc, this.users, this.jdbc);
		this.moeId = CaseFixtures.aMeasure(this.mvc, this.users, this.jdbc, this.caseId);
	}

	@Test
	void aMeasurementIsAddedReadCorrectedAndRemovedByItsOwnId() throws Exception {
		String location = this.mvc.perform(json(post(URL), "field.mx", body("120.50")))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.caseId").value(this.caseId))
			.andExpect(jsonPath("$.moeId").value(this.moeId))
			.andExpect(jsonPath("$.value").value(120.5))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(location).startsWith(URL + "/");
		this.mvc.perform(get(location).with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.measuredOn").value(this.yesterday));
		this.mvc.perform(get(URL).param("caseId", Long.toString(this.caseId)).with(as(this.users, "field.mx")))
			.andExpect(jsonPath("$", hasSize(1)));
		this.mvc
			.perform(get(URL).param("caseId", Long.toString(this.caseId))
				.param("moeId", Long.toString(this.moeId))
				.with(as(this.users, "field.mx")))
			.andExpect(jsonPath("$", hasSize(1)));
		// The nested resource shows the same measurement.
		this.mvc
			.perform(get("/api/v1/cases/" + this.caseId + "/moes/" + this.moeId + "/measurements")
				.with(as(this.users, "field.mx")))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].content.value").value(120.5));
		this.mvc.perform(json(put(location), "field.mx", body("125"))).andExpect(status().isPreconditionRequired());
		this.mvc.perform(json(put(location), "field.mx", body("125")).header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.value").value(125));
		this.mvc.perform(delete(location).with(as(this.users, "field.mx")).with(csrf()))
			.andExpect(status().isPreconditionRequired());
		this.mvc.perform(delete(location).with(as(this.users, "field.mx")).with(csrf()).header("If-Match", "\"0\""))
			.andExpect(status().isConflict());
		this.mvc.perform(delete(location).with(as(this.users, "field.mx")).with(csrf()).header("If-Match", "\"1\""))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(location).with(as(this.users, "field.mx"))).andExpect(status().isNotFound());
	}

	@Test
	void aValueThatIsNotANumberIsRefusedAtItsField() throws Exception {
		this.mvc.perform(json(post(URL), "field.mx", body("\"six hundred\"")).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("value"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter a number (up to 4 decimals)."));
		this.mvc.perform(json(post(URL), "field.mx", body("1.23456"))).andExpect(status().isUnprocessableContent());
		long id = this.mvc.perform(json(post(URL), "field.mx", body("\"12.5\"")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.transform((s) -> ((Number) com.jayway.jsonpath.JsonPath.read(s, "$.id")).longValue());
		this.mvc.perform(json(put(URL + "/" + id), "field.mx", body("\"lots\"")).header("If-Match", "\"0\""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("value"));
		this.mvc
			.perform(json(post(URL), "field.mx",
					"{\"moeId\": " + this.moeId + ", \"measuredOn\": \"" + this.yesterday + "\", \"value\": 3}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("caseId"));
		assertThat(count()).isOne();
	}

	@Test
	void anotherTeamFindsNothingAndTheAuditorOnlyReads() throws Exception {
		String location = this.mvc.perform(json(post(URL), "field.mx", body("12")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc.perform(get(location).with(as(this.users, "field.sv"))).andExpect(status().isNotFound());
		this.mvc.perform(get(URL).param("caseId", Long.toString(this.caseId)).with(as(this.users, "field.sv")))
			.andExpect(status().isNotFound());
		this.mvc.perform(json(post(URL), "field.sv", body("13"))).andExpect(status().isNotFound());
		this.mvc.perform(json(put(location), "field.sv", body("13")).header("If-Match", "\"0\""))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(location).with(as(this.users, "auditor"))).andExpect(status().isOk());
		this.mvc.perform(json(post(URL), "auditor", body("13"))).andExpect(status().isForbidden());
		this.mvc.perform(json(put(location), "auditor", body("13")).header("If-Match", "\"0\""))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete(location).with(as(this.users, "auditor")).with(csrf()).header("If-Match", "\"0\""))
			.andExpect(status().isForbidden());
		assertThat(count()).isOne();
	}

	private String body(String value) {
		return "{\"caseId\": " + this.caseId + ", \"moeId\": " + this.moeId + ", \"measuredOn\": \"" + this.yesterday
				+ "\", \"value\": " + value + ", \"source\": \"Clinic register\"}";
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
		return request.with(as(this.users, user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT count(*) FROM moe_measurement WHERE case_id = ?", Long.class,
				this.caseId);
	}

}
