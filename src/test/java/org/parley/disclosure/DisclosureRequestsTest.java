package org.parley.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.RuleViolation;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The register on the real database: a request recorded by the team, assessed, decided by
 * HQ with its reason in the audit log, read only by the team's officers, reviewers and
 * auditors, linked only to the team's own records, listed by keyset within the reader's
 * teams, and guarded against a second editor.
 */
@IntegrationTest
class DisclosureRequestsTest {

	@Autowired
	DisclosureRequests requests;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	private JdbcTemplate jdbc;

	private long mexico;

	private long salvador;

	@BeforeEach
	void teams() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.mexico = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
		this.salvador = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'El Salvador'", Long.class);
	}

	@Test
	void theTeamRecordsAndAssessesAndHqDecidesWithTheReasonInTheAuditLog() {
		long clinic = caseOf(this.mexico);
		long id = this.requests.record(form(this.mexico, Set.of(clinic), "Names of the interlocutors"),
				user("field.mx"));
		this.requests.assess(id, 0, new AssessmentForm("Reprisals against the priest.", null), user("field.mx"));
		this.requests.decide(id, 1,
				new DecisionForm(DisclosureOutcome.REFUSED, "No court order; danger to the priest.", null, false),
				user("hq"));
		this.requests.close(id, 2, "Letter delivered.", user("field.mx"));

		DisclosureRequestView request = this.requests.get(id, user("auditor"));
		assertThat(request.state()).isEqualTo(RequestState.CLOSED);
		assertThat(request.decidedBy()).isEqualTo("hq");
		assertThat(request.assessedBy()).isEqualTo("field.mx");
		assertThat(request.recordedBy()).isEqualTo("field.mx");
		List<Map<String, Object>> entries = this.jdbc.queryForList(
				"SELECT actor, reason, case_id, team_id FROM audit_entry WHERE entity_type = 'DisclosureRequest' "
						+ "AND entity_id = ? ORDER BY seq",
				Long.toString(id));
		assertThat(entries).extracting((e) -> e.get("actor")).containsExactly("field.mx", "field.mx", "hq", "field.mx");
		assertThat(entries.get(2).get("reason")).isEqualTo("No court order; danger to the priest.");
		assertThat(entries).allSatisfy((e) -> {
			assertThat(((Number) e.get("team_id")).longValue()).isEqualTo(this.mexico);
			// one case concerned: filed under it, in the case's own history
			assertThat(((Number) e.get("case_id")).longValue()).isEqualTo(clinic);
		});
	}

	@Test
	void onlyAnHqReviewerOfTheTeamDecides() {
		long id = assessedRequest(this.mexico);

		assertThatThrownBy(() -> this.requests.decide(id, 1,
				new DecisionForm(DisclosureOutcome.REFUSED, "We refuse.", null, false), user("field.mx")))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.requests.get(id, user("hq")).state()).isEqualTo(RequestState.UNDER_ASSESSMENT);
	}

	@Test
	void anotherTeamsOfficerAndAnAdministratorDoNotFindTheRequest() {
		long id = this.requests.record(form(this.mexico, Set.of(), "Names"), user("field.mx"));

		assertThatThrownBy(() -> this.requests.get(id, user("field.sv")))
			.isInstanceOf(DisclosureRequestNotFoundException.class);
		assertThatThrownBy(() -> this.requests.get(id, user("admin")))
			.isInstanceOf(DisclosureRequestNotFoundException.class);
		assertThatThrownBy(() -> this.requests.assess(id, 0, new AssessmentForm("Risk", null), user("field.sv")))
			.isInstanceOf(DisclosureRequestNotFoundException.class);
		assertThat(ids(this.requests.page(DisclosureFilter.ALL, null, 100, user("field.sv")))).doesNotContain(id);
		assertThat(this.requests.page(DisclosureFilter.ALL, null, 100, user("admin")).items()).isEmpty();
		assertThat(this.requests.open(user("admin"), 10)).isEmpty();
	}

	@Test
	void anAuditorReadsButRecordsNothing() {
		long id = this.requests.record(form(this.mexico, Set.of(), "Names"), user("field.mx"));

		assertThat(this.requests.get(id, user("auditor")).requested()).isEqualTo("Names");
		assertThatThrownBy(() -> this.requests.record(form(this.mexico, Set.of(), "Names"), user("auditor")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.requests.assess(id, 0, new AssessmentForm("Risk", null), user("auditor")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aRequestConcernsOnlyRecordsOfItsOwnTeam() {
		long salvadorCase = caseOf(this.salvador);
		long salvadorInterlocutor = this.jdbc.queryForObject("SELECT min(id) FROM interlocutor WHERE team_id = ?",
				Long.class, this.salvador);

		assertRefused(() -> this.requests.record(form(this.mexico, Set.of(salvadorCase), "Names"), user("hq")),
				"caseIds", "disclosure.case.other-team");
		assertRefused(() -> this.requests.record(form(this.mexico, Set.of(salvadorCase), "Names"), user("field.mx")),
				"caseIds", "disclosure.case.unknown");
		assertRefused(() -> this.requests.record(
				new DisclosureRequestForm(this.mexico, LocalDate.now(), RequesterKind.POLICE, "Police", Channel.ORAL,
						LegalBasis.NONE_STATED, null, "Names", null, Set.of(), Set.of(), Set.of(salvadorInterlocutor)),
				user("hq")), "interlocutorIds", "disclosure.interlocutor.unknown");
		assertRefused(() -> this.requests.record(
				new DisclosureRequestForm(this.mexico, LocalDate.now(), RequesterKind.POLICE, "Police", Channel.ORAL,
						LegalBasis.NONE_STATED, null, "Names", null, Set.of(), Set.of(987654321L), Set.of()),
				user("hq")), "groupIds", "disclosure.group.unknown");
		assertRefused(() -> this.requests.record(form(this.salvador, Set.of(), "Names"), user("field.mx")), "teamId",
				"disclosure.team.not-yours");
	}

	@Test
	void theRegisterIsPagedByKeysetAndFilteredWithinTheReadersTeams() {
		for (int i = 0; i < 3; i++) {
			this.requests.record(new DisclosureRequestForm(this.salvador, LocalDate.of(2025, 1, 10 + i),
					RequesterKind.MEDIA, "Journalist " + i, Channel.EMAIL, LegalBasis.NONE_STATED, null,
					"Photos of patients", null, Set.of(), Set.of(), Set.of()), user("field.sv"));
		}
		DisclosureFilter media = new DisclosureFilter(RequestState.RECEIVED, RequesterKind.MEDIA);
		KeysetPage<DisclosureRequestView> first = this.requests.page(media, null, 2, user("hq"));
		KeysetPage<DisclosureRequestView> second = this.requests.page(media, first.nextCursor(), 100, user("hq"));

		assertThat(first.items()).hasSize(2);
		assertThat(first.hasNext()).isTrue();
		List<DisclosureRequestView> all = new java.util.ArrayList<>(first.items());
		all.addAll(second.items());
		assertThat(all).extracting(DisclosureRequestView::receivedOn)
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(all).allSatisfy((r) -> {
			assertThat(r.requesterKind()).isEqualTo(RequesterKind.MEDIA);
			assertThat(r.state()).isEqualTo(RequestState.RECEIVED);
		});
		assertThat(all).extracting(DisclosureRequestView::requesterName)
			.contains("Journalist 0", "Journalist 1", "Journalist 2");
		assertThat(this.requests.page(media, null, 100, user("field.mx")).items())
			.noneMatch((r) -> r.teamId() == this.salvador);
	}

	@Test
	void theOpenRequestsComeNearestDeadlineFirst() {
		LocalDate today = LocalDate.now();
		long later = this.requests.record(withDeadline(today.plusDays(30)), user("field.mx"));
		long sooner = this.requests.record(withDeadline(today.plusDays(1)), user("field.mx"));

		List<Long> open = this.requests.open(user("hq"), 100).stream().map(DisclosureRequestView::id).toList();

		assertThat(open).contains(sooner, later);
		assertThat(open.indexOf(sooner)).isLessThan(open.indexOf(later));
	}

	@Test
	void aSecondEditorWithAnOlderVersionIsRefused() {
		long id = this.requests.record(form(this.mexico, Set.of(), "Names"), user("field.mx"));
		this.requests.update(id, 0, form(this.mexico, Set.of(), "Names and addresses"), user("hq"));

		assertThatThrownBy(
				() -> this.requests.update(id, 0, form(this.mexico, Set.of(), "Names only"), user("field.mx")))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.requests.get(id, user("field.mx")).requested()).isEqualTo("Names and addresses");
	}

	@Test
	void theDemoHasARefusalAPartialDisclosureAndARequestWaitingForHq() {
		Map<String, String> outcomes = new java.util.HashMap<>();
		this.jdbc.query("SELECT requester_kind, coalesce(outcome, state) AS o FROM disclosure_request WHERE id <= 3",
				(row) -> {
					outcomes.put(row.getString("requester_kind"), row.getString("o"));
				});
		assertThat(outcomes).containsEntry("PROSECUTOR", "REFUSED")
			.containsEntry("DONOR", "DISCLOSED_IN_PART")
			.containsEntry("MIGRATION", "UNDER_ASSESSMENT");
	}

	private long assessedRequest(long team) {
		long id = this.requests.record(form(team, Set.of(), "Names"), user("hq"));
		this.requests.assess(id, 0, new AssessmentForm("Risk to the people named.", null), user("hq"));
		return id;
	}

	private DisclosureRequestForm form(long team, Set<Long> cases, String requested) {
		return new DisclosureRequestForm(team, LocalDate.of(2026, 2, 1), RequesterKind.PROSECUTOR,
				"State prosecutor (test)", Channel.WRITTEN, LegalBasis.LAW, "Code of criminal procedure", requested,
				LocalDate.of(2026, 2, 11), cases, Set.of(), Set.of());
	}

	private DisclosureRequestForm withDeadline(LocalDate deadline) {
		return new DisclosureRequestForm(this.mexico, LocalDate.now(), RequesterKind.POLICE, "Police", Channel.ORAL,
				LegalBasis.NONE_STATED, null, "Names", deadline, Set.of(), Set.of(), Set.of());
	}

	private long caseOf(long team) {
		return this.jdbc.queryForObject("SELECT min(id) FROM negotiation_case WHERE team_id = ?", Long.class, team);
	}

	private static List<Long> ids(KeysetPage<DisclosureRequestView> page) {
		return page.items().stream().map(DisclosureRequestView::id).toList();
	}

	private static void assertRefused(Runnable action, String field, String key) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, (violation) -> {
			assertThat(violation.messageKey()).isEqualTo(key);
			assertThat(violation.field()).isEqualTo(field);
		});
	}

	/** The user, signed in from now on: the audit log names who acted. */
	private CurrentUser user(String username) {
		UserDetails details = this.users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		return (CurrentUser) details;
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

}
