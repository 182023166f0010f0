package org.parley.disclosure;

import java.time.LocalDate;
import java.util.Set;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.shared.CurrentUser;
import org.parley.support.HistoryText;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
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
 * The register's pages and API as people use them: recorded from the form with messages
 * next to the fields, assessed, decided by HQ on its own page, read in either language
 * with every choice in words, hidden from other teams, refused to field officers at the
 * decision, and guarded against a second editor on the page and through If-Match.
 */
@IntegrationTest
class DisclosurePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DisclosureRequests requests;

	@Autowired
	DataSource dataSource;

	private long mexico;

	@BeforeEach
	void team() {
		this.mexico = new JdbcTemplate(this.dataSource)
			.queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
	}

	@Test
	void aFieldOfficerRecordsARequestFromTheFormAndReadsItInWords() throws Exception {
		String location = this.mvc
			.perform(post("/disclosure-requests").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("receivedOn", "2026-02-03")
				.param("requesterKind", "MILITARY")
				.param("requesterName", "Commander of the 35th zone (test)")
				.param("channel", "ORAL")
				.param("legalBasis", "NONE_STATED")
				.param("requested", "The routes of the mobile clinic")
				.param("deadline", "2026-02-10"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		this.mvc.perform(get(location).param("lang", "es").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Fuerzas armadas"), containsString("De palabra (en persona o por teléfono)"),
							containsString("No se indicó ninguno"), containsString("Recibida"),
							containsString("The routes of the mobile clinic"), containsString("Aún sin evaluar"),
							not(containsString("NONE_STATED")), not(containsString("MILITARY")))));
		this.mvc.perform(get("/disclosure-requests").param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Requests for personal data"),
					containsString("Commander of the 35th zone (test)"), containsString("Armed forces"))));
	}

	@Test
	void badInputIsExplainedNextToEachFieldAndWhatWasTypedIsKept() throws Exception {
		this.mvc
			.perform(post("/disclosure-requests").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "en")
				.param("receivedOn", "2026-02-03")
				.param("deadline", "2026-01-01")
				.param("requesterKind", "POLICE")
				.param("requesterName", "")
				.param("channel", "WRITTEN")
				.param("legalBasis", "LAW")
				.param("requested", "List of patients treated after the shooting"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Required."), containsString("List of patients treated after the shooting"),
							containsString("value=\"2026-01-01\""))));
		this.mvc
			.perform(post("/disclosure-requests").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "en")
				.param("receivedOn", "2026-02-03")
				.param("deadline", "2026-01-01")
				.param("requesterKind", "POLICE")
				.param("requesterName", "State police")
				.param("channel", "WRITTEN")
				.param("legalBasis", "LAW")
				.param("requested", "List of patients treated after the shooting"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The deadline is before the day the request was received.")));
	}

	@Test
	void hqDecidesOnItsOwnPageAndAFieldOfficerMayNotOpenIt() throws Exception {
		long id = assessedRequest();

		this.mvc.perform(get("/disclosure-requests/" + id + "/decision").with(as(this.users, "field.mx")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/disclosure-requests/" + id + "/decision").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", "1")
				.param("outcome", "REFUSED")
				.param("reason", "We refuse"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/disclosure-requests/" + id + "/decision").param("lang", "en").with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Decide on the request"),
					containsString("Reprisals against the people named"), containsString("minimum necessary"))));
		// disclosing without the statement: refused next to the box, the reason kept
		this.mvc
			.perform(post("/disclosure-requests/" + id + "/decision").with(as(this.users, "hq"))
				.with(csrf())
				.param("lang", "en")
				.param("version", "1")
				.param("outcome", "DISCLOSED_IN_PART")
				.param("reason", "Counts are enough")
				.param("disclosed", "Number of consultations per month"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Confirm that only the minimum necessary is disclosed, or disclose less."),
						containsString("Counts are enough"))));
		this.mvc
			.perform(post("/disclosure-requests/" + id + "/decision").with(as(this.users, "hq"))
				.with(csrf())
				.param("version", "1")
				.param("outcome", "DISCLOSED_IN_PART")
				.param("reason", "Counts are enough")
				.param("disclosed", "Number of consultations per month")
				.param("minimumNecessary", "true"))
			.andExpect(redirectedUrl("/disclosure-requests/" + id));

		String page = this.mvc
			.perform(get("/disclosure-requests/" + id).param("lang", "en").with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Disclosed in part"), containsString("Number of consultations per month"),
						containsString("The reviewer stated that what was disclosed is the minimum necessary"),
						not(containsString("decide-request")), not(containsString("edit-request")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HistoryText.readable(page)).contains("Decision", "Disclosed in part", "Counts are enough");
	}

	@Test
	void anotherTeamDoesNotFindTheRequestOnThePagesOrThroughTheApi() throws Exception {
		long id = assessedRequest();

		for (String path : new String[] { "", "/edit", "/assessment" }) {
			this.mvc.perform(get("/disclosure-requests/" + id + path).with(as(this.users, "field.sv")))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/api/v1/disclosure-requests/" + id).with(as(this.users, "field.sv")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:not-found"));
		this.mvc
			.perform(json(put("/api/v1/disclosure-requests/" + id + "/assessment"), "field.sv",
					"{\"riskAssessment\": \"None\"}")
				.header("If-Match", "\"1\""))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/disclosure-requests").with(as(this.users, "field.sv")))
			.andExpect(content().string(not(containsString("/disclosure-requests/" + id + "\""))));
		this.mvc.perform(get("/disclosure-requests").with(as(this.users, "admin"))).andExpect(status().isForbidden());
	}

	@Test
	void aStaleFormIsRefusedWithTheConflictMessageAndKeepsWhatWasTyped() throws Exception {
		long id = this.requests.record(form("Names"), user("field.mx"));
		this.requests.update(id, 0, form("Names and addresses"), user("hq"));

		this.mvc
			.perform(post("/disclosure-requests/" + id).with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "en")
				.param("version", "0")
				.param("teamId", Long.toString(this.mexico))
				.param("receivedOn", "2026-02-01")
				.param("requesterKind", "PROSECUTOR")
				.param("requesterName", "State prosecutor (test)")
				.param("channel", "WRITTEN")
				.param("legalBasis", "LAW")
				.param("requested", "Only the names, please"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Someone else changed this request"),
					containsString("Only the names, please"))));
		assertThat(this.requests.get(id, user("hq")).requested()).isEqualTo("Names and addresses");
	}

	@Test
	void aWithdrawalNeedsItsReasonOnThePage() throws Exception {
		long id = this.requests.record(form("Names"), user("field.mx"));

		this.mvc
			.perform(post("/disclosure-requests/" + id + "/withdrawal").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", "0")
				.param("note", " "))
			.andExpect(status().is3xxRedirection());
		assertThat(this.requests.get(id, user("hq")).state()).isEqualTo(RequestState.RECEIVED);
		this.mvc
			.perform(post("/disclosure-requests/" + id + "/withdrawal").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", "0")
				.param("note", "The requester called to say it is no longer needed."))
			.andExpect(status().is3xxRedirection());
		assertThat(this.requests.get(id, user("hq")).state()).isEqualTo(RequestState.WITHDRAWN);
	}

	@Test
	void aRequestGoesThroughTheApiWithIfMatchAtEachChange() throws Exception {
		String created = this.mvc
			.perform(json(post("/api/v1/disclosure-requests"), "field.mx", body("Names of the patients")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/disclosure-requests/")))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.state").value("RECEIVED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.id");
		String path = "/api/v1/disclosure-requests/" + id;
		this.mvc.perform(json(put(path + "/assessment"), "field.mx", "{\"riskAssessment\": \"Deportation\"}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(json(put(path + "/assessment"), "field.mx", "{\"riskAssessment\": \"Deportation\"}")
				.header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.state").value("UNDER_ASSESSMENT"));
		this.mvc.perform(json(put(path), "hq", body("Names")).header("If-Match", "\"0\""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:conflict"));
		this.mvc
			.perform(json(post(path + "/decision"), "field.mx", "{\"outcome\": \"REFUSED\", \"reason\": \"No\"}")
				.header("If-Match", "\"1\""))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(post(path + "/decision"), "hq",
					"{\"outcome\": \"REFUSED\", \"reason\": \"No\", " + "\"disclosed\": \"The names\"}")
				.header("If-Match", "\"1\""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("disclosed"));
		this.mvc
			.perform(json(post(path + "/decision"), "hq", "{\"outcome\": \"REFUSED\", \"reason\": \"No basis\"}")
				.header("If-Match", "\"1\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("REFUSED"))
			.andExpect(jsonPath("$.decidedBy").value("hq"));
		this.mvc
			.perform(json(post(path + "/decision"), "hq", "{\"outcome\": \"REFUSED\", \"reason\": \"Again\"}")
				.header("If-Match", "\"2\""))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(json(post(path + "/closure"), "field.mx", "{\"note\": \"Sent\"}").header("If-Match", "\"2\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CLOSED"));
		this.mvc
			.perform(get("/api/v1/disclosure-requests").param("state", "CLOSED")
				.param("requesterKind", "MIGRATION")
				.param("size", "100")
				.with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")]").exists());
		this.mvc.perform(json(post("/api/v1/disclosure-requests"), "auditor", body("Names")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theStartPageListsTheRequestsWaitingForADecisionNearestDeadlineFirst() throws Exception {
		long id = this.requests.record(new DisclosureRequestForm(this.mexico, LocalDate.of(2020, 1, 1),
				RequesterKind.COURT, "Judge (test)", Channel.WRITTEN, LegalBasis.COURT_ORDER, null, "Medical file",
				LocalDate.of(2020, 1, 2), Set.of(), Set.of(), Set.of()), user("field.mx"));

		this.mvc.perform(get("/").param("lang", "en").with(as(this.users, "hq")))
			.andExpect(content().string(allOf(containsString("Requests for personal data waiting for a decision"),
					containsString("/disclosure-requests/" + id + "\""))));
		this.mvc.perform(get("/").param("lang", "en").with(as(this.users, "auditor")))
			.andExpect(content().string(containsString("Requests for personal data")));
		this.mvc.perform(get("/").param("lang", "en").with(as(this.users, "admin")))
			.andExpect(content().string(not(containsString("/disclosure-requests"))));
	}

	private long assessedRequest() {
		long id = this.requests.record(form("Names of the people met"), user("field.mx"));
		this.requests.assess(id, 0, new AssessmentForm("Reprisals against the people named.", null), user("field.mx"));
		return id;
	}

	private DisclosureRequestForm form(String requested) {
		return new DisclosureRequestForm(this.mexico, LocalDate.of(2026, 2, 1), RequesterKind.PROSECUTOR,
				"State prosecutor (test)", Channel.WRITTEN, LegalBasis.LAW, null, requested, null, Set.of(), Set.of(),
				Set.of());
	}

	private String body(String requested) {
		return """
				{"teamId": %d, "receivedOn": "2026-02-02", "requesterKind": "MIGRATION",
				 "requesterName": "Migration officers (test)", "channel": "ORAL", "legalBasis": "NONE_STATED",
				 "requested": "%s"}""".formatted(this.mexico, requested);
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
		return request.with(as(this.users, user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
