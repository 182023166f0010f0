package org.parley.negotiation.demo;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.parley.negotiation.Answer;
import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseWorkflow;
import org.parley.negotiation.DecisionStatus;
import org.parley.negotiation.GuidingQuestions;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.ObjectiveType;
import org.parley.negotiation.Priority;
import org.parley.negotiation.casefile.CaseForm;
import org.parley.negotiation.casefile.Cases;
import org.parley.negotiation.casefile.DecisionRequest;
import org.parley.negotiation.step.analysis.ActorKind;
import org.parley.negotiation.step.analysis.CaseActor;
import org.parley.negotiation.step.analysis.ConflictAnalyses;
import org.parley.negotiation.step.analysis.ConflictAnalysisForm;
import org.parley.negotiation.step.analysis.LegalRegime;
import org.parley.negotiation.step.engagement.Approach;
import org.parley.negotiation.step.engagement.EngagementForm;
import org.parley.negotiation.step.engagement.EngagementPlans;
import org.parley.negotiation.step.engagement.Modality;
import org.parley.negotiation.step.engagement.TeamMember;
import org.parley.negotiation.step.group.AssessmentForm;
import org.parley.negotiation.step.group.Assessments;
import org.parley.negotiation.step.group.Disposition;
import org.parley.negotiation.step.group.Influence;
import org.parley.negotiation.step.group.Influencer;
import org.parley.negotiation.step.measures.Measures;
import org.parley.negotiation.step.measures.MoeForm;
import org.parley.negotiation.step.objectives.Objective;
import org.parley.negotiation.step.objectives.Objectives;
import org.parley.negotiation.step.objectives.ObjectivesForm;
import org.parley.negotiation.step.rounds.Channel;
import org.parley.negotiation.step.rounds.RoundForm;
import org.parley.negotiation.step.rounds.Rounds;
import org.parley.shared.CurrentUser;
import org.parley.shared.TeamCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three demo cases of the domain brief, and a younger fourth waiting for HQ's
 * decision, loaded with the {@code demo} profile through the same services as the pages
 * (so they carry a timeline and history), acting as the demo users. Loaded once: nothing
 * happens if cases exist.
 */
