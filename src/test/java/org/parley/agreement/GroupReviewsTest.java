package org.parley.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.shared.CurrentUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

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
 * Continued monitoring of the groups: each registry group that is a party to an agreement
 * in force is reviewed every month after HQ approved it, scheduled like compliance
 * checks, overdue for HQ when unrecorded, and recorded only by the team's field officers.
 */
class GroupReviewsTest extends AgreementIntegrationTest {

	private JdbcTemplate jdbc;

	private long caseId;

	private long sierra;

	@BeforeEach
	void aCaseAtTheAgreementStep() throws Exception {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.sierra = this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Cártel del Sierra Alta'",
				Long.class);
		this.caseId = AgreementFixtures.aCaseAtTheAgreementStep(this.mvc, this.users, this.jdbc);
	}

	@Test
	void eachGroupPartyIsReviewedMonthlyFromTheMonthAfterApprovalAndASecondRunAddsNothing() {
		// Valid from 31 January, approved on 10 March: the first review is on the 31st of
		// March, then at the end of each month, without drifting to the 28th or the 30th.
		long id = inForce(LocalDate.of(2026, 1, 31), "2026-03-10 12:00:00-06");
		this.schedule.scheduleReviews(LocalDate.of(2026, 6, 25));
		assertThat(dueDates(id)).containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30),
				LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30));
		// Only the registry group is reviewed: not the organisation nor the municipality.
		assertThat(this.jdbc.queryForList("SELECT DISTINCT group_id FROM group_review WHERE agreement_id = ?",
				Long.class, id))
			.containsExactly(this.sierra);
		assertThat(this.schedule.scheduleReviews(LocalDate.of(2026, 6, 25))).isZero();
		// Suspended: nothing more is scheduled meanwhile.
		this.jdbc.update("UPDATE agreement SET status = 'SUSPENDED' WHERE id = ?", id);
		this.schedule.scheduleReviews(LocalDate.of(2026, 8, 25));
		assertThat(dueDates(id)).hasSize(4);
	}

	@Test
	void anUnrecordedReviewIsOverdueForHqUntilTheTeamRecordsIt() throws Exception {
		long id = inForce(LocalDate.of(2026, 1, 15), "2026-01-20 12:00:00-06");
		this.schedule.scheduleReviews(LocalDate.of(2026, 3, 5));
		long review = this.jdbc.queryForObject(
				"SELECT id FROM group_review WHERE agreement_id = ? AND due_on = '2026-02-15'", Long.class, id);
		// Its window ended on 1 March: overdue on HQ's start page, to record on the
		// officer's.
		this.mvc.perform(get("/").param("lang", "en").with(as(this.users, "hq")))
			.andExpect(content()
				.string(allOf(containsString("Overdue reviews of groups"), containsString("#review-" + review))));
		this.mvc.perform(get("/").param("lang", "es").with(as(this.users, "field.mx")))
			.andExpect(content().string(
					allOf(containsString("Revisiones de grupos por registrar"), containsString("#review-" + review))));

		// Without leadership: refused at the field, what was typed comes back.
		MvcResult refused = this.mvc
			.perform(post("/agreements/" + id + "/reviews/" + review).with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "en")
				.param("version", "0")
				.param("stance", "HOSTILE")
				.param("reviewedOn", "2026-03-02")
				.param("tactics", "New checkpoint on the river road"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		this.mvc
			.perform(get("/agreements/" + id).param("lang", "en")
				.with(as(this.users, "field.mx"))
				.flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(allOf(containsString("New checkpoint on the river road"),
					containsString("is-invalid"), containsString("record-review"))));
		assertThat(this.jdbc.queryForObject("SELECT stance FROM group_review WHERE id = ?", String.class, review))
			.isNull();

		// Dated before it fell due: refused at the date, in the reader's language.
		MvcResult early = this.mvc
			.perform(post("/agreements/" + id + "/reviews/" + review).with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "es")
				.param("version", "0")
				.param("stance", "HOSTILE")
				.param("leadership", "El Tigre")
				.param("reviewedOn", "2026-02-10"))
			.andReturn();
		assertThat((java.util.Map<Object, Object>) early.getFlashMap().get("reviewErrors")).containsEntry("reviewedOn",
				"Una revisión no puede tener fecha anterior a su vencimiento.");

		// The auditor reads but cannot record; another team does not see it.
		record(id, review, "auditor").andExpect(status().isForbidden());
		record(id, review, "field.sv").andExpect(status().isNotFound());

		record(id, review, "field.mx").andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForMap("SELECT stance, control, recorded_by, reassess FROM group_review WHERE id = ?",
				review))
			.containsEntry("stance", "HOSTILE")
			.containsEntry("control", "CONTESTED")
			.containsEntry("recorded_by", "field.mx")
			.containsEntry("reassess", true);
		assertThat(this.obligations.overdueReviews(user("hq"))).noneMatch((r) -> r.id() == review);
		this.mvc.perform(get("/agreements/" + id).param("lang", "en").with(as(this.users, "hq")))
			.andExpect(content().string(allOf(containsString("El Tigre was arrested; his brother decides now"),
					containsString("/steps/understanding-the-group"),
					not(containsString("/reviews/" + review + "\"")))));
		// A second recording is refused with a message, not an error page.
		MvcResult again = record(id, review, "field.mx", 1).andReturn();
		assertThat(again.getFlashMap().get("reviewErrors").toString()).contains("recorded already");
	}

	@Test
	void aReviewDueIsAnnouncedOnceToTheTeamAndOnceOverdueToHqToo() {
		long id = inForce(LocalDate.of(2026, 1, 15), "2026-01-20 12:00:00-06");
		this.schedule.runOnce(LocalDate.of(2026, 2, 16));
		this.schedule.runOnce(LocalDate.of(2026, 2, 16));
		long review = this.jdbc.queryForObject(
				"SELECT id FROM group_review WHERE agreement_id = ? AND due_on = '2026-02-15'", Long.class, id);
		String link = "/agreements/" + id + "#review-" + review;
		assertThat(kinds("field.mx", link)).containsExactly("REVIEW_DUE");
		assertThat(kinds("hq", link)).isEmpty();
		assertThat(kinds("field.sv", link)).isEmpty();
		// Its two weeks end unrecorded: overdue, for HQ too, once however often the run.
		this.schedule.runOnce(LocalDate.of(2026, 3, 5));
		this.schedule.runOnce(LocalDate.of(2026, 3, 5));
		assertThat(kinds("field.mx", link)).containsExactly("REVIEW_DUE", "REVIEW_OVERDUE");
		assertThat(kinds("hq", link)).containsExactly("REVIEW_OVERDUE");
		AgreementFixtures.retire(this.jdbc, id);
	}

	private List<String> kinds(String username, String link) {
		return this.jdbc.queryForList("SELECT n.kind FROM notification n JOIN app_user u ON u.id = n.recipient_id "
				+ "WHERE u.username = ? AND n.link = ? ORDER BY n.id", String.class, username, link);
	}

	private org.springframework.test.web.servlet.ResultActions record(long id, long review, String username)
			throws Exception {
		return record(id, review, username, 0);
	}

	private org.springframework.test.web.servlet.ResultActions record(long id, long review, String username,
			long version) throws Exception {
		return this.mvc.perform(post("/agreements/" + id + "/reviews/" + review).with(as(this.users, username))
			.with(csrf())
			.param("lang", "en")
			.param("version", Long.toString(version))
			.param("stance", "HOSTILE")
			.param("control", "CONTESTED")
			.param("leadership", "El Tigre was arrested; his brother decides now")
			.param("reassess", "true")
			.param("reviewedOn", "2026-03-02"));
	}

	private long inForce(LocalDate from, String approvedAt) {
		CurrentUser mx = user("field.mx");
		long id = this.workflow.create(this.caseId,
				new AgreementDraft("Reviewed agreement", FormOfAgreement.TRUCE_OR_COVENANT, null, null, null, from,
						null, "Passage on the agreed day", null, Stage.IMPLEMENTATION, SigningStatus.VERBAL_OR_UNCLEAR,
						DisputeSettlement.NONE,
						List.of(new Party(PartyKind.ORGANISATION, null, "Our organisation"),
								new Party(PartyKind.ARMED_GROUP, this.sierra, null),
								new Party(PartyKind.OTHER, null, "Municipality of Tlapa")),
						List.of(new Commitment(null, "The group", "Safe passage", CommitmentCategory.SAFE_PASSAGE,
								from.plusDays(1), Recurrence.NONE, null, "Parish reports"))),
				mx);
		AgreementDetails.VersionView v = this.agreements.details(id, mx).latest();
		this.workflow.submit(id, v.id(), v.version(), mx);
		v = this.agreements.details(id, mx).latest();
		this.workflow.approve(id, v.id(), v.version(), null, user("hq"));
		this.jdbc.update("UPDATE agreement_version SET reviewed_at = ?::timestamptz WHERE agreement_id = ?", approvedAt,
				id);
		return id;
	}

	private List<LocalDate> dueDates(long agreementId) {
		return this.jdbc.queryForList("SELECT due_on FROM group_review WHERE agreement_id = ? ORDER BY due_on",
				LocalDate.class, agreementId);
	}

	private CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
