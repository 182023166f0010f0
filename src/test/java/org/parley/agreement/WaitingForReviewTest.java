package org.parley.agreement;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.agreement.internal.AgreementWorkflow;
import org.parley.shared.CurrentUser;
import org.parley.support.IntegrationTest;
import org.parley.support.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.parley.support.Users.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HQ's start page shows the agreements waiting longest for review, a page of them and how
 * many wait in all, read in a fixed number of queries: a team at scale has hundreds
 * waiting (issue 17: the page took 8 s when it loaded them all). The whole list is a page
 * of its own, read a keyset page at a time; only HQ reviewers have it.
 */
@IntegrationTest
class WaitingForReviewTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	Agreements agreements;

	@Autowired
	AgreementWorkflow workflow;

	@Test
	void hqSeesTheLongestWaitingFirstAPageOfThemAndHowManyWait() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		CurrentUser mx = AgreementFixtures.user(this.users, "field.mx");
		CurrentUser hq = AgreementFixtures.user(this.users, "hq");
		long before = this.agreements.countWaitingFor(hq);
		long first = submitted(jdbc, mx, "Waiting first");
		long second = submitted(jdbc, mx, "Waiting second");

		assertThat(this.agreements.countWaitingFor(hq)).isEqualTo(before + 2);
		List<Long> all = this.agreements.waitingFor(hq).stream().map(Agreements.Waiting::agreementId).toList();
		assertThat(all).containsSubsequence(first, second);
		// A page of them, longest waiting first, as the whole list orders them.
		List<Long> page = this.agreements.oldestWaitingFor(hq, all.size() - 1)
			.stream()
			.map(Agreements.Waiting::agreementId)
			.toList();
		assertThat(page).isEqualTo(all.subList(0, all.size() - 1));
		// Whoever submitted a version does not review it.
		assertThat(this.agreements.oldestWaitingFor(mx, 100)).isEmpty();
		assertThat(this.agreements.countWaitingFor(mx)).isZero();

		// A fixed number of queries whatever the number waiting: the page of ids, the
		// agreements with their versions, and their parties, commitments and comments in
		// batches.
		List<String> statements = StatementCounter.record(() -> {
			this.agreements.oldestWaitingFor(hq, 20);
		});
		assertThat(StatementCounter.selects(statements)).as(String.join("\n", statements)).hasSizeLessThanOrEqualTo(5);

		this.mvc.perform(get("/").with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Waiting second")))
			.andExpect(content().string(containsString(">" + (before + 2) + "</span>")));
		// The whole list, a page at a time: every one once, in the same order.
		List<Long> paged = new java.util.ArrayList<>();
		String cursor = null;
		do {
			org.parley.shared.KeysetPage<Agreements.Waiting> one = this.agreements.waitingPage(hq, cursor, 1);
			one.items().forEach((w) -> paged.add(w.agreementId()));
			cursor = one.nextCursor();
		}
		while (cursor != null);
		assertThat(paged).isEqualTo(all);
		assertThat(this.agreements.waitingPage(mx, null, 10).items()).isEmpty();
		this.mvc.perform(get("/agreements/waiting").param("lang", "es").with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Acuerdos que esperan su revisión")))
			.andExpect(content().string(containsString("/agreements/" + second + "#review")));
		this.mvc.perform(get("/agreements/waiting").with(as(this.users, "field.mx"))).andExpect(status().isForbidden());

		// Out of the way of other tests: approved, then retired.
		for (long id : List.of(first, second)) {
			AgreementDetails.VersionView v = this.agreements.details(id, hq).latest();
			this.workflow.approve(id, v.id(), v.version(), "Within the mandate", hq);
			AgreementFixtures.retire(jdbc, id);
		}
	}

	private long submitted(JdbcTemplate jdbc, CurrentUser officer, String title) throws Exception {
		long caseId = AgreementFixtures.aCaseAtTheAgreementStep(this.mvc, this.users, jdbc);
		long id = this.workflow.create(caseId,
				new AgreementDraft(title, FormOfAgreement.VERBAL, null, null, null, LocalDate.of(2026, 9, 1), null,
						"Passage on Tuesdays", null, Stage.IMPLEMENTATION, SigningStatus.VERBAL_OR_UNCLEAR,
						DisputeSettlement.NONE, List.of(new Party(PartyKind.ORGANISATION, null, "Our organisation")),
						List.of(new Commitment(null, "The group", "Safe passage", CommitmentCategory.SAFE_PASSAGE, null,
								Recurrence.WEEKLY, 2, "Parish reports"))),
				officer);
		AgreementDetails.VersionView v = this.agreements.details(id, officer).latest();
		this.workflow.submit(id, v.id(), v.version(), officer);
		return id;
	}

}
