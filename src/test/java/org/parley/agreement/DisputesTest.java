package org.parley.agreement;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.shared.CurrentUser;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Disputes under an agreement (decision 0025): raised by the team's field officers before
 * the mechanism the agreement names, heard in contacts, closed with an outcome (by them
 * or the team's HQ reviewers); escalation to breach marks the agreement breached; open
 * ones on HQ's start page, all of them in the case's history; another team finds nothing
 * and auditors only read.
 */
class DisputesTest extends AgreementIntegrationTest {

	private JdbcTemplate jdbc;

	private long caseId;

	private long agreementId;

	private LocalDate today;

	@BeforeEach
	void anAgreementThatNamesAMediator() throws Exception {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.today = this.calendar.today();
		this.caseId = AgreementFixtures.aCaseAtTheAgreementStep(this.mvc, this.users, this.jdbc);
		CurrentUser mx = AgreementFixtures.user(this.users, "field.mx");
		this.agreementId = this.workflow.create(this.caseId,
				new AgreementDraft("Disputes agreement", FormOfAgreement.VERBAL, null, null, null,
						this.today.minusDays(30), null, "Passage on Tuesdays", null, Stage.IMPLEMENTATION,
						SigningStatus.VERBAL_OR_UNCLEAR, DisputeSettlement.NEUTRAL_MEDIATOR,
						List.of(new Party(PartyKind.ORGANISATION, null, "Our organisation")),
						List.of(new Commitment(null, "The group", "Safe passage", CommitmentCategory.SAFE_PASSAGE,
								this.today.plusDays(60), Recurrence.NONE, null, "Parish reports"))),
				mx);
		AgreementDetails.VersionView v = this.agreements.details(this.agreementId, mx).latest();
		this.workflow.submit(this.agreementId, v.id(), v.version(), mx);
		v = this.agreements.details(this.agreementId, mx).latest();
		this.workflow.approve(this.agreementId, v.id(), v.version(), null, AgreementFixtures.user(this.users, "hq"));
	}

	@AfterEach
	void closeWhatIsOpen() {
		this.jdbc.update("""
				UPDATE agreement_dispute SET state = 'NOT_SETTLED', outcome = 'test over', closed_on = raised_on
				WHERE agreement_id = ? AND state = 'OPEN'""", this.agreementId);
		AgreementFixtures.retire(this.jdbc, this.agreementId);
	}

	@Test
	void aFieldOfficerRaisesHearsAndSettlesADisputeOnThePageAndTheCaseHistoryTellsIt() throws Exception {
		String key = commitmentKey();
		this.mvc
			.perform(post("/agreements/" + this.agreementId + "/disputes").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("raisedOn", this.today.minusDays(5).toString())
				.param("raisedBy", "ARMED_GROUP")
				.param("raisedByName", "Plaza chief")
				.param("commitmentKey", key)
				.param("mechanism", "NEUTRAL_MEDIATOR")
				.param("summary", "The group says the clinic carried a stranger"))
			.andExpect(status().is3xxRedirection());
		long disputeId = onlyDispute();
		this.mvc
			.perform(post("/agreements/" + this.agreementId + "/disputes/" + disputeId + "/contacts")
				.with(as(this.users, "field.mx"))
				.with(csrf())
				.param("heldOn", this.today.minusDays(3).toString())
				.param("kind", "MEETING")
				.param("participants", "The mediator; the plaza chief")
				.param("note", "Both sides heard"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/agreements/" + this.agreementId).param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"dispute-" + disputeId + "\"")))
			.andExpect(content().string(containsString("A neutral mediator")))
			.andExpect(content().string(containsString("The mediator; the plaza chief")))
			.andExpect(content().string(containsString("Safe passage")));
		this.mvc
			.perform(post("/agreements/" + this.agreementId + "/disputes/" + disputeId + "/outcome")
				.with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", "0")
				.param("state", "SETTLED")
				.param("outcome", "Settled by the mediator")
				.param("closedOn", this.today.toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(
				this.jdbc.queryForObject("SELECT state FROM agreement_dispute WHERE id = ?", String.class, disputeId))
			.isEqualTo("SETTLED");
		// What a dispute says names people: sealed at rest like the rounds' notes (0020).
		assertThat(this.jdbc.queryForList("""
				SELECT summary FROM agreement_dispute WHERE id = ? UNION ALL SELECT outcome FROM agreement_dispute
				WHERE id = ? UNION ALL SELECT participants FROM agreement_dispute_contact WHERE dispute_id = ?
				UNION ALL SELECT note FROM agreement_dispute_contact WHERE dispute_id = ?""", String.class, disputeId,
				disputeId, disputeId, disputeId))
			.hasSize(4)
			.allSatisfy((stored) -> assertThat(stored).startsWith("pk1:")
				.doesNotContain("stranger")
				.doesNotContain("plaza chief")
				.doesNotContain("heard")
				.doesNotContain("Settled"));
		this.mvc.perform(get("/api/v1/agreements/" + this.agreementId + "/disputes").with(as(this.users, "auditor")))
			.andExpect(content().string(containsString("The group says the clinic carried a stranger")))
			.andExpect(content().string(containsString("Settled by the mediator")));
		this.mvc.perform(get("/agreements/" + this.agreementId).param("lang", "es").with(as(this.users, "hq")))
			.andExpect(content().string(containsString("Resuelta")))
			.andExpect(content().string(not(containsString(">SETTLED<"))));
		this.mvc.perform(get("/cases/" + this.caseId + "/history").param("lang", "en").with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dispute under an agreement")))
			.andExpect(content().string(containsString("Contact in a dispute")));
	}

	@Test
	void aDisputeEscalatedToBreachMarksTheAgreementBreached() throws Exception {
		long disputeId = raise("{\"raisedOn\":\"" + this.today.minusDays(2) + "\",\"raisedBy\":\"OUR_SIDE\","
				+ "\"mechanism\":\"NEUTRAL_MEDIATOR\",\"summary\":\"Armed men at the clinic again\"}");
		this.mvc
			.perform(json(post(disputes() + "/" + disputeId + "/outcome"), "hq",
					"{\"state\":\"ESCALATED_TO_BREACH\",\"outcome\":\"The group refused the mediator\",\"closedOn\":\""
							+ this.today + "\"}")
				.header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ESCALATED_TO_BREACH"))
			.andExpect(jsonPath("$.closedOn").value(this.today.toString()));
		assertThat(
				this.jdbc.queryForObject("SELECT status FROM agreement WHERE id = ?", String.class, this.agreementId))
			.isEqualTo("BREACHED");
		this.mvc.perform(get(disputes()).with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].outcome").value("The group refused the mediator"));
	}

	@Test
	void aDisputeClosedBeforeItWasRaisedIsRefusedAtTheField() throws Exception {
		long disputeId = raise("{\"raisedOn\":\"" + this.today.minusDays(2) + "\",\"raisedBy\":\"COMMUNITY\","
				+ "\"mechanism\":\"NEUTRAL_MEDIATOR\",\"summary\":\"Fees at the checkpoint\"}");
		this.mvc
			.perform(json(post(disputes() + "/" + disputeId + "/outcome"), "field.mx",
					"{\"state\":\"SETTLED\",\"outcome\":\"Settled\",\"closedOn\":\"" + this.today.minusDays(3) + "\"}")
				.header("If-Match", "\"0\""))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("closedOn"));
		this.mvc
			.perform(json(post(disputes() + "/" + disputeId + "/outcome"), "field.mx",
					"{\"state\":\"SETTLED\",\"outcome\":\"Settled\",\"closedOn\":\"" + this.today + "\"}"))
			.andExpect(status().is(428));
	}

	@Test
	void aMechanismTheAgreementDoesNotNameACheckOfAnotherAgreementAndADraftAreRefused() throws Exception {
		this.mvc
			.perform(json(post(disputes()), "field.mx",
					"{\"raisedOn\":\"" + this.today + "\",\"raisedBy\":\"OUR_SIDE\","
							+ "\"mechanism\":\"MONITORING_COMMISSION\",\"summary\":\"x\"}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("mechanism"));
		long other = AgreementFixtures.inForce(this.workflow, this.agreements, this.users, this.caseId,
				this.today.minusDays(20), null, Recurrence.WEEKLY, this.today.minusDays(20).getDayOfWeek().getValue());
		try {
			this.schedule.scheduleChecks(other, this.today);
			long check = this.jdbc.queryForObject("SELECT min(id) FROM compliance_check WHERE agreement_id = ?",
					Long.class, other);
			this.mvc
				.perform(json(post(disputes()), "field.mx",
						"{\"raisedOn\":\"" + this.today + "\",\"raisedBy\":\"OUR_SIDE\",\"checkId\":" + check
								+ ",\"mechanism\":\"NEUTRAL_MEDIATOR\",\"summary\":\"x\"}"))
				.andExpect(status().isUnprocessableEntity())
				.andExpect(jsonPath("$.errors[0].field").value("checkId"));
		}
		finally {
			AgreementFixtures.retire(this.jdbc, other);
		}
		long draft = this.workflow.create(this.caseId,
				new AgreementDraft("A draft", FormOfAgreement.VERBAL, null, null, null, this.today, null,
						"Not yet agreed", null, Stage.IMPLEMENTATION, SigningStatus.VERBAL_OR_UNCLEAR,
						DisputeSettlement.NEUTRAL_MEDIATOR,
						List.of(new Party(PartyKind.ORGANISATION, null, "Our organisation")),
						List.of(new Commitment(null, "The group", "Safe passage", CommitmentCategory.SAFE_PASSAGE,
								this.today.plusDays(60), Recurrence.NONE, null, "Parish reports"))),
				AgreementFixtures.user(this.users, "field.mx"));
		this.mvc
			.perform(json(post("/api/v1/agreements/" + draft + "/disputes"), "field.mx",
					"{\"raisedOn\":\"" + this.today + "\",\"raisedBy\":\"OUR_SIDE\","
							+ "\"mechanism\":\"NEUTRAL_MEDIATOR\",\"summary\":\"x\"}"))
			.andExpect(status().isUnprocessableEntity());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM agreement_dispute WHERE agreement_id = ?", Long.class,
				this.agreementId))
			.isZero();
	}

	@Test
	void anotherTeamFindsNothingAndAnAuditorOnlyReads() throws Exception {
		String body = "{\"raisedOn\":\"" + this.today + "\",\"raisedBy\":\"OUR_SIDE\","
				+ "\"mechanism\":\"NEUTRAL_MEDIATOR\",\"summary\":\"x\"}";
		long disputeId = raise(body);
		this.mvc.perform(get(disputes()).with(as(this.users, "field.sv"))).andExpect(status().isNotFound());
		this.mvc.perform(json(post(disputes()), "field.sv", body)).andExpect(status().isNotFound());
		this.mvc
			.perform(json(post(disputes() + "/" + disputeId + "/outcome"), "field.sv",
					"{\"state\":\"SETTLED\",\"outcome\":\"x\",\"closedOn\":\"" + this.today + "\"}")
				.header("If-Match", "\"0\""))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(disputes()).with(as(this.users, "auditor"))).andExpect(status().isOk());
		this.mvc.perform(json(post(disputes()), "auditor", body)).andExpect(status().isForbidden());
		this.mvc
			.perform(json(post(disputes() + "/" + disputeId + "/contacts"), "auditor",
					"{\"heldOn\":\"" + this.today + "\",\"kind\":\"PHONE\",\"participants\":\"x\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(post(disputes() + "/" + disputeId + "/outcome"), "auditor",
					"{\"state\":\"SETTLED\",\"outcome\":\"x\",\"closedOn\":\"" + this.today + "\"}")
				.header("If-Match", "\"0\""))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(post(disputes() + "/" + disputeId + "/contacts"), "hq",
					"{\"heldOn\":\"" + this.today + "\",\"kind\":\"PHONE\",\"participants\":\"x\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void hqsStartPageListsAnOpenDisputeAndNotAClosedOne() throws Exception {
		String body = "{\"raisedOn\":\"" + this.today + "\",\"raisedBy\":\"OUR_SIDE\","
				+ "\"mechanism\":\"NEUTRAL_MEDIATOR\",\"summary\":\"x\"}";
		long open = raise(body);
		long closed = raise(body);
		assertThat(this.jdbc.queryForList("""
				SELECT n.kind FROM notification n JOIN app_user u ON u.id = n.recipient_id
				WHERE u.username = 'hq' AND n.link = ?""", String.class,
				"/agreements/" + this.agreementId + "#dispute-" + open))
			.containsExactly("DISPUTE_RAISED");
		this.mvc
			.perform(json(post(disputes() + "/" + closed + "/outcome"), "field.mx",
					"{\"state\":\"PARTLY_SETTLED\",\"outcome\":\"Half\",\"closedOn\":\"" + this.today + "\"}")
				.header("If-Match", "\"0\""))
			.andExpect(status().isOk());
		this.mvc.perform(get("/").param("lang", "en").with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Open disputes under agreements")))
			.andExpect(content().string(containsString("#dispute-" + open + "\"")))
			.andExpect(content().string(not(containsString("#dispute-" + closed + "\""))));
	}

	@Test
	void theDemosClinicAgreementHasOneDisputeSettledByTheMediator() throws Exception {
		long clinic = this.jdbc.queryForObject("""
				SELECT a.id FROM agreement a JOIN negotiation_case c ON c.id = a.case_id
				WHERE c.title = 'Mobile clinic access to eleven mountain villages'
				ORDER BY a.id LIMIT 1""", Long.class);
		// (Other tests add agreements to the demo's cases; the demo's own is the first.)
		this.mvc.perform(get("/api/v1/agreements/" + clinic + "/disputes").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].mechanism").value("NEUTRAL_MEDIATOR"))
			.andExpect(jsonPath("$[0].state").value("SETTLED"))
			.andExpect(jsonPath("$[0].contacts", hasSize(1)))
			.andExpect(jsonPath("$[0].contacts[0].kind").value("MEETING"));
		this.mvc.perform(get("/agreements/" + clinic).param("lang", "es").with(as(this.users, "field.mx")))
			.andExpect(content().string(containsString("Un mediador neutral")))
			.andExpect(content().string(containsString("Resuelta")));
	}

	private long raise(String body) throws Exception {
		String response = this.mvc.perform(json(post(disputes()), "field.mx", body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(response, "$.id")).longValue();
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String username, String body) {
		return request.with(as(this.users, username))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private String disputes() {
		return "/api/v1/agreements/" + this.agreementId + "/disputes";
	}

	private long onlyDispute() {
		return this.jdbc.queryForObject("SELECT id FROM agreement_dispute WHERE agreement_id = ?", Long.class,
				this.agreementId);
	}

	private String commitmentKey() {
		return this.agreements.details(this.agreementId, AgreementFixtures.user(this.users, "field.mx"))
			.inForce()
			.content()
			.commitments()
			.get(0)
			.key();
	}

}
