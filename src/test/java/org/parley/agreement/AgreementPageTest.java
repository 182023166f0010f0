package org.parley.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.agreement.internal.ImplementationScores;
import org.parley.agreement.internal.AgreementWorkflow;
import org.parley.shared.CurrentUser;
import org.parley.support.HistoryText;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The agreement page: HQ reviews a revision commitment by commitment against the version
 * in force, and reads the implementation scores as a chart with the same figures in a
 * table.
 */
@IntegrationTest
class AgreementPageTest {

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

	@Autowired
	ImplementationScores scores;

	private long agreementId;

	private CurrentUser mx;

	@BeforeEach
	void anAgreementInForce() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long caseId = AgreementFixtures.aCaseAtTheAgreementStep(this.mvc, this.users, jdbc);
		this.agreementId = AgreementFixtures.inForce(this.workflow, this.agreements, this.users, caseId,
				LocalDate.of(2026, 9, 1), null, Recurrence.WEEKLY, 2);
		this.mx = AgreementFixtures.user(this.users, "field.mx");
	}

	@AfterEach
	void retireTheAgreement() {
		AgreementFixtures.retire(new JdbcTemplate(this.dataSource), this.agreementId);
	}

	@Test
	void hqReviewsARevisionCommitmentByCommitmentAgainstTheVersionInForce() throws Exception {
		this.workflow.revise(this.agreementId, this.agreements.details(this.agreementId, this.mx).version(), this.mx);
		AgreementDetails.VersionView open = this.agreements.details(this.agreementId, this.mx).open();
		AgreementDraft was = open.content();
		Commitment passage = was.commitments().get(0);
		List<Commitment> commitments = new ArrayList<>();
		commitments.add(new Commitment(passage.key(), passage.owedBy(), "Safe passage for the mobile clinic",
				passage.category(), null, passage.recurrence(), passage.recurrenceDay(), passage.verification()));
		commitments.add(new Commitment(null, "The organisation", "Announce each passage a day ahead",
				CommitmentCategory.OTHER, null, Recurrence.WEEKLY, 1, "Messages kept"));
		this.workflow.update(this.agreementId, open.id(), open.version(),
				new AgreementDraft(was.title(), was.form(), was.scopeArea(), was.scopePopulation(),
						was.scopeActivities(), was.validFrom(), was.validTo(), "Passage for the mobile clinic",
						was.fullText(), was.stage(), was.signingStatus(), was.disputeSettlement(), was.parties(),
						commitments),
				this.mx);
		this.mvc.perform(get("/agreements/" + this.agreementId).param("lang", "en").with(as(this.users, "hq")))
			.andExpect(content().string(allOf(containsString("Version 1 and version 2 side by side"),
					containsString("class=\"commitment-changed table-warning\""),
					containsString("class=\"commitment-added table-success\""),
					containsString("class=\"diff-changed\">Safe passage for the mobile clinic<"),
					containsString(">Safe passage<"), containsString("Announce each passage a day ahead"),
					containsString(">Changed<"), containsString(">Added<"),
					not(containsString("commitment-removed")))));
		this.mvc.perform(get("/agreements/" + this.agreementId).param("lang", "es").with(as(this.users, "hq")))
			.andExpect(content().string(allOf(containsString(">Modificado<"), containsString(">Agregado<"))));
	}

	@Test
	void theAgreementsHistoryReadsInTheReadersWordsWithNoCode() throws Exception {
		String page = this.mvc
			.perform(get("/agreements/" + this.agreementId).param("lang", "es").with(as(this.users, "auditor")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// Statuses by their labels, versions by their titles, people by their names.
		assertThat(HistoryText.readable(page))
			.contains("Cambio de estado", "Acuerdo", "Versión del acuerdo", "Estado del acuerdo: Vigente",
					"Helena Brandt")
			.doesNotContain("IN_FORCE", "AgreementVersion");
	}

	@Test
	void implementationIsChartedPerCategoryAndOverallWithTheSameFiguresInATable() throws Exception {
		String key = this.agreements.details(this.agreementId, this.mx).inForce().content().commitments().get(0).key();
		this.scores.score(this.agreementId, key, LocalDate.of(2026, 9, 1), 3, null, this.mx);
		this.scores.score(this.agreementId, key, LocalDate.of(2026, 10, 1), 2, null, this.mx);
		this.mvc.perform(get("/agreements/" + this.agreementId).param("lang", "en").with(as(this.users, "auditor")))
			.andExpect(content().string(allOf(containsString("/dist/chart.umd.min.js"),
					containsString("src=\"/js/score-chart-"), containsString("class=\"score-chart\""),
					containsString("&quot;months&quot;:[&quot;2026-09&quot;,&quot;2026-10&quot;]"),
					containsString("&quot;label&quot;:&quot;Overall&quot;,&quot;overall&quot;:true,"
							+ "&quot;percents&quot;:[100,67]"),
					containsString("&quot;label&quot;:&quot;Safe passage&quot;"), containsString(">67%<"),
					containsString("<caption class=\"visually-hidden\">"))));
	}

	@Test
	void anAgreementNotYetScoredLoadsNoChart() throws Exception {
		this.mvc.perform(get("/agreements/" + this.agreementId).with(as(this.users, "field.mx")))
			.andExpect(content().string(allOf(not(containsString("chart.umd")), not(containsString("score-chart")))));
	}

}
