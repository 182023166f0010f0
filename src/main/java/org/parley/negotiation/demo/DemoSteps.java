package org.parley.negotiation.demo;

import org.parley.negotiation.Answer;
import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseWorkflow;
import org.parley.negotiation.AssessmentConclusion;
import org.parley.negotiation.GuidingQuestions;
import org.parley.negotiation.Mandates;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.ResidualRisk;
import org.parley.negotiation.casefile.Cases;
import org.parley.negotiation.casefile.DecisionRequest;
import org.parley.negotiation.casefile.LegalAssessmentInput;
import org.parley.negotiation.step.analysis.ConflictAnalyses;
import org.parley.negotiation.step.engagement.EngagementPlans;
import org.parley.negotiation.step.group.Assessments;
import org.parley.negotiation.step.measures.Measures;
import org.parley.negotiation.step.objectives.Objectives;
import org.parley.negotiation.step.rounds.Channel;
import org.parley.negotiation.step.rounds.RoundForm;
import org.parley.negotiation.step.rounds.Rounds;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.parley.shared.CurrentUser;
import org.parley.shared.DemoTimeline;
import org.parley.shared.TeamCalendar;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the demo cases are loaded with: the same services the pages use, so that they
 * carry a timeline and a history, and small helpers (every guiding question answered, a
 * request to engage, a meeting in prison).
 */
@Component
@Profile("demo")
class DemoSteps {

	final CaseQueries cases;

	final Cases opened;

	final CaseWorkflow workflow;

	final CaseAccess access;

	final ConflictAnalyses analyses;

	final Assessments assessments;

	final Objectives objectives;

	final Measures measures;

	final EngagementPlans plans;

	final Rounds rounds;

	final GuidingQuestions questions;

	final TeamCalendar calendar;

	final Mandates mandates;

	final DemoTimeline timeline;

	private final JdbcTemplate jdbc;

	DemoSteps(CaseQueries cases, Cases opened, CaseWorkflow workflow, CaseAccess access, ConflictAnalyses analyses,
			Assessments assessments, Objectives objectives, Measures measures, EngagementPlans plans, Rounds rounds,
			GuidingQuestions questions, TeamCalendar calendar, DemoTimeline timeline, DataSource dataSource,
			Mandates mandates) {
		this.mandates = mandates;
		this.cases = cases;
		this.opened = opened;
		this.workflow = workflow;
		this.access = access;
		this.analyses = analyses;
		this.assessments = assessments;
		this.objectives = objectives;
		this.measures = measures;
		this.plans = plans;
		this.rounds = rounds;
		this.questions = questions;
		this.calendar = calendar;
		this.timeline = timeline;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/**
	 * Puts what a user did on the demo's timeline.
	 * @param time as on a clock in the teams' time zone, "09:30"
	 */
	void at(LocalDate day, String time, String username, Consumer<CurrentUser> action) {
		this.timeline.at(this.timeline.on(day, time), username, action);
	}

	/** A demo case, by its title (when the timeline plays, it has been opened). */
	long caseId(String title) {
		return this.jdbc.queryForObject("SELECT id FROM negotiation_case WHERE title = ?", Long.class, title);
	}

	/** A meeting with the gangs' spokespeople in prison, arranged by the mediator. */
	static RoundForm prisonRound(LocalDate heldOn, String asked, String offered, String arguments, String agreed,
			String disagreed) {
		return prisonRound(heldOn, asked, offered, arguments, agreed, disagreed, null);
	}

	/** The same at a level of its own (the case's when null; decision 0022). */
	static RoundForm prisonRound(LocalDate heldOn, String asked, String offered, String arguments, String agreed,
			String disagreed, org.parley.protection.Classification level) {
		return new RoundForm(heldOn, Channel.IN_PERSON, "Visiting room of the prison (arranged by MEDIADOR-1)",
				"Head of office; head of the ambulance service", "Spokespeople of Mara Norte and Barrio Once", asked,
				offered, arguments, agreed, disagreed, agreed, null, null, false, false, null, true, true, true, true,
				null, level);
	}

	void answerAll(long caseId, MethodStep step, boolean complete, CurrentUser user) {
		List<Answer> answers = this.questions.current()
			.of(step)
			.stream()
			.map((q) -> new Answer(q.id(), "Recorded for the demonstration (fictional).", false))
			.toList();
		if (complete) {
			this.workflow.answerAndComplete(caseId, version(caseId, user), answers, user);
		}
		else {
			this.workflow.answer(caseId, version(caseId, user), answers, user);
		}
	}

	static String or(String value, String otherwise) {
		return (value != null) ? value : otherwise;
	}

	/**
	 * A request to engage, with a legal and sanctions assessment of each designation in
	 * force against the case's groups (the demo cartel's, the maras').
	 */
	DecisionRequest request(long caseId, String level, String scope) {
		DecisionRequest request = DecisionRequest.of("Moderate: the group may present the deal as recognition.",
				"The group may claim credit for the service.",
				"The group is listed: see the legal and sanctions assessment; no payment of any kind.",
				"Travel by day, in marked vehicles, after confirmation through the intermediary.",
				"Low if the community's leaders are involved.", level, scope, "Timing and routes of visits.",
				"No meeting without the intermediary present.");
		LocalDate advised = this.calendar.today().minusDays(3);
		return request.withAssessments(this.mandates.of(caseId, request)
			.designated()
			.stream()
			.map((party) -> new LegalAssessmentInput(party.designation().id(),
					"Nothing of value reaches " + party.group().name()
							+ ": no payment, goods, fuel, transport or training; talks cover access only.",
					"Medical supplies stay under our control; every contact is logged and reported to HQ.", true,
					"Legal adviser of the organisation (fictional)", advised, ResidualRisk.MEDIUM,
					AssessmentConclusion.PROCEED_WITH_CONDITIONS))
			.toList());
	}

	long version(long caseId, CurrentUser user) {
		return this.cases.get(caseId, user).version();
	}

	long group(String name) {
		return id("SELECT id FROM armed_group WHERE name = '" + name.replace("'", "''") + "'");
	}

	Long id(String sql) {
		List<Long> ids = this.jdbc.queryForList(sql, Long.class);
		return ids.isEmpty() ? null : ids.get(0);
	}

	long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
