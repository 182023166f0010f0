package org.parley.negotiation;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.parley.shared.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The three demo cases of the domain brief, at different steps, loaded with the
 * {@code demo} profile through the same services as the pages (so they carry a timeline
 * and history), acting as the demo users. Loaded once: nothing happens if cases exist.
 */
@Component
@Profile("demo")
@Order(30)
class DemoCases implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private final Cases cases;

	private final CaseWorkflow workflow;

	private final GuidingQuestions questions;

	private final UserDetailsService users;

	private final JdbcTemplate jdbc;

	DemoCases(Cases cases, CaseWorkflow workflow, GuidingQuestions questions, UserDetailsService users,
			DataSource dataSource) {
		this.cases = cases;
		this.workflow = workflow;
		this.questions = questions;
		this.users = users;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (count("SELECT count(*) FROM negotiation_case") > 0 || count("SELECT count(*) FROM armed_group") == 0) {
			return;
		}
		Long guerrero = id("SELECT id FROM team WHERE name = 'México – Guerrero'");
		Long salvador = id("SELECT id FROM team WHERE name = 'El Salvador'");
		if (guerrero == null || salvador == null) {
			return;
		}
		log.info("Demo profile: loading the three fictional negotiation cases.");
		CurrentUser mx = (CurrentUser) this.users.loadUserByUsername("field.mx");
		CurrentUser sv = (CurrentUser) this.users.loadUserByUsername("field.sv");
		CurrentUser hq = (CurrentUser) this.users.loadUserByUsername("hq");

		long clinic = this.cases.open(new CaseForm(guerrero, "Mobile clinic access to eleven mountain villages", "MX",
				"Guerrero", "Sierra Alta", Set.of(group("Cártel del Sierra Alta")),
				ObjectiveType.ACCESS_FOR_HEALTH_CARE, Priority.HIGH, "field.mx"), mx);
		for (MethodStep step : List.of(MethodStep.CONFLICT_ANALYSIS, MethodStep.UNDERSTANDING_THE_GROUP,
				MethodStep.OBJECTIVES)) {
			answerAll(clinic, step, true, mx);
		}
		answerAll(clinic, MethodStep.INTERNAL_DECISION, false, mx);
		this.workflow.requestDecision(clinic, version(clinic, mx),
				request("Indirect, through the parish priest (PASTOR)",
						"Weekly clinic in the eleven villages; no other activity"),
				mx);
		long decision = id("SELECT id FROM engagement_decision WHERE case_id = " + clinic);
		this.workflow.decide(clinic, decision, 0, DecisionStatus.APPROVED,
				"Indirect engagement through the parish keeps our exposure low.", hq);

		long ambulances = this.cases.open(new CaseForm(salvador, "Ambulance safe passage across the divided city", "SV",
				"San Salvador", null, Set.of(group("Mara Norte"), group("Barrio Once")), ObjectiveType.SAFE_PASSAGE,
				Priority.CRITICAL, "field.sv"), sv);
		for (MethodStep step : List.of(MethodStep.CONFLICT_ANALYSIS, MethodStep.UNDERSTANDING_THE_GROUP,
				MethodStep.OBJECTIVES)) {
			answerAll(ambulances, step, true, sv);
		}
		answerAll(ambulances, MethodStep.INTERNAL_DECISION, false, sv);
		this.workflow.requestDecision(ambulances, version(ambulances, sv),
				request("Direct, with spokespeople in prison, through the mediator (MEDIADOR-1)",
						"Ambulances of the Red Cross society cross the gang boundary day and night"),
				sv);

		long hospital = this.cases.open(new CaseForm(guerrero, "Protection of the valley hospital after the attack",
				"MX", "Guerrero", "Valle", Set.of(group("Autodefensas Comunitarias del Valle")),
				ObjectiveType.PROTECTION_OF_HEALTH_FACILITY, Priority.HIGH, "field.mx"), mx);
		List<QuestionView> first = this.questions.current().of(MethodStep.CONFLICT_ANALYSIS);
		this.workflow.answer(hospital, version(hospital, mx),
				List.of(new Answer(first.get(0).id(),
						"Armed men entered the emergency ward in October; staff fled for two days.", false)),
				false, mx);
	}

	private void answerAll(long caseId, MethodStep step, boolean complete, CurrentUser user) {
		List<Answer> answers = this.questions.current()
			.of(step)
			.stream()
			.map((q) -> new Answer(q.id(), "Recorded for the demonstration (fictional).", false))
			.toList();
		this.workflow.answer(caseId, version(caseId, user), answers, complete, user);
	}

	private static DecisionRequest request(String level, String scope) {
		return new DecisionRequest("Moderate: the group may present the deal as recognition.",
				"The group may claim credit for the service.", "No listed entity; no payment of any kind.",
				"Travel by day, in marked vehicles, after confirmation through the intermediary.",
				"Low if the community's leaders are involved.", level, scope, "Timing and routes of visits.",
				"No payment for access. No compromise on impartiality.");
	}

	private long version(long caseId, CurrentUser user) {
		return this.cases.get(caseId, user).version();
	}

	private long group(String name) {
		return id("SELECT id FROM armed_group WHERE name = '" + name.replace("'", "''") + "'");
	}

	private Long id(String sql) {
		List<Long> ids = this.jdbc.queryForList(sql, Long.class);
		return ids.isEmpty() ? null : ids.get(0);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
