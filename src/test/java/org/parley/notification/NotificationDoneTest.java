package org.parley.notification;

import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseWorkflow;
import org.parley.negotiation.DecisionStatus;
import org.parley.negotiation.GuidingQuestions;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.casefile.DecisionRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.agreement.AgreementDetails;
import org.parley.agreement.Agreements;
import org.parley.agreement.CheckResult;
import org.parley.agreement.internal.AgreementWorkflow;
import org.parley.agreement.monitoring.CheckRecord;
import org.parley.agreement.monitoring.ObligationRecording;
import org.parley.agreement.monitoring.ObligationSchedule;
import org.parley.identity.UserAdministration;
import org.parley.shared.CurrentUser;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.parley.support.Users.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The inbox marks done what was decided, answered or recorded since it was announced,
 * whoever did it, and hides it on request.
 */
@IntegrationTest
class NotificationDoneTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	UserAdministration administration;

	@Autowired
	Agreements agreements;

	@Autowired
	AgreementWorkflow agreementWorkflow;

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	ObligationSchedule schedule;

	@Autowired
	ObligationRecording recording;

	@Autowired
	CaseQueries cases;

	@Autowired
	GuidingQuestions questions;

	private JdbcTemplate jdbc;

	private NotificationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.fixtures = new NotificationFixtures(this.mvc, this.users, this.jdbc, this.administration);
	}

	@Test
	void aRequestHqDecidedIsDoneForHqAndTheReturnIsDoneOnceTheTeamAsksAgain() throws Exception {
		long caseId = this.fixtures.aCaseAt(MethodStep.INTERNAL_DECISION.name());
		CurrentUser mx = this.fixtures.user("field.mx");
		this.fixtures.answerAll(caseId, MethodStep.INTERNAL_DECISION, this.workflow, this.cases, this.questions);
		String link = "/cases/" + caseId;
		long decision = request(caseId, mx);
		assertThat(done("hq", link)).containsExactly(false);

		long version = this.jdbc.queryForObject("SELECT version FROM engagement_decision WHERE id = ?", Long.class,
				decision);
		this.workflow.decide(caseId, decision, version, DecisionStatus.RETURNED, "Say who the channel is.", false,
				this.fixtures.user("hq"));
		assertThat(done("hq", link)).containsExactly(true);
		assertThat(done("field.mx", link)).containsExactly(false);

		long requested = this.jdbc
			.queryForObject("SELECT n.id FROM notification n JOIN app_user u ON u.id = n.recipient_id "
					+ "WHERE u.username = 'hq' AND n.link = ?", Long.class, link);
		this.mvc.perform(get("/notifications").param("lang", "en").with(as(this.users, "hq")))
			.andExpect(content().string(allOf(containsString("Hide what is done"), matchesPattern(
					"(?s).*notification-done\">Decided</span>\\s*<a href=\"/notifications/" + requested + "\".*"))));
		this.mvc.perform(get("/notifications").param("lang", "es").with(as(this.users, "hq")))
			.andExpect(content().string(matchesPattern(
					"(?s).*notification-done\">Decidido</span>\\s*<a href=\"/notifications/" + requested + "\".*")));
		this.mvc.perform(get("/notifications").param("hideDone", "true").param("lang", "en").with(as(this.users, "hq")))
			.andExpect(content().string(allOf(containsString("Show what is done"),
					not(containsString("href=\"/notifications/" + requested + "\"")))));
		this.mvc.perform(get("/api/v1/notifications").param("hideDone", "true").with(as(this.users, "hq")))
			.andExpect(jsonPath("$.items[?(@.id == " + requested + ")]").isEmpty());

		// The team answers the return with a new request: its notice of the return is
		// done.
		request(caseId, mx);
		assertThat(done("field.mx", link)).containsExactly(true);
		assertThat(done("hq", link)).containsExactly(true, false);
	}

	@Test
	void aVersionHqReviewedIsDoneAndTheReturnIsDoneOnceTheTeamSendsItsAnswer() throws Exception {
		CurrentUser mx = this.fixtures.user("field.mx");
		long id = this.fixtures.aSubmittedAgreement(this.agreementWorkflow, mx);
		String link = "/agreements/" + id;
		assertThat(done("hq", link)).containsExactly(false);
		AgreementDetails.VersionView v = this.fixtures.latest(this.agreements, id, mx);
		this.agreementWorkflow.returnWith(id, v.id(), v.version(), "Name the checkpoints.", Map.of(),
				this.fixtures.user("hq"));
		assertThat(done("hq", link)).containsExactly(true);
		assertThat(done("field.mx", link)).containsExactly(false);
		// Another team's reviewer, or another case, is not touched.
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM notification WHERE subject = ? AND done_at IS NULL",
				Long.class, "agreement-returned:" + id))
			.isOne();
	}

	@Test
	void aCheckRecordedIsDoneForEveryoneWhoWasToldItFellDue() throws Exception {
		CurrentUser mx = this.fixtures.user("field.mx");
		long id = this.fixtures.aSubmittedAgreement(this.agreementWorkflow, mx);
		AgreementDetails.VersionView v = this.fixtures.latest(this.agreements, id, mx);
		this.agreementWorkflow.approve(id, v.id(), v.version(), null, this.fixtures.user("hq"));
		this.schedule.runOnce(LocalDate.of(2026, 10, 6));
		this.schedule.runOnce(LocalDate.of(2026, 10, 13));
		Map<String, Object> check = this.jdbc.queryForMap(
				"SELECT id, version FROM compliance_check WHERE agreement_id = ? AND due_on = '2026-10-06'", id);
		long checkId = ((Number) check.get("id")).longValue();
		String link = "/agreements/" + id + "#check-" + checkId;
		assertThat(done("field.mx", link)).containsExactly(false, false);
		assertThat(done("hq", link)).containsExactly(false);
		this.recording.recordCheck(checkId, ((Number) check.get("version")).longValue(),
				new CheckRecord(CheckResult.COMPLIED, "Seen at the checkpoint.", null, LocalDate.of(2026, 10, 13)),
				false, mx);
		assertThat(done("field.mx", link)).containsExactly(true, true);
		assertThat(done("hq", link)).containsExactly(true);
		this.mvc.perform(get("/notifications").param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(content().string(containsString("notification-done\">Recorded</span>")));
	}

	private long request(long caseId, CurrentUser mx) {
		return this.workflow.requestDecision(caseId, this.cases.get(caseId, mx).version(),
				new DecisionRequest("l", "i", "le", "s", "r", "level", "scope", null, "no payment",
						org.parley.negotiation.MandateFixtures.assessments(this.jdbc, caseId)),
				mx);
	}

	/**
	 * Whether each of a person's notifications leading to a link is done, oldest first.
	 */
	private List<Boolean> done(String username, String link) {
		return this.jdbc.queryForList(
				"SELECT n.done_at IS NOT NULL FROM notification n "
						+ "JOIN app_user u ON u.id = n.recipient_id WHERE u.username = ? AND n.link = ? ORDER BY n.id",
				Boolean.class, username, link);
	}

}
