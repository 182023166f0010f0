package org.parley.notification;

import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseWorkflow;
import org.parley.negotiation.DecisionStatus;
import org.parley.negotiation.GuidingQuestions;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.casefile.ClosureOutcome;
import org.parley.negotiation.MandateFixtures;
import org.parley.negotiation.casefile.DecisionRequest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.agreement.AgreementDetails;
import org.parley.agreement.Agreements;
import org.parley.agreement.internal.AgreementWorkflow;
import org.parley.agreement.monitoring.ObligationSchedule;
import org.parley.identity.Role;
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
import static org.hamcrest.Matchers.not;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who hears of what: reviews go to the team's HQ reviewers who did not write the version,
 * answers go back to who asked, a check due is announced once however often the scheduler
 * runs, and each inbox is its owner's alone.
 */
@IntegrationTest
class NotificationsTest {

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
	ObligationSchedule schedule;

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	CaseQueries cases;

	@Autowired
	GuidingQuestions questions;

	@Autowired
	Inbox inbox;

	@Autowired
	MailProperties mail;

	@Autowired
	org.springframework.beans.factory.ObjectProvider<org.springframework.mail.javamail.JavaMailSender> mailSender;

	private JdbcTemplate jdbc;

	private NotificationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.fixtures = new NotificationFixtures(this.mvc, this.users, this.jdbc, this.administration);
	}

	@Test
	void aSubmittedAgreementGoesToTheTeamsHqReviewersButNotToItsAuthorNorToAnotherTeamsReviewer() throws Exception {
		long guerrero = this.fixtures.guerrero();
		String author = this.fixtures.person("both", EnumSet.of(Role.FIELD_OFFICER, Role.HQ_REVIEWER), guerrero);
		String otherTeamReviewer = this.fixtures.person("hq.sv", EnumSet.of(Role.HQ_REVIEWER),
				this.fixtures.team("El Salvador"));
		CurrentUser writer = this.fixtures.user(author);
		long id = this.fixtures.aSubmittedAgreement(this.agreementWorkflow, writer);

		String link = "/agreements/" + id;
		assertThat(this.fixtures.kinds("hq", link)).containsExactly("AGREEMENT_SUBMITTED");
		assertThat(this.fixtures.kinds(author, link)).isEmpty();
		assertThat(this.fixtures.kinds(otherTeamReviewer, link)).isEmpty();
		assertThat(this.fixtures.kinds("field.mx", link)).isEmpty();
		// Written in the transaction of the submission, the audit listener recorded it.
		assertThat(this.jdbc
			.queryForObject("SELECT count(*) FROM audit_entry a JOIN notification n ON a.entity_id = n.id::text "
					+ "JOIN app_user u ON u.id = n.recipient_id WHERE a.entity_type = 'Notification' "
					+ "AND a.action = 'CREATE' AND n.link = ? AND u.username = 'hq'", Long.class, link))
			.isOne();

		// HQ returns it: its author hears it, the reviewer does not hear of their own
		// act.
		AgreementDetails.VersionView v = this.fixtures.latest(this.agreements, id, writer);
		this.agreementWorkflow.returnWith(id, v.id(), v.version(), "Name the checkpoints.", Map.of(),
				this.fixtures.user("hq"));
		assertThat(this.fixtures.kinds(author, link)).containsExactly("AGREEMENT_RETURNED");
		assertThat(this.fixtures.kinds("hq", link)).containsExactly("AGREEMENT_SUBMITTED");
		this.mvc.perform(get("/notifications").param("lang", "en").with(as(this.users, author)))
			.andExpect(content().string(containsString("HQ returned agreement #" + id + ", version 1, with comments.")))
			.andExpect(content().string(containsString("notification-unread")));
		this.mvc.perform(get("/notifications").param("lang", "es").with(as(this.users, author)))
			.andExpect(content().string(containsString("La sede devolvió el acuerdo n.º " + id + ", versión 1")));
	}

	@Test
	void aRequestToEngageGoesToHqAndTheAnswerComesBackToWhoAsked() throws Exception {
		long caseId = aCaseWithAnswersAt(MethodStep.INTERNAL_DECISION);
		CurrentUser mx = this.fixtures.user("field.mx");
		long decision = this.workflow.requestDecision(caseId, this.cases.get(caseId, mx).version(),
				DecisionRequest.of("l", "i", "le", "s", "r", "level", "scope", null, "no payment")
					.withAssessments(MandateFixtures.assessments(this.jdbc, caseId)),
				mx);
		String link = "/cases/" + caseId;
		assertThat(this.fixtures.kinds("hq", link)).containsExactly("DECISION_REQUESTED");
		assertThat(this.fixtures.kinds("field.mx", link)).isEmpty();
		assertThat(this.fixtures.kinds("field.sv", link)).isEmpty();

		long version = this.jdbc.queryForObject("SELECT version FROM engagement_decision WHERE id = ?", Long.class,
				decision);
		this.workflow.decide(caseId, decision, version, DecisionStatus.RETURNED, "Say who the channel is.", false,
				this.fixtures.user("hq"));
		assertThat(this.fixtures.kinds("field.mx", link)).containsExactly("DECISION_TAKEN");
		assertThat(this.fixtures.kinds("hq", link)).containsExactly("DECISION_REQUESTED");
	}

	@Test
	void aClosureToConfirmGoesToHqAndItsReturnBackToWhoAsked() throws Exception {
		long caseId = aCaseWithAnswersAt(MethodStep.CLOSURE);
		CurrentUser mx = this.fixtures.user("field.mx");
		this.workflow.requestClosure(caseId, this.cases.get(caseId, mx).version(), ClosureOutcome.NO_AGREEMENT,
				"Go in with the parish from the start.", mx);
		String link = "/cases/" + caseId + "/steps/closure";
		assertThat(this.fixtures.kinds("hq", link)).containsExactly("CLOSURE_REQUESTED");
		assertThat(this.fixtures.kinds("field.mx", link)).isEmpty();

		this.workflow.returnClosure(caseId, this.cases.get(caseId, mx).version(), "Add what the parish said.",
				this.fixtures.user("hq"));
		// Returned, asked again, confirmed: each answer reaches who asked.
		this.workflow.requestClosure(caseId, this.cases.get(caseId, mx).version(), ClosureOutcome.NO_AGREEMENT,
				"Go in with the parish from the start.", mx);
		this.workflow.confirmClosure(caseId, this.cases.get(caseId, mx).version(), null, this.fixtures.user("hq"));
		assertThat(this.fixtures.kinds("field.mx", link)).containsExactly("CLOSURE_RETURNED", "CLOSURE_CONFIRMED");
		assertThat(this.fixtures.kinds("hq", link)).containsExactly("CLOSURE_REQUESTED", "CLOSURE_REQUESTED");
	}

	@Test
	void aCheckDueIsAnnouncedOnceAcrossSchedulerRunsAndOverdueAlsoToHq() throws Exception {
		CurrentUser mx = this.fixtures.user("field.mx");
		long id = this.fixtures.aSubmittedAgreement(this.agreementWorkflow, mx);
		AgreementDetails.VersionView v = this.fixtures.latest(this.agreements, id, mx);
		this.agreementWorkflow.approve(id, v.id(), v.version(), null, this.fixtures.user("hq"));

		// Tuesday 6 October 2026: the first weekly check falls due.
		this.schedule.runOnce(LocalDate.of(2026, 10, 6));
		this.schedule.runOnce(LocalDate.of(2026, 10, 6));
		long check = this.jdbc.queryForObject(
				"SELECT id FROM compliance_check WHERE agreement_id = ? AND due_on = '2026-10-06'", Long.class, id);
		String link = "/agreements/" + id + "#check-" + check;
		assertThat(this.fixtures.kinds("field.mx", link)).containsExactly("CHECK_DUE");
		assertThat(this.fixtures.kinds("field.sv", link)).isEmpty();
		assertThat(this.fixtures.kinds("hq", link)).isEmpty();
		assertThat(
				this.jdbc.queryForObject(
						"SELECT count(*) FROM notification n JOIN app_user u ON u.id = n.recipient_id "
								+ "WHERE u.username = 'field.mx' AND n.dedupe_key = ?",
						Long.class, "check-due:" + check))
			.isOne();

		// Its three-day window ends unrecorded: overdue, for HQ too, once.
		this.schedule.runOnce(LocalDate.of(2026, 10, 13));
		this.schedule.runOnce(LocalDate.of(2026, 10, 13));
		assertThat(this.fixtures.kinds("field.mx", link)).containsExactly("CHECK_DUE", "CHECK_OVERDUE");
		assertThat(this.fixtures.kinds("hq", link)).containsExactly("CHECK_OVERDUE");
	}

	@Test
	void aBreachedAgreementIsToldToTheTeamAndHqButNotToWhoMarkedIt() throws Exception {
		CurrentUser mx = this.fixtures.user("field.mx");
		long id = this.fixtures.aSubmittedAgreement(this.agreementWorkflow, mx);
		AgreementDetails.VersionView v = this.fixtures.latest(this.agreements, id, mx);
		this.agreementWorkflow.approve(id, v.id(), v.version(), null, this.fixtures.user("hq"));
		long version = this.jdbc.queryForObject("SELECT version FROM agreement WHERE id = ?", Long.class, id);
		this.agreementWorkflow.move(id, version, org.parley.agreement.AgreementStatus.BREACHED,
				"Armed men at the clinic on Tuesday", mx);
		String link = "/agreements/" + id;
		assertThat(this.fixtures.kinds("hq", link)).contains("AGREEMENT_STATUS_CHANGED");
		assertThat(this.fixtures.kinds("field.mx", link)).doesNotContain("AGREEMENT_STATUS_CHANGED");
		assertThat(this.fixtures.kinds("field.sv", link)).isEmpty();
		this.mvc.perform(get("/notifications").param("lang", "es").with(as(this.users, "hq")))
			.andExpect(content().string(allOf(containsString("El acuerdo n.º " + id + " ahora está: Incumplido."),
					containsString("notification-subject\">Notification agreement<"))));
		// Another team's reviewer of the same person would not see the title: the inbox
		// names what the reader may read today, nothing more.
		this.mvc.perform(get("/notifications").param("lang", "es").with(as(this.users, "field.sv")))
			.andExpect(content().string(not(containsString("Notification agreement"))));
	}

	@Test
	void theHeaderCountsUnreadNotificationsAndOpeningOneMarksItReadAndLeadsToItsPage() throws Exception {
		String reader = this.fixtures.person("reader", EnumSet.of(Role.HQ_REVIEWER), this.fixtures.guerrero());
		long readerId = this.fixtures.user(reader).id();
		deliver(readerId, "/cases/1");
		deliver(readerId, "/cases/2");
		assertThat(unreadInHeader(reader)).isEqualTo(2);

		long newest = this.inbox.page(this.fixtures.user(reader), null, 10).items().get(0).id();
		this.mvc.perform(get("/notifications/" + newest).with(as(this.users, reader)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/2"));
		assertThat(unreadInHeader(reader)).isEqualTo(1);

		this.mvc.perform(post("/notifications/read-all").with(as(this.users, reader)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/").param("lang", "en").with(as(this.users, reader)))
			.andExpect(content().string(not(containsString("id=\"inbox-count\""))))
			.andExpect(content().string(containsString("aria-label=\"Inbox\"")));
	}

	@Test
	void nobodyOpensAnotherPersonsNotificationNorSeesItInTheirList() throws Exception {
		String owner = this.fixtures.person("owner", EnumSet.of(Role.FIELD_OFFICER), this.fixtures.guerrero());
		String other = this.fixtures.person("other", EnumSet.of(Role.FIELD_OFFICER), this.fixtures.guerrero());
		deliver(this.fixtures.user(owner).id(), "/cases/3");
		long id = this.inbox.page(this.fixtures.user(owner), null, 10).items().get(0).id();

		this.mvc.perform(get("/notifications/" + id).with(as(this.users, other))).andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/notifications/" + id + "/read").with(as(this.users, other)).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		this.mvc.perform(get("/api/v1/notifications").with(as(this.users, other)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty());
		assertThat(this.jdbc.queryForObject("SELECT read_at IS NULL FROM notification WHERE id = ?", Boolean.class, id))
			.isTrue();

		this.mvc.perform(get("/api/v1/notifications").param("size", "1").with(as(this.users, owner)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].messageKey").value("notification.message.DECISION_REQUESTED"))
			.andExpect(jsonPath("$.items[0].readAt").isEmpty());
		this.mvc.perform(post("/api/v1/notifications/" + id + "/read").with(as(this.users, owner)).with(csrf()))
			.andExpect(status().isNoContent());
		assertThat(this.jdbc.queryForObject("SELECT read_at IS NULL FROM notification WHERE id = ?", Boolean.class, id))
			.isFalse();
	}

	@Test
	void anAdministratorGivesAUserTheAddressNotificationEMailsGoTo() throws Exception {
		String person = this.fixtures.person("addressed", EnumSet.of(Role.FIELD_OFFICER), this.fixtures.guerrero());
		long id = this.fixtures.user(person).id();
		long version = this.administration.get(id).getVersion();
		this.mvc
			.perform(post("/admin/users/" + id).with(as(this.users, "admin"))
				.with(csrf())
				.param("lang", "en")
				.param("displayName", "Test addressed")
				.param("email", "not an address")
				.param("roles", "FIELD_OFFICER")
				.param("version", Long.toString(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter an e-mail address such as name@example.org.")))
			.andExpect(content().string(containsString("not an address")));
		this.mvc
			.perform(post("/admin/users/" + id).with(as(this.users, "admin"))
				.with(csrf())
				.param("displayName", "Test addressed")
				.param("email", person + "@example.org")
				.param("roles", "FIELD_OFFICER")
				.param("teamIds", Long.toString(this.fixtures.guerrero()))
				.param("version", Long.toString(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.administration.get(id).getEmail()).isEqualTo(person + "@example.org");
	}

	@Test
	void theInboxPagesNewestFirstWithACursor() throws Exception {
		String reader = this.fixtures.person("pager", EnumSet.of(Role.FIELD_OFFICER), this.fixtures.guerrero());
		long readerId = this.fixtures.user(reader).id();
		for (int i = 1; i <= 3; i++) {
			deliver(readerId, "/cases/" + i);
		}
		CurrentUser user = this.fixtures.user(reader);
		var first = this.inbox.page(user, null, 2);
		assertThat(first.items()).extracting(NotificationView::link).containsExactly("/cases/3", "/cases/2");
		var second = this.inbox.page(user, first.nextCursor(), 2);
		assertThat(second.items()).extracting(NotificationView::link).containsExactly("/cases/1");
		assertThat(second.hasNext()).isFalse();
	}

	@Test
	void eMailIsOffByDefaultSoAReviewerWithAnAddressIsToldOnlyInTheInbox() throws Exception {
		assertThat(this.mail.enabled()).isFalse();
		assertThat(this.mailSender.getIfAvailable()).isNull();
		String reviewer = this.fixtures.person("unmailed", EnumSet.of(Role.HQ_REVIEWER), this.fixtures.guerrero());
		this.jdbc.update("UPDATE app_user SET email = ? WHERE username = ?", reviewer + "@example.org", reviewer);
		long id = this.fixtures.aSubmittedAgreement(this.agreementWorkflow, this.fixtures.user("field.mx"));
		assertThat(this.fixtures.kinds(reviewer, "/agreements/" + id)).containsExactly("AGREEMENT_SUBMITTED");
	}

	private void deliver(long recipientId, String link) {
		this.inbox.deliver(new Inbox.Recipient(recipientId, null, "en"), null, NotificationKind.DECISION_REQUESTED,
				List.of("7"), link, null);
	}

	private long unreadInHeader(String username) throws Exception {
		String page = this.mvc.perform(get("/").param("lang", "en").with(as(this.users, username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher count = Pattern.compile("id=\"inbox-count\"[^>]*>(\\d+)<").matcher(page);
		assertThat(page).contains("aria-label=\"Inbox, ");
		return count.find() ? Long.parseLong(count.group(1)) : 0;
	}

	/** A case of field.mx's team at a step, its questions answered. */
	private long aCaseWithAnswersAt(MethodStep step) throws Exception {
		long caseId = this.fixtures.aCaseAt(step.name());
		this.fixtures.answerAll(caseId, step, this.workflow, this.cases, this.questions);
		return caseId;
	}

}
