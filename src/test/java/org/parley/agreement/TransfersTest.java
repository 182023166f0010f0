package org.parley.agreement;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.negotiation.CaseFixtures;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What is given (decision 0026): the team's field officers record transfers, an HQ
 * reviewer who did not record one approves or refuses it, and only an approved one
 * counts; a payment for access is refused and nothing is saved; cash, or anything given
 * to a designated group, needs a legal basis (the service and the table both say so);
 * another team finds nothing, auditors only read.
 */
class TransfersTest extends AgreementIntegrationTest {

	private JdbcTemplate jdbc;

	private long caseId;

	private long sierra;

	private LocalDate today;

	@BeforeEach
	void aCaseWithTheDesignatedCartel() throws Exception {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.today = this.calendar.today();
		this.caseId = CaseFixtures.aCaseAtConflictAnalysis(this.mvc, this.users, this.jdbc, "Transfers");
		this.sierra = this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Cártel del Sierra Alta'",
				Long.class);
	}

	@Test
	void aPaymentForAccessIsRefusedAtItsQuestionAndNothingIsRecorded() throws Exception {
		this.mvc
			.perform(post("/cases/" + this.caseId + "/transfers").param("lang", "en")
				.with(as(this.users, "field.mx"))
				.with(csrf())
				.param("forAccess", "true")
				.param("givenOn", this.today.toString())
				.param("kind", "CASH")
				.param("amount", "5000")
				.param("currency", "MXN")
				.param("recipientKind", "GROUP")
				.param("groupId", Long.toString(this.sierra))
				.param("justification", "The plaza chief asks a fee to let the brigade through")
				.param("legalBasis", "None"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No payment, in cash or in kind, in exchange for access")))
			.andExpect(content().string(containsString("id=\"forAccess-error\"")));
		this.mvc
			.perform(json(post(transfers()), "field.mx",
					body("FUEL", "10", "OTHER", "\"recipientOther\":\"The plaza\"", null, true)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("forAccess"));
		this.mvc
			.perform(get("/cases/" + this.caseId + "/transfers").param("lang", "es").with(as(this.users, "field.mx")))
			.andExpect(content().string(containsString("¿Se entrega a cambio de acceso")));
		assertThat(count()).isZero();
	}

	@Test
	void cashOrAnythingToADesignatedGroupNeedsALegalBasis() throws Exception {
		this.mvc
			.perform(json(post(transfers()), "field.mx",
					body("CASH", "200", "OTHER", "\"recipientOther\":\"The parish driver\"", null, false)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("legalBasis"));
		this.mvc
			.perform(post("/cases/" + this.caseId + "/transfers").param("lang", "en")
				.with(as(this.users, "field.mx"))
				.with(csrf())
				.param("forAccess", "false")
				.param("givenOn", this.today.toString())
				.param("kind", "FOOD")
				.param("amount", "1500.50")
				.param("currency", "mxn")
				.param("recipientKind", "GROUP")
				.param("groupId", Long.toString(this.sierra))
				.param("justification", "Food for the wounded held at the clinic"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This group is designated")));
		assertThat(count()).isZero();
		String created = this.mvc
			.perform(json(post(transfers()), "field.mx",
					body("FOOD", "1500.50", "GROUP", "\"groupId\":" + this.sierra,
							"Humanitarian exemption, legal office opinion 12/2026", false)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.designated").value(true))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.currency").value("MXN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		// The table says so too: a designated group's transfer keeps its legal basis.
		assertThatThrownBy(() -> this.jdbc.update("UPDATE case_transfer SET legal_basis = NULL WHERE id = ?", id))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> this.jdbc.update("""
				INSERT INTO case_transfer (case_id, team_id, given_on, kind, amount, currency, recipient_kind,
				recipient_other, justification, recorded_by, recorded_at)
				SELECT case_id, team_id, given_on, 'CASH', 10, 'MXN', 'OTHER', 'x', 'x', 'field.mx', now()
				FROM case_transfer WHERE id = ?""", id)).isInstanceOf(DataIntegrityViolationException.class);
		// Sealed at rest under the team's key.
		assertThat(this.jdbc.queryForList(
				"SELECT justification FROM case_transfer WHERE id = ? UNION ALL SELECT legal_basis FROM case_transfer WHERE id = ?",
				String.class, id, id))
			.allSatisfy((stored) -> assertThat(stored).startsWith("pk1:")
				.doesNotContain("wounded")
				.doesNotContain("exemption"));
	}

	@Test
	void aTransferCountsOnceAnotherHqReviewerApprovesItAndTheHistoryTellsIt() throws Exception {
		this.mvc
			.perform(post("/cases/" + this.caseId + "/transfers").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("forAccess", "false")
				.param("givenOn", this.today.minusDays(1).toString())
				.param("kind", "FUEL")
				.param("amount", "2400")
				.param("currency", "MXN")
				.param("recipientKind", "OTHER")
				.param("recipientOther", "Community ambulance committee")
				.param("justification", "Diesel for the two ambulances of the valley"))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("SELECT id FROM case_transfer WHERE case_id = ?", Long.class, this.caseId);
		assertThat(this.jdbc.queryForList("""
				SELECT n.kind FROM notification n JOIN app_user u ON u.id = n.recipient_id
				WHERE u.username = 'hq' AND n.link = ?""", String.class,
				"/cases/" + this.caseId + "/transfers#transfer-" + id))
			.containsExactly("TRANSFER_RECORDED");
		String noticeDone = """
				SELECT n.done_at IS NOT NULL FROM notification n JOIN app_user u ON u.id = n.recipient_id
				WHERE u.username = 'hq' AND n.link = ?""";
		String link = "/cases/" + this.caseId + "/transfers#transfer-" + id;
		assertThat(this.jdbc.queryForList(noticeDone, Boolean.class, link)).as("waiting").containsExactly(false);
		this.mvc.perform(get("/cases/" + this.caseId + "/transfers").param("lang", "en").with(as(this.users, "hq")))
			.andExpect(content().string(containsString("Waiting for HQ")))
			.andExpect(content().string(containsString("Nothing approved yet.")));
		this.mvc.perform(get("/transfers").param("lang", "en").with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("#transfer-" + id)));
		// A field officer does not approve.
		this.mvc
			.perform(post("/cases/" + this.caseId + "/transfers/" + id + "/approval").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", "0")
				.param("approve", "true"))
			.andExpect(status().isForbidden());
		// A stale version is a conflict.
		this.mvc
			.perform(json(post(transfers() + "/" + id + "/approval"), "hq", "{\"approve\":true}").header("If-Match",
					"\"7\""))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/cases/" + this.caseId + "/transfers/" + id + "/approval").with(as(this.users, "hq"))
				.with(csrf())
				.param("version", "0")
				.param("approve", "true")
				.param("comment", "Fuel for our own ambulances: fine"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("SELECT status FROM case_transfer WHERE id = ?", String.class, id))
			.isEqualTo("APPROVED");
		assertThat(this.jdbc.queryForList(noticeDone, Boolean.class, link)).as("answered: the notice is done")
			.containsExactly(true);
		this.mvc
			.perform(get("/cases/" + this.caseId + "/transfers").param("lang", "es").with(as(this.users, "auditor")))
			.andExpect(content().string(containsString("Aprobada")))
			.andExpect(content().string(containsString("2,400.00 MXN")))
			.andExpect(content().string(not(containsString(">APPROVED<"))));
		this.mvc.perform(get("/cases/" + this.caseId + "/history").param("lang", "en").with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Transfer recorded")))
			.andExpect(content().string(containsString("Transfer approved by HQ")));
		this.mvc.perform(get("/cases/" + this.caseId + "/history").param("lang", "es").with(as(this.users, "auditor")))
			.andExpect(content().string(containsString("Transferencia aprobada por la sede")));
		// Reviewed once.
		this.mvc
			.perform(json(post(transfers() + "/" + id + "/approval"), "hq",
					"{\"approve\":false,\"refusal\":\"NOT_JUSTIFIED\",\"comment\":\"x\"}")
				.header("If-Match", "\"1\""))
			.andExpect(status().isUnprocessableEntity());
	}

	@Test
	void whoeverRecordedATransferDoesNotApproveIt() throws Exception {
		long id = record();
		// As if the team's HQ reviewer had recorded it (a reviewer who also works in the
		// field): the service refuses, and so does the table.
		this.jdbc.update("UPDATE case_transfer SET recorded_by = 'hq' WHERE id = ?", id);
		this.mvc
			.perform(json(post(transfers() + "/" + id + "/approval"), "hq", "{\"approve\":true}").header("If-Match",
					"\"0\""))
			.andExpect(status().isUnprocessableEntity());
		assertThatThrownBy(() -> this.jdbc.update(
				"UPDATE case_transfer SET status = 'APPROVED', reviewed_by = 'hq', reviewed_at = now() WHERE id = ?",
				id))
			.isInstanceOf(DataIntegrityViolationException.class);
		this.jdbc.update("UPDATE case_transfer SET recorded_by = 'field.mx' WHERE id = ?", id);
		this.mvc
			.perform(json(post(transfers() + "/" + id + "/approval"), "hq",
					"{\"approve\":false,\"refusal\":\"PAYMENT_FOR_ACCESS\"}")
				.header("If-Match", "\"0\""))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		this.mvc
			.perform(json(post(transfers() + "/" + id + "/approval"), "hq",
					"{\"approve\":false,\"refusal\":\"PAYMENT_FOR_ACCESS\",\"comment\":\"A fee at the checkpoint\"}")
				.header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REFUSED"))
			.andExpect(jsonPath("$.refusal").value("PAYMENT_FOR_ACCESS"));
	}

	@Test
	void anotherTeamFindsNothingAndAuditorsOnlyRead() throws Exception {
		long id = record();
		this.mvc.perform(get("/cases/" + this.caseId + "/transfers").with(as(this.users, "field.sv")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(transfers()).with(as(this.users, "field.sv"))).andExpect(status().isNotFound());
		this.mvc.perform(get(transfers() + "/" + id).with(as(this.users, "field.sv"))).andExpect(status().isNotFound());
		this.mvc
			.perform(json(post(transfers()), "field.sv",
					body("FUEL", "10", "OTHER", "\"recipientOther\":\"x\"", null, false)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(transfers()).with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id));
		this.mvc
			.perform(json(post(transfers()), "auditor",
					body("FUEL", "10", "OTHER", "\"recipientOther\":\"x\"", null, false)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(post(transfers() + "/" + id + "/approval"), "auditor", "{\"approve\":true}")
				.header("If-Match", "\"0\""))
			.andExpect(status().isForbidden());
		// A transfer of another case is not found under this one, even for HQ.
		long elsewhere = this.jdbc.queryForObject(
				"SELECT min(id) FROM case_transfer WHERE case_id <> ? AND team_id = (SELECT team_id FROM negotiation_case WHERE id = ?)",
				Long.class, this.caseId, this.caseId);
		this.mvc.perform(get(transfers() + "/" + elsewhere).with(as(this.users, "hq")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(json(post(transfers() + "/" + elsewhere + "/approval"), "hq", "{\"approve\":true}")
				.header("If-Match", "\"0\""))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/transfers").with(as(this.users, "field.sv")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("#transfer-" + id + "\""))));
	}

	private long record() throws Exception {
		String created = this.mvc
			.perform(json(post(transfers()), "field.mx",
					body("COMMUNICATION_CREDIT", "300", "OTHER", "\"recipientOther\":\"The parish radio\"", null,
							false)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(created, "$.id")).longValue();
	}

	private String body(String kind, String amount, String recipientKind, String recipient, String legalBasis,
			boolean forAccess) {
		return "{\"givenOn\":\"" + this.today + "\",\"kind\":\"" + kind + "\",\"amount\":" + amount
				+ ",\"currency\":\"mxn\",\"recipientKind\":\"" + recipientKind + "\"," + recipient
				+ ",\"justification\":\"Given for the brigade\","
				+ ((legalBasis != null) ? "\"legalBasis\":\"" + legalBasis + "\"," : "") + "\"forAccess\":" + forAccess
				+ "}";
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT count(*) FROM case_transfer WHERE case_id = ?", Long.class,
				this.caseId);
	}

	private String transfers() {
		return "/api/v1/cases/" + this.caseId + "/transfers";
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String username, String body) {
		return request.with(as(this.users, username))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

}
