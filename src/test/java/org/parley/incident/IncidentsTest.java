package org.parley.incident;

import org.parley.negotiation.MethodStep;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.agreement.AgreementDetails;
import org.parley.agreement.AgreementDraft;
import org.parley.agreement.Agreements;
import org.parley.agreement.Commitment;
import org.parley.agreement.CommitmentCategory;
import org.parley.agreement.DisputeSettlement;
import org.parley.agreement.FormOfAgreement;
import org.parley.agreement.Party;
import org.parley.agreement.PartyKind;
import org.parley.agreement.Recurrence;
import org.parley.agreement.SigningStatus;
import org.parley.agreement.Stage;
import org.parley.agreement.internal.AgreementWorkflow;
import org.parley.agreement.monitoring.ObligationSchedule;
import org.parley.negotiation.CaseFixtures;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Security incidents: recorded by the team's field officers with field messages for bad
 * input, hidden from other teams, read-only for auditors, guarded against a second
 * editor, attributed on a group's profile only to those who may see them, started from a
 * violated compliance check, and shared with other agencies only field by field.
 */
@IntegrationTest
class IncidentsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	Incidents incidents;

	@Autowired
	Agreements agreements;

	@Autowired
	AgreementWorkflow agreementWorkflow;

	@Autowired
	ObligationSchedule schedule;

	private JdbcTemplate jdbc;

	private long sierra;

	@BeforeEach
	void registry() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.sierra = this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Cártel del Sierra Alta'",
				Long.class);
	}

	@Test
	void aFieldOfficerOpensTheNewIncidentFormFromTheListWithNothingGiven() throws Exception {
		this.mvc.perform(get("/incidents/new").param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Record an incident")));
	}

	@Test
	void badInputGivesAMessageNextToEachFieldAndKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/incidents").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "en")
				.param("occurredOn", "2999-01-01")
				.param("certainty", "PROBABLE")
				.param("people.staffInjured", "-2")
				.param("region", "Guerrero")
				.param("narrative", "Two men stopped the mobile clinic at the bridge"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("This date is in the future."),
					containsString("A count cannot be negative."), containsString("Required."),
					containsString("Two men stopped the mobile clinic at the bridge"), containsString("value=\"-2\""),
					containsString("value=\"2999-01-01\""))));
	}

	@Test
	void anotherTeamDoesNotFindTheIncidentOnThePageOrThroughTheApi() throws Exception {
		long id = this.incidents.record(form(null, "Guerrero", "Narrative of Guerrero"), user("field.mx"));
		this.mvc.perform(get("/incidents/" + id).with(as(this.users, "field.sv"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/incidents/" + id + "/shareable").with(as(this.users, "field.sv")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/incidents/" + id).with(as(this.users, "field.sv")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:not-found"));
		this.mvc
			.perform(json(put("/api/v1/incidents/" + id), "field.sv", body("2026-01-10", "POSSIBLE")).header("If-Match",
					"\"0\""))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/incidents").with(as(this.users, "field.sv")))
			.andExpect(content().string(not(containsString("/incidents/" + id + "\""))));
	}

	@Test
	void anAuditorReadsAnIncidentButNeitherRecordsNorCorrectsOne() throws Exception {
		long id = this.incidents.record(form(null, "Guerrero", "Read by the auditor"), user("field.mx"));
		this.mvc.perform(get("/incidents/" + id).param("lang", "en").with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Read by the auditor"), not(containsString("edit-incident")))));
		this.mvc.perform(get("/incidents/new").with(as(this.users, "auditor"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/incidents/" + id + "/edit").with(as(this.users, "auditor")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/incidents").with(as(this.users, "auditor"))
				.with(csrf())
				.param("type", "LOOTING")
				.param("occurredOn", "2026-01-10")
				.param("certainty", "POSSIBLE"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/incidents/" + id).with(as(this.users, "auditor"))
				.with(csrf())
				.param("version", "0")
				.param("type", "LOOTING")
				.param("occurredOn", "2026-01-10")
				.param("certainty", "POSSIBLE"))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(post("/api/v1/incidents"), "auditor", body("2026-01-10", "POSSIBLE")))
			.andExpect(status().isForbidden());
		assertThat(this.incidents.get(id, user("field.mx")).narrative()).isEqualTo("Read by the auditor");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE entity_type = 'Incident' AND entity_id = ? AND action = 'CREATE'",
				Long.class, Long.toString(id)))
			.isEqualTo(1);
	}

	@Test
	void theIncidentsHistoryReadsInTheReadersWordsWithNoCode() throws Exception {
		long id = this.incidents.record(form(this.sierra, "Guerrero", "Told in words"), user("field.mx"));
		String page = this.mvc.perform(get("/incidents/" + id).param("lang", "es").with(as(this.users, "auditor")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// Choices by their labels, the perpetrator by its name (not "its number").
		assertThat(HistoryText.readable(page))
			.contains("Creado", "Incidente", "Tipo de incidente", "Ataque a una ambulancia o convoy", "Personal",
					"Transporte", "Certeza de la información", "Probable", "Perpetrador Cártel del Sierra Alta",
					"Qué pasó (cambiado; valor protegido no registrado)")
			// The narrative is sealed: the history says it was written, never what it
			// says.
			.doesNotContain("ATTACK_ON_TRANSPORT", "número", "Told in words", "pk1:");
	}

	@Test
	void aSecondEditorIsRefusedAndKeepsWhatTheyTyped() throws Exception {
		long id = this.incidents.record(form(null, "Guerrero", "First account"), user("field.mx"));
		// HQ corrects the certainty after verification while the officer is editing.
		this.mvc
			.perform(post("/incidents/" + id).with(as(this.users, "hq"))
				.with(csrf())
				.param("version", "0")
				.param("type", "ATTACK_ON_TRANSPORT")
				.param("occurredOn", "2026-01-10")
				.param("certainty", "CONFIRMED")
				.param("narrative", "Verified by HQ"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/incidents/" + id).with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "en")
				.param("version", "0")
				.param("type", "ATTACK_ON_TRANSPORT")
				.param("occurredOn", "2026-01-10")
				.param("certainty", "PROBABLE")
				.param("narrative", "The officer's longer account of the ambush"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Someone else changed this incident"),
					containsString("The officer&#39;s longer account of the ambush"))));
		IncidentView kept = this.incidents.get(id, user("field.mx"));
		assertThat(kept.narrative()).isEqualTo("Verified by HQ");
		assertThat(kept.certainty()).isEqualTo(Certainty.CONFIRMED);
	}

	@Test
	void aGroupsProfileListsOnlyTheIncidentsTheViewerMaySee() throws Exception {
		long guerrero = this.incidents.record(form(this.sierra, "Guerrero", "In Guerrero"), user("field.mx"));
		long salvador = this.incidents.record(form(this.sierra, "San Salvador", "In El Salvador"), user("field.sv"));
		this.mvc.perform(get("/armed-groups/" + this.sierra).param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(content()
				.string(allOf(containsString("Incidents attributed"), containsString("/incidents/" + guerrero + "\""),
						not(containsString("/incidents/" + salvador + "\"")),
						containsString("/incidents?groupId=" + this.sierra))));
		this.mvc.perform(get("/armed-groups/" + this.sierra).with(as(this.users, "field.sv")))
			.andExpect(content().string(allOf(containsString("/incidents/" + salvador + "\""),
					not(containsString("/incidents/" + guerrero + "\"")))));
		this.mvc.perform(get("/armed-groups/" + this.sierra).with(as(this.users, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/incidents/" + guerrero + "\""))));
		this.mvc.perform(get("/incidents").param("groupId", Long.toString(this.sierra)).with(as(this.users, "hq")))
			.andExpect(content().string(allOf(containsString("/incidents/" + guerrero + "\""),
					containsString("/incidents/" + salvador + "\""))));
	}

	@Test
	void aViolatedCheckOpensTheIncidentFormStartedFromTheCheck() throws Exception {
		long caseId = CaseFixtures.aCaseAt(MethodStep.FOLLOW_UP, this.mvc, this.users, this.jdbc);
		long agreementId = agreementInForce(caseId);
		this.schedule.scheduleChecks(LocalDate.of(2026, 10, 8));
		Map<String, Object> check = this.jdbc.queryForMap(
				"SELECT id, commitment_key FROM compliance_check WHERE agreement_id = ? AND due_on = '2026-10-06'",
				agreementId);
		long checkId = ((Number) check.get("id")).longValue();
		String location = this.mvc
			.perform(post("/agreements/" + agreementId + "/checks/" + checkId).with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", "0")
				.param("result", "VIOLATED")
				.param("checkedOn", "2026-10-07")
				.param("evidence", "Armed men turned the ambulance back at the boundary")
				.param("breach", "true")
				.param("incident", "true"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/incidents/new?")
			.contains("caseId=" + caseId, "agreementId=" + agreementId, "commitment=" + check.get("commitment_key"),
					"checkId=" + checkId, "occurredOn=2026-10-07", "groupId=" + this.sierra);
		assertThat(this.jdbc.queryForObject("SELECT status FROM agreement WHERE id = ?", String.class, agreementId))
			.isEqualTo("BREACHED");
		this.mvc.perform(get(location).param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"2026-10-07\""),
					containsString("value=\"" + this.sierra + "\" selected=\"selected\""),
					containsString("name=\"checkId\" value=\"" + checkId + "\""),
					containsString("name=\"commitmentKey\" value=\"" + check.get("commitment_key") + "\""))));
		this.mvc
			.perform(post("/incidents").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("caseId", Long.toString(caseId))
				.param("agreementId", Long.toString(agreementId))
				.param("commitmentKey", (String) check.get("commitment_key"))
				.param("checkId", Long.toString(checkId))
				.param("type", "OBSTRUCTION_OF_ACCESS")
				.param("affected", "TRANSPORT", "PATIENTS")
				.param("occurredOn", "2026-10-07")
				.param("perpetratorGroupId", Long.toString(this.sierra))
				.param("certainty", "CONFIRMED"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForMap(
				"SELECT case_id, compliance_check_id, affected, team_id FROM security_incident WHERE agreement_id = ?",
				agreementId))
			.containsEntry("case_id", caseId)
			.containsEntry("compliance_check_id", checkId)
			.containsEntry("affected", "PATIENTS,TRANSPORT");
		this.mvc.perform(get("/cases/" + caseId).param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(content().string(allOf(containsString("One incident recorded for this case."),
					containsString("/incidents?caseId=" + caseId))));
		// A check of this agreement cannot be tied to an incident of another agreement's
		// case, nor to another team's case.
		this.mvc
			.perform(post("/incidents").with(as(this.users, "field.sv"))
				.with(csrf())
				.param("lang", "en")
				.param("caseId", Long.toString(caseId))
				.param("type", "LOOTING")
				.param("occurredOn", "2026-10-07")
				.param("certainty", "POSSIBLE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no such case among yours.")));
	}

	@Test
	void theShareableSummaryHoldsOnlyTheFieldsMarkedShareable() throws Exception {
		long id = this.incidents.record(form(this.sierra, "Guerrero", "Names of the nurses who hid"), user("field.mx"));
		this.mvc.perform(get("/incidents/" + id + "/shareable").param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Guerrero"), containsString("Cártel del Sierra Alta"),
					containsString("Staff injured: 2"), not(containsString("Names of the nurses who hid")),
					not(containsString("Behind the old church")), not(containsString("Tlacotepec")))));
		this.mvc.perform(get("/api/v1/incidents/" + id + "/shareable").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reference").value("INC-" + id))
			.andExpect(jsonPath("$.region").value("Guerrero"))
			.andExpect(jsonPath("$.people.staffInjured").value(2))
			.andExpect(jsonPath("$.narrative").doesNotExist())
			.andExpect(jsonPath("$.locality").doesNotExist())
			.andExpect(jsonPath("$.placeDescription").doesNotExist())
			.andExpect(jsonPath("$.sources").doesNotExist())
			.andExpect(jsonPath("$.caseId").doesNotExist())
			.andExpect(jsonPath("$.reportedBy").doesNotExist());
		// The team's own page shows everything, each field marked.
		this.mvc.perform(get("/incidents/" + id).param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(content().string(allOf(containsString("Names of the nurses who hid"),
					containsString("sharing-confidential"), containsString("sharing-shared"))));
	}

	@Test
	void anIncidentGoesThroughTheApiWithIfMatchAtEachChange() throws Exception {
		String created = this.mvc.perform(json(post("/api/v1/incidents"), "field.mx", body("2026-01-10", "POSSIBLE")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/incidents/")))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.sharedFields.length()").value(8))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.id");
		this.mvc.perform(get("/api/v1/incidents/" + id).with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.certainty").value("POSSIBLE"));
		this.mvc.perform(json(put("/api/v1/incidents/" + id), "hq", body("2026-01-10", "CONFIRMED")))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(json(put("/api/v1/incidents/" + id), "hq", body("2026-01-10", "CONFIRMED")).header("If-Match",
					"\"0\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.certainty").value("CONFIRMED"));
		this.mvc
			.perform(json(put("/api/v1/incidents/" + id), "field.mx", body("2026-01-10", "PROBABLE")).header("If-Match",
					"\"0\""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:conflict"));
		this.mvc.perform(json(post("/api/v1/incidents"), "field.mx", body("2999-01-01", "POSSIBLE")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("occurredOn"));
		this.mvc
			.perform(json(post("/api/v1/incidents"), "field.mx",
					body("2026-01-10", "POSSIBLE").replace("\"perpetratorGroupId\": null",
							"\"perpetratorGroupId\": -1")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("perpetratorGroupId"));
		this.mvc
			.perform(get("/api/v1/incidents").param("certainty", "CONFIRMED")
				.param("size", "100")
				.with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")]").exists());
	}

	private IncidentForm form(Long group, String region, String narrative) {
		return new IncidentForm(null, null, null, null, null, IncidentType.ATTACK_ON_TRANSPORT,
				EnumSet.of(Affected.STAFF, Affected.TRANSPORT), LocalDate.of(2026, 1, 10), "MX", region, "Tlacotepec",
				"Behind the old church", group,
				new AffectedPeople(null, 2, null, null, null, null, null, null, null, null), Certainty.PROBABLE,
				narrative, "Driver's account", null);
	}

	private static String body(String occurredOn, String certainty) {
		return """
				{"type": "ATTACK_ON_TRANSPORT", "affected": ["STAFF", "TRANSPORT"], "occurredOn": "%s",
				 "country": "MX", "region": "Guerrero", "locality": "Tlacotepec", "perpetratorGroupId": null,
				 "people": {"staffInjured": 1}, "certainty": "%s", "narrative": "Shots at the ambulance"}"""
			.formatted(occurredOn, certainty);
	}

	/** Weekly passage on Tuesdays, owed by the group of the registry. */
	private long agreementInForce(long caseId) {
		CurrentUser mx = user("field.mx");
		long id = this.agreementWorkflow.create(caseId,
				new AgreementDraft("Passage of the ambulance", FormOfAgreement.VERBAL, null, null, null,
						LocalDate.of(2026, 10, 1), null, "Passage on Tuesdays", null, Stage.IMPLEMENTATION,
						SigningStatus.VERBAL_OR_UNCLEAR, DisputeSettlement.NONE,
						List.of(new Party(PartyKind.ORGANISATION, null, "Our organisation"),
								new Party(PartyKind.ARMED_GROUP, this.sierra, null)),
						List.of(new Commitment(null, "Cártel del Sierra Alta", "Safe passage of the ambulance",
								CommitmentCategory.SAFE_PASSAGE, null, Recurrence.WEEKLY, 2, "Driver reports"))),
				mx);
		AgreementDetails.VersionView v = this.agreements.details(id, mx).latest();
		this.agreementWorkflow.submit(id, v.id(), v.version(), mx);
		v = this.agreements.details(id, mx).latest();
		this.agreementWorkflow.approve(id, v.id(), v.version(), null, user("hq"));
		return id;
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
		return request.with(as(this.users, user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
