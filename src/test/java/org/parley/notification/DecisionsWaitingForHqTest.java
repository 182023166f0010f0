package org.parley.notification;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.identity.UserAdministration;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseWorkflow;
import org.parley.negotiation.casefile.DecisionRequest;
import org.parley.negotiation.GuidingQuestions;
import org.parley.negotiation.MandateFixtures;
import org.parley.negotiation.MethodStep;
import org.parley.shared.CurrentUser;
import org.parley.support.IntegrationTest;

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
 * HQ's start page lists the requests to engage that have waited longest, a page of them,
 * and how many wait in all, with a link to the cases at the decision step: at the size of
 * a large organisation a team has thousands waiting, and the page drew every one of them
 * (issue 17: 570 KB of HTML and 8 s under load).
 */
@IntegrationTest
class DecisionsWaitingForHqTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	UserAdministration administration;

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	CaseQueries cases;

	@Autowired
	GuidingQuestions questions;

	@Test
	void hqSeesTheOldestRequestsAPageOfThemAndHowManyWait() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		NotificationFixtures fixtures = new NotificationFixtures(this.mvc, this.users, jdbc, this.administration);
		CurrentUser mx = fixtures.user("field.mx");
		CurrentUser hq = fixtures.user("hq");
		long before = this.cases.countDecisionsWaitingFor(hq);
		long first = requested(fixtures, mx);
		long second = requested(fixtures, mx);

		assertThat(this.cases.countDecisionsWaitingFor(hq)).isEqualTo(before + 2);
		assertThat(this.cases.countDecisionsWaitingFor(mx)).as("whoever asked does not decide").isZero();
		List<Long> all = ids(this.cases.decisionsWaitingFor(hq, 1000));
		assertThat(all).containsSubsequence(first, second);
		assertThat(ids(this.cases.decisionsWaitingFor(hq, all.size() - 1)))
			.as("a page of them, the longest waiting first")
			.isEqualTo(all.subList(0, all.size() - 1));

		this.mvc.perform(get("/").param("lang", "en").with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/cases/" + first + "#decision")))
			.andExpect(content().string(containsString(">" + (before + 2) + "</span>")));
	}

	private long requested(NotificationFixtures fixtures, CurrentUser officer) throws Exception {
		long caseId = fixtures.aCaseAt(MethodStep.INTERNAL_DECISION.name());
		fixtures.answerAll(caseId, MethodStep.INTERNAL_DECISION, this.workflow, this.cases, this.questions);
		this.workflow
			.requestDecision(caseId, this.cases.get(caseId, officer).version(),
					DecisionRequest.of("l", "i", "le", "s", "r", "level", "scope", null, "no payment")
						.withAssessments(MandateFixtures.assessments(new JdbcTemplate(this.dataSource), caseId)),
					officer);
		return caseId;
	}

	private static List<Long> ids(List<CaseQueries.PendingDecision> decisions) {
		return decisions.stream().map(CaseQueries.PendingDecision::caseId).toList();
	}

}
