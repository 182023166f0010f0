package org.parley.negotiation;

import java.time.LocalDate;

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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Follow-up measures the measures of effectiveness: measurements are taken once the case
 * has reached follow-up, by the team's field officers only, with a number and a date not
 * in the future; the page draws them against baseline and target and lists them; a
 * measure with measurements stays; the API keeps If-Match.
 */
@IntegrationTest
class MeasurementTest {

	/** The teams' calendar day, as Parley reckons it (its clock, its time zone). */
	@Autowired
	TeamCalendar calendar;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	private JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		this.jdbc = new JdbcTemplate(this.dataSource);
	}

	@Test
	void theDemoCasesAreMeasuredMonthByMonthSinceTheirAgreementStarted() {
		// Recorded by negotiation's demo when the agreement module's demo moves each case
		// to follow-up: the clinic, then the ambulances (since sent back to the rounds by
		// a
		// breach), then the hospital.
		assertThat(measured("Mobile clinic access to eleven mountain villages")).containsExactly("180.0000", "340.0000",
				"455.0000");
		assertThat(measured("Ambulance safe passage across the divided city")).containsExactly("14.0000", "22.0000");
		assertThat(measured("Protection of the valley hospital after the attack")).containsExactly("26.0000");
		assertThat(this.jdbc.queryForObject(
				"SELECT max(m.measured_on) FROM moe_measurement m "
						+ "JOIN negotiation_case c ON c.id = m.case_id WHERE c.title LIKE 'Mobile clinic%'",
				LocalDate.class))
			.isBeforeOrEqualTo(this.calendar.today());
	}

	private java.util.List<String> measured(String title) {
		// Only what the demo recorded (in its one transaction): other tests of the run
		// add
		// measurements to the demo cases.
		return this.jdbc.queryForList(
				"SELECT m.value::text FROM moe_measurement m JOIN negotiation_case c "
						+ "ON c.id = m.case_id WHERE c.title = ? AND m.xmin = (SELECT e.xmin FROM audit_entry e "
						+ "WHERE e.case_id = c.id ORDER BY e.case_seq LIMIT 1) ORDER BY m.measured_on, m.id",
				String.class, title);
	}

	@Test
	void aMeasurementIsAddedAtFollowUpChartedAgainstBaselineAndTargetAndListed() throws Exception {
		long id = CaseFixtures.aCaseAt(MethodStep.FOLLOW_UP, this.mvc, this.users, this.jdbc);
		long moe = aMeasure(id);
		LocalDate measuredOn = today().minusDays(3);
		this.mvc
			.perform(measurement(id, moe, measuredOn.toString(), "120.50").param("source", "Clinic register")
				.param("note", "Two villages still cut off"))
			.andExpect(status().is3xxRedirection());
		assertThat(count("moe_measurement", id)).isOne();

		this.mvc.perform(get("/cases/" + id + "/steps/follow-up").param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/dist/chart.umd.min.js"),
					containsString("src=\"/js/moe-chart-"), containsString("class=\"moe-chart\""),
					containsString("&quot;date&quot;:&quot;" + measuredOn + "&quot;,&quot;value&quot;:120.5"),
					containsString("&quot;target&quot;:600"), containsString("data-label-target=\"Target\""),
					containsString(">120.5<"), containsString("Clinic register"),
					containsString("Two villages still cut off"), containsString("id=\"note\""),
					containsString("add-measurement"))));
		// In Spanish, the chart's labels too.
		this.mvc.perform(get("/cases/" + id + "/steps/follow-up").param("lang", "es").with(as(this.users, "field.mx")))
			.andExpect(content().string(containsString("data-label-target=\"Meta\"")));
		// The objectives show the latest value; other steps do not load the chart.
		this.mvc.perform(get("/cases/" + id + "/steps/objectives").param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("120.5 on " + measuredOn), not(containsString("chart.umd")))));
		// The library is served by Parley itself.
		this.mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js").with(as(this.users, "field.mx")))
			.andExpect(status().isOk());
		// Corrected in place, with the version read.
		long measurement = this.jdbc.queryForObject("SELECT id FROM moe_measurement WHERE case_id = ?", Long.class, id);
		this.mvc
			.perform(get("/cases/" + id + "/steps/follow-up").param("edit", Long.toString(measurement))
				.with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("measurement-edit-form"),
					containsString("id=\"value-edit-" + measurement + "\""))));
		this.mvc
			.perform(post("/cases/" + id + "/moes/" + moe + "/measurements/" + measurement)
				.with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", "0")
				.param("measuredOn", measuredOn.toString())
				.param("value", "125")
				.param("source", "Clinic register"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("SELECT value FROM moe_measurement WHERE id = ?",
				java.math.BigDecimal.class, measurement))
			.isEqualByComparingTo("125");
		// The measurement is in the case's history.
		this.mvc.perform(get("/cases/" + id).param("lang", "en").with(as(this.users, "hq")))
			.andExpect(content().string(allOf(containsString(">Measurement<"), containsString("Clinic register"))));
	}

	@Test
	void aValueThatIsNotANumberOrADateInTheFutureIsRefusedAtItsField() throws Exception {
		long id = CaseFixtures.aCaseAt(MethodStep.FOLLOW_UP, this.mvc, this.users, this.jdbc);
		long moe = aMeasure(id);
		this.mvc
			.perform(measurement(id, moe, today().minusDays(1).toString(), "six hundred").param("lang", "en")
				.param("source", "Typed before the error"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"value-" + moe + "-error\""), containsString("Enter a number."),
						containsString("value=\"six hundred\""), containsString("Typed before the error"))));
		// Years ahead: other tests move the application's clock forward by weeks.
		this.mvc.perform(measurement(id, moe, today().plusYears(5).toString(), "12").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"measuredOn-" + moe + "-error\""),
					containsString("This date is in the future."))));
		assertThat(count("moe_measurement", id)).isZero();
	}

	@Test
	void nothingIsMeasuredBeforeTheCaseReachesFollowUp() throws Exception {
		long id = CaseFixtures.aCaseAt(MethodStep.NEGOTIATION_ROUNDS, this.mvc, this.users, this.jdbc);
		long moe = aMeasure(id);
		this.mvc.perform(measurement(id, moe, today().minusDays(1).toString(), "12").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The case has not reached this step yet"),
					not(containsString("add-measurement")))));
		this.mvc
			.perform(post("/api/v1/cases/" + id + "/moes/" + moe + "/measurements").with(as(this.users, "field.mx"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"measuredOn\": \"" + today().minusDays(1) + "\", \"value\": 12}"))
			.andExpect(status().isUnprocessableContent());
		assertThat(count("moe_measurement", id)).isZero();
	}

	@Test
	void anotherTeamFindsNothingAndTheAuditorOnlyReads() throws Exception {
		long id = CaseFixtures.aCaseAt(MethodStep.FOLLOW_UP, this.mvc, this.users, this.jdbc);
		long moe = aMeasure(id);
		String date = today().minusDays(2).toString();
		this.mvc.perform(measurement(id, moe, date, "12")).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/cases/" + id + "/moes/" + moe + "/measurements").with(as(this.users, "field.sv"))
				.with(csrf())
				.param("measuredOn", date)
				.param("value", "13"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/cases/" + id + "/moes/" + moe + "/measurements").with(as(this.users, "field.sv")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/cases/" + id + "/moes/" + moe + "/measurements").with(as(this.users, "auditor"))
				.with(csrf())
				.param("measuredOn", date)
				.param("value", "13"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/cases/" + id + "/steps/follow-up").with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("class=\"moe-chart\""), not(containsString("add-measurement")))));
		this.mvc.perform(get("/api/v1/cases/" + id + "/moes/" + moe + "/measurements").with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)));
		assertThat(count("moe_measurement", id)).isOne();
	}

	@Test
	void aMeasureWithMeasurementsIsNotRemoved() throws Exception {
		long id = CaseFixtures.aCaseAt(MethodStep.FOLLOW_UP, this.mvc, this.users, this.jdbc);
		long moe = aMeasure(id);
		this.mvc.perform(measurement(id, moe, today().minusDays(2).toString(), "12"))
			.andExpect(status().is3xxRedirection());
		long shown = this.jdbc.queryForObject("SELECT id FROM moe_measurement WHERE case_id = ?", Long.class, id);
		// Both pages offer the rows' edit and (confirmed) remove.
		this.mvc.perform(get("/cases/" + id + "/steps/follow-up").with(as(this.users, "field.mx")))
			.andExpect(content()
				.string(containsString("/cases/" + id + "/moes/" + moe + "/measurements/" + shown + "/delete")));
		this.mvc.perform(get("/cases/" + id + "/steps/objectives").with(as(this.users, "field.mx")))
			.andExpect(content().string(allOf(containsString("/cases/" + id + "/moes/" + moe + "/delete"),
					containsString("data-confirm="))));
		this.mvc
			.perform(post("/cases/" + id + "/moes/" + moe + "/delete").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "en")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This measure already has measurements")));
		this.mvc
			.perform(delete("/api/v1/cases/" + id + "/moes/" + moe).with(as(this.users, "field.mx"))
				.with(csrf())
				.header("If-Match", "\"0\""))
			.andExpect(status().isUnprocessableContent());
		assertThat(count("case_moe", id)).isOne();
		// Once its measurement is removed, the measure can go.
		long measurement = this.jdbc.queryForObject("SELECT id FROM moe_measurement WHERE case_id = ?", Long.class, id);
		this.mvc
			.perform(post("/cases/" + id + "/moes/" + moe + "/measurements/" + measurement + "/delete")
				.with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/cases/" + id + "/moes/" + moe + "/delete").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(count("case_moe", id)).isZero();
	}

	@Test
	void theApiAddsListsAndChangesMeasurementsWithIfMatch() throws Exception {
		long id = CaseFixtures.aCaseAt(MethodStep.FOLLOW_UP, this.mvc, this.users, this.jdbc);
		long moe = aMeasure(id);
		String url = "/api/v1/cases/" + id + "/moes/" + moe + "/measurements";
		String earlier = today().minusDays(20).toString();
		String later = today().minusDays(5).toString();
		MvcResult created = this.mvc
			.perform(json(post(url), "{\"measuredOn\": \"" + later + "\", \"value\": 310, \"source\": \"Register\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.content.value").value(310))
			.andExpect(jsonPath("$.createdBy").value("field.mx"))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		this.mvc.perform(json(post(url), "{\"measuredOn\": \"" + earlier + "\", \"value\": 150.25}"))
			.andExpect(status().isCreated());
		this.mvc.perform(json(post(url), "{\"measuredOn\": \"" + earlier + "\", \"value\": \"six hundred\"}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(json(post(url), "{\"measuredOn\": \"" + today().plusYears(5) + "\", \"value\": 1}"))
			.andExpect(status().isBadRequest());
		// Listed in date order.
		this.mvc.perform(get(url).with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].content.measuredOn").value(earlier))
			.andExpect(jsonPath("$[0].content.value").value(150.25))
			.andExpect(jsonPath("$[1].content.measuredOn").value(later));
		String change = "{\"measuredOn\": \"" + later + "\", \"value\": 320, \"source\": \"Register\"}";
		this.mvc.perform(json(put(location), change)).andExpect(status().isPreconditionRequired());
		this.mvc.perform(json(put(location), change).header("If-Match", "\"3\"")).andExpect(status().isConflict());
		this.mvc.perform(json(put(location), change).header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.content.value").value(320));
		this.mvc.perform(delete(location).with(as(this.users, "field.mx")).with(csrf()))
			.andExpect(status().isPreconditionRequired());
		this.mvc.perform(delete(location).with(as(this.users, "field.mx")).with(csrf()).header("If-Match", "\"0\""))
			.andExpect(status().isConflict());
		this.mvc.perform(delete(location).with(as(this.users, "field.mx")).with(csrf()).header("If-Match", "\"1\""))
			.andExpect(status().isNoContent());
		assertThat(count("moe_measurement", id)).isOne();
		// A measure of another case is not found under this one.
		long other = CaseFixtures.aCaseAt(MethodStep.FOLLOW_UP, this.mvc, this.users, this.jdbc);
		this.mvc
			.perform(get("/api/v1/cases/" + other + "/moes/" + moe + "/measurements").with(as(this.users, "field.mx")))
			.andExpect(status().isNotFound());
	}

	private long aMeasure(long caseId) throws Exception {
		return CaseFixtures.aMeasure(this.mvc, this.users, this.jdbc, caseId);
	}

	private MockHttpServletRequestBuilder measurement(long caseId, long moeId, String measuredOn, String value) {
		return post("/cases/" + caseId + "/moes/" + moeId + "/measurements").with(as(this.users, "field.mx"))
			.with(csrf())
			.param("measuredOn", measuredOn)
			.param("value", value);
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.with(as(this.users, "field.mx"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private long count(String table, long caseId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE case_id = ?", Long.class, caseId);
	}

	private LocalDate today() {
		return this.calendar.today();
	}

}
