package org.parley.agreement;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.identity.Role;
import org.parley.identity.UserAdministration;
import org.parley.support.ConfirmedAccounts;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An agreement's life through its pages: drafted by the team, returned by HQ with
 * comments, edited, approved into force; a change makes a new version that HQ reviews
 * again while the approved one stays in force. The author never approves; bad dates and
 * recurrences are refused at the form; need-to-know holds.
 */
@IntegrationTest
class AgreementLifecycleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	UserAdministration administration;

	private JdbcTemplate jdbc;

	private long caseId;

	private long sierra;

	private final LocalDate from = LocalDate.of(2026, 11, 2);

	@BeforeEach
	void aCaseAtTheAgreementStep() throws Exception {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.sierra = this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Cártel del Sierra Alta'",
				Long.class);
		long guerrero = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
		String title = "Agreement case " + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/cases").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("teamId", Long.toString(guerrero))
				.param("title", title)
				.param("country", "MX")
				.param("groupIds", Long.toString(this.sierra))
				.param("objectiveType", "ACCESS_FOR_HEALTH_CARE")
				.param("priority", "HIGH"))
			.andExpect(status().is3xxRedirection());
		this.caseId = this.jdbc.queryForObject("SELECT id FROM negotiation_case WHERE title = ?", Long.class, title);
		this.jdbc.update("UPDATE negotiation_case SET current_step = 'AGREEMENT' WHERE id = ?", this.caseId);
	}

	@Test
	void hqReturnsWithCommentsTheTeamEditsAndHqApprovesIntoForce() throws Exception {
		long id = create();
		long v1 = openVersion(id);
		assertThat(this.jdbc.queryForList("SELECT recurrence || ' ' || recurrence_day FROM agreement_commitment "
				+ "WHERE agreement_version_id = ?", String.class, v1))
			.containsExactly("WEEKLY 2");
		submit(id, v1, "field.mx").andExpect(status().is3xxRedirection());
		assertThat(agreementStatus(id)).isEqualTo("SUBMITTED");

		// The field officer cannot review; HQ must say why it returns the version.
		this.mvc.perform(reviewRequest(id, v1, "field.mx", "approve", null)).andExpect(status().isForbidden());
		this.mvc.perform(reviewRequest(id, v1, "hq", "return", " "))
			.andExpect(content().string(containsString("Say why the version goes back")));
		String key = this.jdbc.queryForObject(
				"SELECT commitment_key FROM agreement_commitment WHERE agreement_version_id = ?", String.class, v1);
		this.mvc
			.perform(reviewRequest(id, v1, "hq", "return", "Name who verifies the passage.")
				.param("onCommitments[" + key + "]", "Which checkpoint?"))
			.andExpect(status().is3xxRedirection());
		assertThat(agreementStatus(id)).isEqualTo("RETURNED");
		this.mvc
			.perform(get("/agreements/" + id + "/versions/" + v1 + "/edit").param("lang", "en")
				.with(as(this.users, "field.mx")))
			.andExpect(content().string(
					allOf(containsString("Name who verifies the passage."), containsString("HQ: Which checkpoint?"))));

		// What HQ returned is kept as HQ saw it: the answer is version 2.
		this.mvc.perform(draft(post("/agreements/" + id + "/versions/" + v1), "field.mx")
			.param("version", Long.toString(version(v1)))
			.param("commitments[0].key", key)
			.param("commitments[0].verification", "The parish counts the clinic's crossings at the upper checkpoint"))
			.andExpect(status().is3xxRedirection());
		long v2 = openVersion(id);
		assertThat(v2).isNotEqualTo(v1);
		assertThat(this.jdbc.queryForMap("SELECT status, verification FROM agreement_version v "
				+ "JOIN agreement_commitment c ON c.agreement_version_id = v.id WHERE v.id = ?", v1))
			.containsEntry("status", "ANSWERED")
			.doesNotContainValue("The parish counts the clinic's crossings at the upper checkpoint");
		// Editing version 2 still shows what HQ asked; resending the returned one is
		// refused.
		this.mvc
			.perform(get("/agreements/" + id + "/versions/" + v2 + "/edit").param("lang", "en")
				.with(as(this.users, "field.mx")))
			.andExpect(content().string(containsString("HQ: Which checkpoint?")));
		submit(id, v1, "field.mx").andExpect(content().string(containsString("can no longer be changed")));
		submit(id, v2, "field.mx").andExpect(status().is3xxRedirection());
		// HQ compares the answer with what it returned.
		this.mvc.perform(get("/agreements/" + id).param("lang", "en").with(as(this.users, "hq")))
			.andExpect(content().string(allOf(containsString("Version 1 and version 2 side by side"),
					containsString("The parish counts the clinic&#39;s crossings at the upper checkpoint"))));
		this.mvc.perform(reviewRequest(id, v2, "hq", "approve", "Clear now.")).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForMap("SELECT status, in_force_version FROM agreement WHERE id = ?", id))
			.containsEntry("status", "IN_FORCE")
			.containsEntry("in_force_version", 2);
		assertThat(this.jdbc.queryForList(
				"SELECT version_no || ' ' || status FROM agreement_version WHERE agreement_id = ? ORDER BY version_no",
				String.class, id))
			.containsExactly("1 ANSWERED", "2 APPROVED");
		// HQ's comments on commitments stay with the version they were made on.
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM agreement_review_comment WHERE agreement_version_id = ?", Long.class, v1))
			.isOne();
		// Once answered and approved, HQ's comments stay on the page next to the version
		// that answered them, and in the list of versions.
		this.mvc.perform(get("/agreements/" + id).param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(content().string(allOf(containsString("This version answers what HQ returned on version 1."),
					containsString("Name who verifies the passage."),
					containsString("HQ on version 1: Which checkpoint?"), containsString("Answered by version 2."))));
		this.mvc.perform(get("/agreements/" + id).param("lang", "es").with(as(this.users, "field.mx")))
			.andExpect(content()
				.string(allOf(containsString("Esta versión responde a lo que la sede devolvió en la versión 1."),
						containsString("Sede sobre la versión 1: Which checkpoint?"))));
		// A change after approval is possible: the returned version does not block it.
		this.mvc
			.perform(post("/agreements/" + id + "/revise").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", Long.toString(agreementVersion(id))))
			.andExpect(status().is3xxRedirection());
		assertThat(openVersion(id)).isNotIn(v1, v2);
		// The case's agreement step is satisfied by the agreement in force.
		this.mvc
			.perform(get("/cases/" + this.caseId + "/steps/agreement").param("lang", "en")
				.with(as(this.users, "field.mx")))
			.andExpect(
					content().string(allOf(containsString("In force"), not(containsString("an agreement approved")))));
		// Its review is in the agreement's history and in the case's.
		this.mvc.perform(get("/agreements/" + id).param("lang", "en").with(as(this.users, "auditor")))
			.andExpect(content().string(
					allOf(containsString(">Agreement version<"), containsString("Name who verifies the passage."))));
		this.mvc.perform(get("/cases/" + this.caseId).param("lang", "en").with(as(this.users, "auditor")))
			.andExpect(content().string(containsString(">Agreement<")));
	}

	@Test
	void aChangeAfterApprovalIsANewVersionAndTheOldOneStaysInForceUntilItIsApproved() throws Exception {
		long id = create();
		long v1 = openVersion(id);
		long v2 = approvedAndRevised(id, v1);
		assertThat(v2).isNotEqualTo(v1);
		// The key of the commitment is kept, so versions compare commitment by
		// commitment.
		String key = this.jdbc.queryForObject(
				"SELECT commitment_key FROM agreement_commitment WHERE agreement_version_id = ?", String.class, v1);
		this.mvc
			.perform(draft(post("/agreements/" + id + "/versions/" + v2), "field.mx")
				.param("version", Long.toString(version(v2)))
				.param("commitments[0].key", key)
				.param("summary", "Passage on Tuesdays and Fridays"))
			.andExpect(status().is3xxRedirection());
		submit(id, v2, "field.mx");
		assertThat(this.jdbc.queryForMap("SELECT status, in_force_version FROM agreement WHERE id = ?", id))
			.containsEntry("status", "IN_FORCE")
			.containsEntry("in_force_version", 1);
		this.mvc.perform(get("/agreements/" + id).param("lang", "en").with(as(this.users, "hq")))
			.andExpect(content().string(allOf(containsString("Version 1 and version 2 side by side"),
					containsString("Passage on Tuesdays and Fridays"), containsString("Review this version"))));
		this.mvc.perform(reviewRequest(id, v2, "hq", "approve", null)).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList(
				"SELECT status FROM agreement_version WHERE agreement_id = ? ORDER BY " + "version_no", String.class,
				id))
			.containsExactly("SUPERSEDED", "APPROVED");
		assertThat(this.jdbc.queryForObject("SELECT in_force_version FROM agreement WHERE id = ?", Integer.class, id))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForList("SELECT commitment_key FROM agreement_commitment c JOIN agreement_version v "
				+ "ON v.id = c.agreement_version_id WHERE v.agreement_id = ?", String.class, id))
			.containsOnly(key);

		// In force: suspended with a reason, and back.
		this.mvc
			.perform(post("/agreements/" + id + "/status").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "en")
				.param("version", Long.toString(agreementVersion(id)))
				.param("to", "SUSPENDED"))
			.andExpect(content().string(containsString("Say why: the reason is kept on the record.")));
		this.mvc
			.perform(post("/agreements/" + id + "/status").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", Long.toString(agreementVersion(id)))
				.param("to", "SUSPENDED")
				.param("reason", "Fighting on the road since Monday"))
			.andExpect(status().is3xxRedirection());
		assertThat(agreementStatus(id)).isEqualTo("SUSPENDED");
	}

	@Test
	void whoeverDraftedOrSentAVersionNeverApprovesIt() throws Exception {
		long guerrero = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
		String both = "both." + UUID.randomUUID().toString().substring(0, 8);
		ConfirmedAccounts.create(this.administration, this.jdbc, new UserAdministration.NewUser(both, "Field and HQ",
				EnumSet.of(Role.FIELD_OFFICER, Role.HQ_REVIEWER), Set.of(guerrero)));
		// As if they had chosen their own password at first sign-in.
		this.jdbc.update("UPDATE app_user SET must_change_password = false WHERE username = ?", both);
		this.mvc.perform(draft(post("/cases/" + this.caseId + "/agreements"), both))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("SELECT max(id) FROM agreement WHERE case_id = ?", Long.class, this.caseId);
		long v1 = openVersion(id);
		submit(id, v1, both);
		this.mvc.perform(reviewRequest(id, v1, both, "approve", null).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("another HQ reviewer of the team reviews it")));
		assertThat(agreementStatus(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void badDatesAndRecurrencesAreRefusedAtTheFormAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(draft(post("/cases/" + this.caseId + "/agreements"), "field.mx").param("lang", "en")
				.param("validTo", this.from.minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The end date is before the start date.")));
		this.mvc
			.perform(draft(post("/cases/" + this.caseId + "/agreements"), "field.mx").param("lang", "en")
				.param("commitments[2].owedBy", "Barrio Once")
				.param("commitments[2].what", "Monthly meeting")
				.param("commitments[2].recurrence", "MONTHLY")
				.param("commitments[2].recurrenceDay", "31")
				.param("commitments[2].verification", "Minutes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("a day from 1 to 28")));
		// Weekly on Tuesdays, but valid only from a Wednesday to the Friday after: never.
		this.mvc
			.perform(draft(post("/cases/" + this.caseId + "/agreements"), "field.mx", LocalDate.of(2026, 11, 4))
				.param("lang", "en")
				.param("validTo", "2026-11-06"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("never falls due within the agreement"),
					containsString("Clinic passes every Tuesday"))));
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM agreement WHERE case_id = ?", Long.class, this.caseId))
			.isZero();
	}

	@Test
	void nothingIsAgreedBeforeTheAgreementStepAndAnotherTeamSeesNothing() throws Exception {
		this.jdbc.update("UPDATE negotiation_case SET current_step = 'NEGOTIATION_ROUNDS' WHERE id = ?", this.caseId);
		this.mvc.perform(draft(post("/cases/" + this.caseId + "/agreements"), "field.mx").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("once the case has reached the agreement step")));
		this.jdbc.update("UPDATE negotiation_case SET current_step = 'AGREEMENT' WHERE id = ?", this.caseId);
		long id = create();
		long v1 = openVersion(id);
		this.mvc.perform(get("/agreements/" + id).with(as(this.users, "field.sv"))).andExpect(status().isNotFound());
		submit(id, v1, "field.sv").andExpect(status().isNotFound());
		this.mvc.perform(get("/agreements/" + id).with(as(this.users, "auditor"))).andExpect(status().isOk());
		submit(id, v1, "auditor").andExpect(status().isForbidden());
		assertThat(agreementStatus(id)).isEqualTo("DRAFT");
		// A closed case takes no more work on its agreements, from the team or from HQ.
		this.jdbc.update(
				"UPDATE negotiation_case SET status = 'CLOSED', closure_outcome = 'NO_AGREEMENT' " + "WHERE id = ?",
				this.caseId);
		this.mvc.perform(reviewRequest(id, v1, "hq", "approve", null))
			.andExpect(content().string(containsString("This case is closed.")));
		this.mvc
			.perform(post("/agreements/" + id + "/versions/" + v1 + "/submit").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "en")
				.param("version", Long.toString(version(v1))))
			.andExpect(content().string(containsString("This case is closed.")));
		assertThat(agreementStatus(id)).isEqualTo("DRAFT");
	}

	@Test
	void theAuditLogKeepsEachVersionAsARecordOfItsOwnWithItsAgreement() throws Exception {
		long id = create();
		long v1 = openVersion(id);
		long v2 = approvedAndRevised(id, v1);
		// Each version's creation names its agreement, the first one (saved with the
		// agreement) as well as a revision.
		for (long version : new long[] { v1, v2 }) {
			assertThat(
					this.jdbc.queryForObject("SELECT changes FROM audit_entry WHERE entity_type = 'AgreementVersion' "
							+ "AND action = 'CREATE' AND entity_id = ?", String.class, Long.toString(version)))
				.contains("agreementId")
				.contains(Long.toString(id));
		}
		// The agreement's own entries hold its fields, not the list of its versions.
		assertThat(this.jdbc.queryForList(
				"SELECT changes FROM audit_entry WHERE entity_type = 'Agreement' AND entity_id = ?", String.class,
				Long.toString(id)))
			.isNotEmpty()
			.noneMatch((changes) -> changes.contains("versions"));
	}

	/** HQ approves the first version and the team starts a change: the new version. */
	private long approvedAndRevised(long id, long v1) throws Exception {
		submit(id, v1, "field.mx");
		this.mvc.perform(reviewRequest(id, v1, "hq", "approve", null)).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/agreements/" + id + "/revise").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("version", Long.toString(agreementVersion(id))))
			.andExpect(status().is3xxRedirection());
		return openVersion(id);
	}

	private long create() throws Exception {
		this.mvc.perform(draft(post("/cases/" + this.caseId + "/agreements"), "field.mx"))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("SELECT max(id) FROM agreement WHERE case_id = ?", Long.class, this.caseId);
	}

	private MockHttpServletRequestBuilder draft(MockHttpServletRequestBuilder request, String user) {
		return draft(request, user, this.from);
	}

	private MockHttpServletRequestBuilder draft(MockHttpServletRequestBuilder request, String user,
			LocalDate validFrom) {
		return request.with(as(this.users, user))
			.with(csrf())
			.param("title", "Safe passage of the mobile clinic")
			.param("form", "VERBAL")
			.param("stage", "IMPLEMENTATION")
			.param("signingStatus", "VERBAL_OR_UNCLEAR")
			.param("disputeSettlement", "NEUTRAL_MEDIATOR")
			.param("validFrom", validFrom.toString())
			.param("summary", "The clinic passes on Tuesdays; no armed men at the clinic.")
			.param("parties[0].kind", "ORGANISATION")
			.param("parties[0].name", "Our organisation")
			.param("parties[1].kind", "ARMED_GROUP")
			.param("parties[1].groupId", Long.toString(this.sierra))
			.param("parties[2].kind", "")
			.param("parties[2].name", "")
			.param("commitments[0].owedBy", "Cártel del Sierra Alta")
			.param("commitments[0].what", "Clinic passes every Tuesday")
			.param("commitments[0].category", "SAFE_PASSAGE")
			.param("commitments[0].recurrence", "WEEKLY")
			.param("commitments[0].recurrenceDay", "2")
			.param("commitments[0].verification", "Parish priest reports each Tuesday")
			.param("commitments[1].owedBy", "")
			.param("commitments[1].what", "")
			.param("commitments[1].recurrence", "NONE")
			.param("commitments[1].verification", "");
	}

	private org.springframework.test.web.servlet.ResultActions submit(long id, long versionId, String user)
			throws Exception {
		return this.mvc
			.perform(post("/agreements/" + id + "/versions/" + versionId + "/submit").with(as(this.users, user))
				.with(csrf())
				.param("version", Long.toString(version(versionId))));
	}

	private MockHttpServletRequestBuilder reviewRequest(long id, long versionId, String user, String outcome,
			String comment) {
		MockHttpServletRequestBuilder request = post("/agreements/" + id + "/versions/" + versionId + "/review")
			.with(as(this.users, user))
			.with(csrf())
			.param("lang", "en")
			.param("version", Long.toString(version(versionId)))
			.param("outcome", outcome);
		return (comment != null) ? request.param("comment", comment) : request;
	}

	private long openVersion(long id) {
		return this.jdbc.queryForObject("SELECT id FROM agreement_version WHERE agreement_id = ? AND status IN "
				+ "('DRAFT', 'SUBMITTED', 'RETURNED')", Long.class, id);
	}

	private long version(long versionId) {
		return this.jdbc.queryForObject("SELECT version FROM agreement_version WHERE id = ?", Long.class, versionId);
	}

	private long agreementVersion(long id) {
		return this.jdbc.queryForObject("SELECT version FROM agreement WHERE id = ?", Long.class, id);
	}

	private String agreementStatus(long id) {
		return this.jdbc.queryForObject("SELECT status FROM agreement WHERE id = ?", String.class, id);
	}

}
