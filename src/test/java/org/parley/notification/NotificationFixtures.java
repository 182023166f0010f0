package org.parley.notification;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.parley.support.ConfirmedAccounts;
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
import org.parley.identity.Role;
import org.parley.identity.UserAdministration;
import org.parley.shared.CurrentUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * CaseQueries, agreements and people for the notification tests: each test gets its own,
 * so what other tests notified does not count.
 */
final class NotificationFixtures {

	private final MockMvc mvc;

	private final UserDetailsService users;

	private final JdbcTemplate jdbc;

	private final UserAdministration administration;

	NotificationFixtures(MockMvc mvc, UserDetailsService users, JdbcTemplate jdbc, UserAdministration administration) {
		this.mvc = mvc;
		this.users = users;
		this.jdbc = jdbc;
		this.administration = administration;
	}

	long team(String name) {
		return this.jdbc.queryForObject("SELECT id FROM team WHERE name = ?", Long.class, name);
	}

	long guerrero() {
		return team("México – Guerrero");
	}

	/** A new enabled account that need not change its password. */
	String person(String prefix, Set<Role> roles, long... teams) {
		String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
		Set<Long> teamIds = new java.util.HashSet<>();
		for (long team : teams) {
			teamIds.add(team);
		}
		ConfirmedAccounts.create(this.administration, this.jdbc,
				new UserAdministration.NewUser(username, "Test " + prefix, EnumSet.copyOf(roles), teamIds));
		this.jdbc.update("UPDATE app_user SET must_change_password = false WHERE username = ?", username);
		return username;
	}

	CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	/** A case of the Guerrero team, opened by field.mx and moved to a step. */
	long aCaseAt(String step) throws Exception {
		long sierra = this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Cártel del Sierra Alta'",
				Long.class);
		String title = "Notification case " + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/cases").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("teamId", Long.toString(guerrero()))
				.param("title", title)
				.param("country", "MX")
				.param("groupIds", Long.toString(sierra))
				.param("objectiveType", "SAFE_PASSAGE")
				.param("priority", "HIGH"))
			.andExpect(status().is3xxRedirection());
		long caseId = this.jdbc.queryForObject("SELECT id FROM negotiation_case WHERE title = ?", Long.class, title);
		this.jdbc.update("UPDATE negotiation_case SET current_step = ? WHERE id = ?", step, caseId);
		return caseId;
	}

	/** A draft agreement with one weekly commitment (Tuesdays), valid from a day. */
	long aDraftAgreement(AgreementWorkflow agreements, long caseId, LocalDate from, CurrentUser author) {
		return agreements.create(caseId,
				new AgreementDraft("Notification agreement", FormOfAgreement.VERBAL, null, null, null, from, null,
						"Passage on the agreed day", null, Stage.IMPLEMENTATION, SigningStatus.VERBAL_OR_UNCLEAR,
						DisputeSettlement.NONE, List.of(new Party(PartyKind.ORGANISATION, null, "Our organisation")),
						List.of(new Commitment(null, "The group", "Safe passage", CommitmentCategory.SAFE_PASSAGE, null,
								Recurrence.WEEKLY, 2, "Parish reports"))),
				author);
	}

	/**
	 * An agreement of a new case at the agreement step, drafted and submitted by one
	 * person.
	 */
	long aSubmittedAgreement(AgreementWorkflow agreements, CurrentUser author) throws Exception {
		long id = aDraftAgreement(agreements, aCaseAt("AGREEMENT"), LocalDate.of(2026, 10, 1), author);
		java.util.Map<String, Object> v = this.jdbc
			.queryForMap("SELECT id, version FROM agreement_version WHERE agreement_id = ?", id);
		agreements.submit(id, ((Number) v.get("id")).longValue(), ((Number) v.get("version")).longValue(), author);
		return id;
	}

	AgreementDetails.VersionView latest(Agreements agreements, long agreementId, CurrentUser user) {
		return agreements.details(agreementId, user).latest();
	}

	/** Answers every guiding question of a step of the case, as field.mx. */
	void answerAll(long caseId, org.parley.negotiation.MethodStep step, org.parley.negotiation.CaseWorkflow workflow,
			org.parley.negotiation.CaseQueries cases, org.parley.negotiation.GuidingQuestions questions) {
		CurrentUser mx = user("field.mx");
		int set = this.jdbc.queryForObject("SELECT question_set_version FROM negotiation_case WHERE id = ?",
				Integer.class, caseId);
		List<org.parley.negotiation.Answer> answers = questions.version(set)
			.of(step)
			.stream()
			.map((q) -> new org.parley.negotiation.Answer(q.id(), "Considered with the head of office.", false))
			.toList();
		workflow.answer(caseId, cases.get(caseId, mx).version(), answers, mx);
	}

	/** The kinds of the notifications a person has that lead to a link, oldest first. */
	List<String> kinds(String username, String link) {
		return this.jdbc.queryForList("SELECT n.kind FROM notification n JOIN app_user u ON u.id = n.recipient_id "
				+ "WHERE u.username = ? AND n.link = ? ORDER BY n.id", String.class, username, link);
	}

}