@Component
@Profile("demo")
@Order(30)
class DemoCases implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private final CaseQueries cases;

	private final Cases opened;

	private final CaseWorkflow workflow;

	private final CaseAccess access;

	private final ConflictAnalyses analyses;

	private final Assessments assessments;

	private final Objectives objectives;

	private final Measures measures;

	private final EngagementPlans plans;

	private final Rounds rounds;

	private final GuidingQuestions questions;

	private final UserDetailsService users;

	private final TeamCalendar calendar;

	private final JdbcTemplate jdbc;

	DemoCases(CaseQueries cases, Cases opened, CaseWorkflow workflow, CaseAccess access, ConflictAnalyses analyses,
			Assessments assessments, Objectives objectives, Measures measures, EngagementPlans plans, Rounds rounds,
			GuidingQuestions questions, UserDetailsService users, TeamCalendar calendar, DataSource dataSource) {
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
		this.users = users;
		this.calendar = calendar;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/**
	 * In one transaction: a start interrupted while loading leaves no half-loaded demo
	 * behind.
	 */
	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (count("SELECT count(*) FROM negotiation_case") > 0 || count("SELECT count(*) FROM armed_group") == 0) {
			return;
		}
		Long guerrero = id("SELECT id FROM team WHERE name = 'México – Guerrero'");
		Long salvador = id("SELECT id FROM team WHERE name = 'El Salvador'");
		if (guerrero == null || salvador == null) {
			return;
		}
		log.info("Demo profile: loading the four fictional negotiation cases.");
		CurrentUser mx = (CurrentUser) this.users.loadUserByUsername("field.mx");
		CurrentUser sv = (CurrentUser) this.users.loadUserByUsername("field.sv");
		CurrentUser hq = (CurrentUser) this.users.loadUserByUsername("hq");

		long clinic = this.opened.open(new CaseForm(guerrero, "Mobile clinic access to eleven mountain villages", "MX",
				"Guerrero", "Sierra Alta", Set.of(group("Cártel del Sierra Alta")),
				ObjectiveType.ACCESS_FOR_HEALTH_CARE, Priority.HIGH, "field.mx"), mx);
		this.analyses.save(clinic, null, new ConflictAnalysisForm(
				"Eleven villages in the Sierra Alta have had no health post since 2021; the road up the valley"
						+ " passes three checkpoints of the cartel, which taxes every vehicle.",
				"The cartel controls the road and the upper valley; the army patrols the municipal seat only.",
				"Municipal health services stopped visiting after a nurse was threatened in 2021; the population"
						+ " distrusts the police.",
				"About 4,000 people; no vaccination since 2021; pregnant women walk six hours to the seat.",
				"Extortion at checkpoints; staff mistaken for informants; the population punished for receiving"
						+ " outsiders.",
				LegalRegime.CONTESTED,
				"Assessed by some as meeting the NIAC threshold in Mexico; we keep to humanitarian principles"
						+ " either way.",
				List.of(new CaseActor(ActorKind.ARMED_GROUP, "Cártel del Sierra Alta",
						"Controls the road; rival of the" + " valley self-defence group"),
						new CaseActor(ActorKind.COMMUNITY, "Parish of the upper valley",
								"Trusted by the villages and tolerated by the cartel"),
						new CaseActor(ActorKind.STATE_BODY, "Municipal health office", "Absent since 2021")),
				"The villages need a doctor\nThe road is the only way in", "Who threatened the nurse in 2021",
				"Children and the sick should be cared for",
				"Whether outsiders may enter without the group's" + " permission"), mx);
		answerAll(clinic, MethodStep.CONFLICT_ANALYSIS, true, mx);
		long sierraAlta = group("Cártel del Sierra Alta");
		AssessmentForm assessment = this.assessments.prefill(this.access.toRead(clinic, mx), sierraAlta);
		this.assessments.assess(clinic, sierraAlta, new AssessmentForm(assessment.assessedOn(), assessment.structure(),
				"The plaza chief of the upper valley decides on the road; the regional command must not object.",
				or(assessment.interests(),
						"Control of the road and the tax on it; quiet in the villages where"
								+ " members' families live."),
				assessment.perception(),
				"Gains: healthier families of its members, goodwill in the villages. Loses: nothing tangible if"
						+ " the clinic carries no one and nothing else.",
				assessment.pastBehaviour(), "No outsiders on the road without its permission.",
				"Outsiders may be informants for the army or the rival group.",
				"Control of the territory; standing with the villages where its members' families live.",
				List.of(new Influencer("PASTOR", "Parish priest", Influence.HIGH, Disposition.SUPPORTIVE,
						"Baptised the plaza chief's children"),
						new Influencer("LA MADRINA", "Mother of the plaza chief", Influence.MEDIUM,
								Disposition.SUPPORTIVE, null),
						new Influencer("EL CONTADOR", "Collects the road tax", Influence.MEDIUM, Disposition.OPPOSED,
								"Loses income if vehicles pass free"))),
				mx);
		answerAll(clinic, MethodStep.UNDERSTANDING_THE_GROUP, true, mx);
		this.objectives.save(clinic, null,
				new ObjectivesForm(
						List.of(new Objective("A weekly mobile clinic reaches the eleven villages", Priority.HIGH,
								"Every second week, in the five largest villages"),
								new Objective("No armed men at the clinic while it works", Priority.HIGH,
										"Armed men keep out of sight of the clinic")),
						List.of("No transport of anyone or anything for the group"),
						"Serve the three lower villages from the municipal seat and refer emergencies by the parish."),
				mx);
		this.measures.add(clinic, new MoeForm("Consultations delivered per month", "consultations",
				java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(600)), mx);
		answerAll(clinic, MethodStep.OBJECTIVES, true, mx);
		answerAll(clinic, MethodStep.INTERNAL_DECISION, false, mx);
		this.workflow.requestDecision(clinic, version(clinic, mx),
				request("Indirect, through the parish priest (PASTOR)",
						"Weekly clinic in the eleven villages; no other activity"),
				mx);
		long decision = id("SELECT id FROM engagement_decision WHERE case_id = " + clinic);
		this.workflow.decide(clinic, decision, 0, DecisionStatus.APPROVED,
				"Indirect engagement through the parish keeps our exposure low.", hq);
		Long pastor = id("SELECT id FROM interlocutor WHERE code_name = 'PASTOR'");
		this.plans.save(clinic, null, new EngagementForm(Modality.INDIRECT,
				"The cartel will not receive us directly; the parish priest is trusted by both the villages"
						+ " and the plaza chief.",
				List.of(new TeamMember("Head of the Guerrero office", "Lead negotiator"),
						new TeamMember("Clinic doctor", "Explains the medical service")),
				(pastor != null) ? Set.of(pastor) : Set.of(), Set.of(Approach.NEGOTIATION, Approach.PERSUASION)), mx);
		answerAll(clinic, MethodStep.ENGAGEMENT_MODALITY, true, mx);
		java.time.LocalDate today = this.calendar.today();
		this.rounds.add(clinic, new RoundForm(today.minusDays(12), Channel.INTERMEDIARY, null, "Head of office",
				"PASTOR (for the plaza chief)", "Passage of the clinic every Tuesday",
				"Clinic open to all villagers, members' families included", "Health of the children; neutrality",
				"The clinic may pass if it carries no one else", "Armed men near the clinic",
				"The plaza chief will answer through the priest", "Call PASTOR for the answer", today.minusDays(2),
				false, false, null, false, false, false, false, null), mx);

		long ambulances = this.opened.open(new CaseForm(salvador, "Ambulance safe passage across the divided city",
				"SV", "San Salvador", null, Set.of(group("Mara Norte"), group("Barrio Once")),
				ObjectiveType.SAFE_PASSAGE, Priority.CRITICAL, "field.sv"), sv);
		this.analyses.save(ambulances, null, new ConflictAnalysisForm(
				"The city is split between Mara Norte and Barrio Once; ambulances do not cross the boundary at"
						+ " night since a driver was shot in 2023.",
				"Mara Norte holds the north and the market; Barrio Once the south and the hospital district.",
				"Police present on the main avenues only; both gangs control the neighbourhoods.",
				"Patients from the north reach the hospital late or not at all after dark.",
				"Drivers and paramedics seen as crossing sides; patients attacked in the ambulance.",
				LegalRegime.NOT_MET,
				"El Salvador was assessed as not meeting the NIAC threshold: criminal violence"
						+ " under domestic law, with human rights law applying.",
				List.of(new CaseActor(ActorKind.ARMED_GROUP, "Mara Norte", "Rival of Barrio Once; truce of 2012"),
						new CaseActor(ActorKind.ARMED_GROUP, "Barrio Once", "Rival of Mara Norte"),
						new CaseActor(ActorKind.HUMANITARIAN, "National Red Cross society", "Runs the ambulances")),
				"Ambulances carry the sick and wounded of both sides", "Who shot the driver in 2023",
				"The wounded must be cared for", "Whether ambulances may carry police"), sv);
		answerAll(ambulances, MethodStep.CONFLICT_ANALYSIS, true, sv);
		for (String name : List.of("Mara Norte", "Barrio Once")) {
			long gang = group(name);
			AssessmentForm prefilled = this.assessments.prefill(this.access.toRead(ambulances, sv), gang);
			this.assessments.assess(ambulances, gang, new AssessmentForm(prefilled.assessedOn(), prefilled.structure(),
					"Spokespeople in prison speak for the leadership.",
					or(prefilled.interests(), "Territory, extortion income, and the standing of its members."),
					prefilled.perception(), "Gains: its own wounded reach hospital. Loses: face, if seen to yield.",
					prefilled.pastBehaviour(), "No vehicle of the other side in its territory.",
					"Vehicles are used to move rivals and police.", "Respect; protection of its families.",
					List.of(new Influencer("VOCERO-N", "Spokesperson in prison", Influence.HIGH, Disposition.NEUTRAL,
							null))),
					sv);
		}
		answerAll(ambulances, MethodStep.UNDERSTANDING_THE_GROUP, true, sv);
		this.objectives.save(ambulances, null,
				new ObjectivesForm(
						List.of(new Objective("Ambulances cross the boundary day and night", Priority.CRITICAL,
								"Ambulances cross by day with a call ahead")),
						List.of("No police or soldiers in the ambulances"),
						"Transfer patients at the boundary between two ambulances."),
				sv);
		this.measures.add(ambulances, new MoeForm("Night-time ambulance crossings per month", "crossings",
				java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(40)), sv);
		answerAll(ambulances, MethodStep.OBJECTIVES, true, sv);
		answerAll(ambulances, MethodStep.INTERNAL_DECISION, false, sv);
		this.workflow.requestDecision(ambulances, version(ambulances, sv),
				request("Direct, with spokespeople in prison, through the mediator (MEDIADOR-1)",
						"Ambulances of the Red Cross society cross the gang boundary day and night"),
				sv);

		// HQ approved direct engagement; the rounds with the spokespeople led to an
		// agreement (the agreement itself is loaded by the agreement module's demo).
		this.workflow.decide(ambulances, id("SELECT id FROM engagement_decision WHERE case_id = " + ambulances), 0,
				DecisionStatus.APPROVED,
				"Direct engagement through the mediator, with the spokespeople only; never with street cliques.", hq);
		Long mediator = id("SELECT id FROM interlocutor WHERE code_name = 'MEDIADOR-1'");
		this.plans.save(ambulances, null, new EngagementForm(Modality.DIRECT,
				"Only the spokespeople in prison can commit both gangs; the mediator arranges each meeting and"
						+ " is trusted by both.",
				List.of(new TeamMember("Head of the El Salvador office", "Lead negotiator"),
						new TeamMember("Head of the ambulance service", "Explains how the ambulances work")),
				(mediator != null) ? Set.of(mediator) : Set.of(), Set.of(Approach.MEDIATION, Approach.NEGOTIATION)),
				sv);
		answerAll(ambulances, MethodStep.ENGAGEMENT_MODALITY, true, sv);
		java.time.LocalDate firstMeeting = today.minusMonths(3).minusDays(20);
		this.rounds.add(ambulances,
				prisonRound(firstMeeting, "Ambulances cross day and night after a call",
						"Ambulances carry only patients and crew", "The wounded of both gangs die on the way",
						"Mara Norte agrees in principle", "Barrio Once wants its own call number"),
				sv);
		this.rounds.add(ambulances,
				prisonRound(today.minusMonths(2).minusDays(5), "A written note of the rules, read to both sides",
						"A call number for each gang", "Both gangs' families use the ambulances",
						"Both gangs agree to the rules", null),
				sv);

		long hospital = this.opened.open(new CaseForm(guerrero, "Protection of the valley hospital after the attack",
				"MX", "Guerrero", "Valle", Set.of(group("Autodefensas Comunitarias del Valle")),
				ObjectiveType.PROTECTION_OF_HEALTH_FACILITY, Priority.HIGH, "field.mx"), mx);
		this.analyses.save(hospital, null, new ConflictAnalysisForm(
				"Armed men entered the emergency ward of the valley hospital in October looking for a wounded rival;"
						+ " staff fled for two days.",
				"The self-defence group holds the valley floor; the cartel the hills above it.",
				"A state police post at the hospital was withdrawn in 2024.",
				"The hospital serves 30,000 people; it is the only one in the valley.",
				"Staff seen as treating the enemy; patients taken from their beds.", LegalRegime.CONTESTED,
				"Contested; the protection of the wounded and sick applies as a shared norm in any case.",
				List.of(new CaseActor(ActorKind.ARMED_GROUP, "Autodefensas Comunitarias del Valle",
						"Says it protects the valley; suspects the hospital of treating cartel members"),
						new CaseActor(ActorKind.STATE_BODY, "Hospital director", "Wants the ward reopened")),
				"The hospital is the only one in the valley", "Whether the hospital hid a cartel gunman",
				"Hospitals must be respected", "Whether the group may guard the hospital"), mx);
		answerAll(hospital, MethodStep.CONFLICT_ANALYSIS, true, mx);
		long valle = group("Autodefensas Comunitarias del Valle");
		AssessmentForm prefilledValle = this.assessments.prefill(this.access.toRead(hospital, mx), valle);
		this.assessments.assess(hospital, valle,
				new AssessmentForm(prefilledValle.assessedOn(), prefilledValle.structure(),
						"The commander of the valley decides; the community assembly can overrule him.",
						or(prefilledValle.interests(),
								"Standing with the community; keeping the cartel out of the valley."),
						prefilledValle.perception(), "Gains: its own wounded treated. Loses: nothing it values.",
						prefilledValle.pastBehaviour(), "The hospital must not treat cartel gunmen.",
						"Treating the enemy is taking sides.", "Protection of the community.",
						List.of(new Influencer("DIRECTORA", "Hospital director", Influence.HIGH, Disposition.SUPPORTIVE,
								null))),
				mx);
		answerAll(hospital, MethodStep.UNDERSTANDING_THE_GROUP, true, mx);
		this.objectives.save(hospital, null,
				new ObjectivesForm(
						List.of(new Objective("No armed men inside the hospital", Priority.CRITICAL,
								"No weapons inside the emergency ward")),
						List.of("The hospital treats every patient by need alone"),
						"Move the emergency ward's patients to the regional hospital, three hours away."),
				mx);
		this.measures.add(hospital, new MoeForm("Days per month the emergency ward is open", "days",
				java.math.BigDecimal.valueOf(12), java.math.BigDecimal.valueOf(30)), mx);
		answerAll(hospital, MethodStep.OBJECTIVES, true, mx);
		answerAll(hospital, MethodStep.INTERNAL_DECISION, false, mx);
		this.workflow.requestDecision(hospital, version(hospital, mx),
				request("Direct, with the commander of the valley", "Ground rules for the valley hospital"), mx);
		this.workflow.decide(hospital, id("SELECT id FROM engagement_decision WHERE case_id = " + hospital), 0,
				DecisionStatus.APPROVED, "Direct engagement with the commander; the hospital director attends.", hq);
		this.plans.save(hospital, null,
				new EngagementForm(Modality.DIRECT,
						"The commander receives humanitarian organisations at the community hall.",
						List.of(new TeamMember("Head of the Guerrero office", "Lead negotiator")), Set.of(),
						Set.of(Approach.NEGOTIATION, Approach.PERSUASION)),
				mx);
		answerAll(hospital, MethodStep.ENGAGEMENT_MODALITY, true, mx);
		this.rounds.add(hospital, new RoundForm(today.minusMonths(1).minusDays(10), Channel.IN_PERSON,
				"Community hall of the valley", "Head of office; hospital director", "The commander and two aides",
				"No armed men inside the hospital", "Every patient treated by need, the group's wounded included",
				"The hospital is the valley's only one", "Ground rules for the hospital", "Who guards the gate",
				"Ground rules to be written down", null, null, false, false, null, true, true, true, true, null), mx);
		answerAll(hospital, MethodStep.NEGOTIATION_ROUNDS, true, mx);
		answerAll(ambulances, MethodStep.NEGOTIATION_ROUNDS, true, sv);

		// A fourth, younger case waits for HQ's decision to engage.
		long vaccination = this.opened.open(new CaseForm(salvador, "Vaccination days in the northern neighbourhoods",
				"SV", "San Salvador", "Zona norte", Set.of(group("Mara Norte")), ObjectiveType.ACCESS_FOR_HEALTH_CARE,
				Priority.MEDIUM, "field.sv"), sv);
		this.analyses.save(vaccination, null, new ConflictAnalysisForm(
				"Measles cases in the northern neighbourhoods; the health ministry's teams do not enter since 2024.",
				"Mara Norte controls every street of the zone.", "Police enter only in operations.",
				"About 6,000 children under five have missed their vaccines.",
				"Vaccinators seen as informants; families punished for letting them in.", LegalRegime.NOT_MET,
				"Criminal violence under domestic law; human rights law applies.",
				List.of(new CaseActor(ActorKind.ARMED_GROUP, "Mara Norte", "Controls the zone"),
						new CaseActor(ActorKind.STATE_BODY, "Ministry of Health", "Supplies the vaccines")),
				"Children are falling ill with measles", "Who reported the families in 2024",
				"Children must be protected", "Whether state teams may enter"), sv);
		answerAll(vaccination, MethodStep.CONFLICT_ANALYSIS, true, sv);
		long norte = group("Mara Norte");
		AssessmentForm prefilledNorte = this.assessments.prefill(this.access.toRead(vaccination, sv), norte);
		this.assessments.assess(vaccination, norte, new AssessmentForm(prefilledNorte.assessedOn(),
				prefilledNorte.structure(), "The spokespeople in prison decide; the clique leaders carry it out.",
				or(prefilledNorte.interests(), "Control of the zone; its members' families."),
				prefilledNorte.perception(), "Gains: healthy children of its members. Loses: nothing.",
				prefilledNorte.pastBehaviour(), "No state employees in the zone.", "State teams gather intelligence.",
				"Protection of its families.", List.of(new Influencer("VOCERO-N", "Spokesperson in prison",
						Influence.HIGH, Disposition.NEUTRAL, null))),
				sv);
		answerAll(vaccination, MethodStep.UNDERSTANDING_THE_GROUP, true, sv);
		this.objectives.save(vaccination, null,
				new ObjectivesForm(
						List.of(new Objective("Two vaccination days in the zone", Priority.HIGH,
								"One day, in the community centre")),
						List.of("No police escort for the vaccinators"),
						"Vaccinate at the health centre outside the zone."),
				sv);
		this.measures.add(vaccination, new MoeForm("Children vaccinated", "children", java.math.BigDecimal.ZERO,
				java.math.BigDecimal.valueOf(6000)), sv);
		answerAll(vaccination, MethodStep.OBJECTIVES, true, sv);
		answerAll(vaccination, MethodStep.INTERNAL_DECISION, false, sv);
		this.workflow.requestDecision(vaccination, version(vaccination, sv),
				request("Direct, with the spokespeople in prison, through the mediator (MEDIADOR-1)",
						"Two vaccination days in the community centre of the zona norte"),
				sv);
	}

	/** A meeting with the gangs' spokespeople in prison, arranged by the mediator. */
	private static RoundForm prisonRound(java.time.LocalDate heldOn, String asked, String offered, String arguments,
			String agreed, String disagreed) {
		return new RoundForm(heldOn, Channel.IN_PERSON, "Visiting room of the prison (arranged by MEDIADOR-1)",
				"Head of office; head of the ambulance service", "Spokespeople of Mara Norte and Barrio Once", asked,
				offered, arguments, agreed, disagreed, agreed, null, null, false, false, null, true, true, true, true,
				null);
	}

	private void answerAll(long caseId, MethodStep step, boolean complete, CurrentUser user) {
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

	private static String or(String value, String otherwise) {
		return (value != null) ? value : otherwise;
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
