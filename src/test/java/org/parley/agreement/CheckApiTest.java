package org.parley.agreement;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Compliance checks through the JSON API: listed by state and agreement a keyset page at
 * a time, read with their ETag, recorded with If-Match by the team's field officers only;
 * another team finds nothing.
 */
class CheckApiTest extends AgreementIntegrationTest {

	private JdbcTemplate jdbc;

	private long agreementId;

	private LocalDate today;

	/**
	 * A weekly commitment since twenty days ago: three checks overdue, and one due
	 * tomorrow still open.
	 */
	@BeforeEach
	void weeklyChecksSinceTwentyDaysAgo() throws Exception {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.today = this.calendar.today();
		LocalDate from = this.today.minusDays(20);
		long caseId = AgreementFixtures.aCaseAtTheAgreementStep(this.mvc, this.users, this.jdbc);
		this.agreementId = AgreementFixtures.inForce(this.workflow, this.agreements, this.users, caseId, from, null,
				Recurrence.WEEKLY, from.getDayOfWeek().getValue());
		this.schedule.scheduleChecks(this.agreementId, this.today);
	}

	@AfterEach
	void retireTheAgreement() {
		AgreementFixtures.retire(this.jdbc, this.agreementId);
	}

	@Test
	void theTeamListsItsChecksByStateAndPagesThroughThemWithACursor() throws Exception {
		String url = "/api/v1/checks?agreementId=" + this.agreementId;
		this.mvc.perform(get(url + "&state=overdue").with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(3)))
			.andExpect(jsonPath("$.items[0].dueOn").value(this.today.minusDays(20).toString()))
			.andExpect(jsonPath("$.items[0].overdue").value(true));
		this.mvc.perform(get(url + "&state=open").with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].dueOn").value(this.today.plusDays(1).toString()));
		String first = this.mvc.perform(get(url + "&size=3").with(as(this.users, "field.mx")))
			.andExpect(jsonPath("$.items", hasSize(3)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String cursor = JsonPath.read(first, "$.nextCursor");
		this.mvc.perform(get(url + "&size=3&cursor=" + cursor).with(as(this.users, "field.mx")))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].dueOn").value(this.today.plusDays(1).toString()))
			.andExpect(jsonPath("$.nextCursor").value(nullValue()));
		this.mvc.perform(get(url + "&state=someday").with(as(this.users, "field.mx")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		// Another team: the agreement is not found, and its checks are not in their list.
		this.mvc.perform(get(url).with(as(this.users, "field.sv"))).andExpect(status().isNotFound());
		String theirs = this.mvc.perform(get("/api/v1/checks?size=100").with(as(this.users, "field.sv")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<java.util.List<Integer>>read(theirs, "$.items[*].agreementId"))
			.doesNotContain((int) this.agreementId);
	}

	@Test
	void aCheckIsRecordedWithIfMatchByTheTeamsFieldOfficersOnly() throws Exception {
		long check = this.jdbc.queryForObject(
				"SELECT id FROM compliance_check WHERE agreement_id = ? ORDER BY due_on LIMIT 1", Long.class,
				this.agreementId);
		String url = "/api/v1/checks/" + check;
		this.mvc.perform(get(url).with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.result").value(nullValue()));
		this.mvc.perform(get(url).with(as(this.users, "field.sv"))).andExpect(status().isNotFound());
		String complied = "{\"result\": \"COMPLIED\", \"checkedOn\": \"" + this.today.minusDays(19)
				+ "\", \"source\": \"Parish report\"}";
		this.mvc.perform(record(url, "field.mx", complied)).andExpect(status().isPreconditionRequired());
		this.mvc.perform(record(url, "auditor", complied).header("If-Match", "\"0\""))
			.andExpect(status().isForbidden());
		this.mvc.perform(record(url, "hq", complied).header("If-Match", "\"0\"")).andExpect(status().isForbidden());
		this.mvc.perform(record(url, "field.sv", complied).header("If-Match", "\"0\""))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(record(url, "field.mx",
					"{\"result\": \"VIOLATED\", \"checkedOn\": \"" + this.today.minusDays(19) + "\"}")
				.header("If-Match", "\"0\""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("evidence"));
		this.mvc.perform(record(url, "field.mx", "{\"checkedOn\": \"" + this.today + "\"}").header("If-Match", "\"0\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("result"));
		this.mvc.perform(record(url, "field.mx", complied).header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.result").value("COMPLIED"))
			.andExpect(jsonPath("$.recordedBy").value("field.mx"));
		this.mvc.perform(record(url, "field.mx", complied).header("If-Match", "\"0\""))
			.andExpect(status().isConflict());
		this.mvc
			.perform(get("/api/v1/checks?state=recorded&agreementId=" + this.agreementId)
				.with(as(this.users, "field.mx")))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].id").value(check));
	}

	private MockHttpServletRequestBuilder record(String url, String user, String body) {
		return post(url + "/record").with(as(this.users, user))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

}
