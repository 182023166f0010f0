package org.parley.negotiation.demo;

import org.parley.negotiation.DecisionStatus;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.ObjectiveType;
import org.parley.negotiation.Priority;
import org.parley.negotiation.casefile.CaseForm;
import org.parley.negotiation.step.analysis.ActorKind;
import org.parley.negotiation.step.analysis.CaseActor;
import org.parley.negotiation.step.analysis.ConflictAnalysisForm;
import org.parley.negotiation.step.analysis.LegalRegime;
import org.parley.negotiation.step.engagement.Approach;
import org.parley.negotiation.step.engagement.EngagementForm;
import org.parley.negotiation.step.engagement.Modality;
import org.parley.negotiation.step.engagement.TeamMember;
import org.parley.negotiation.step.group.AssessmentForm;
import org.parley.negotiation.step.group.Disposition;
import org.parley.negotiation.step.group.Influence;
import org.parley.negotiation.step.group.Influencer;
import org.parley.negotiation.step.measures.MoeForm;
import org.parley.negotiation.step.objectives.Objective;
import org.parley.negotiation.step.objectives.ObjectivesForm;
import org.parley.negotiation.step.rounds.Channel;
import org.parley.negotiation.step.rounds.RoundForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The demo cases of the México – Guerrero team: the mobile clinic in the Sierra Alta and
 * the valley hospital after the attack.
 */
final class DemoMexico {

	static final String CLINIC = "Mobile clinic access to eleven mountain villages";

	static final String HOSPITAL = "Protection of the valley hospital after the attack";

	/**
	 * The hospital case was opened a week after the attack (the incident module's demo
	 * records the attack the day after).
	 */
	static final int HOSPITAL_OPENED_DAYS_AGO = 150;

	private static final String MX = "field.mx";

	private static final String HQ = "hq";

	private DemoMexico() {
	}

	/**
	 * The clinic, with the cartel through the parish priest: opened eight months ago,
	 * engagement approved by HQ a month later, two rounds through the priest before the
	 * agreement (which the agreement module's demo has start three months ago), and a
	 * round at follow-up twelve days ago whose answer is overdue.
	 */
	static void clinic(DemoSteps demo, long team, LocalDate today) {
		LocalDate opened = today.minusDays(240);
		LocalDate agreed = today.minusMonths(3);
		demo.at(opened, "09:40", MX,
				(mx) -> demo.opened.open(new CaseForm(team, CLINIC, "MX", "Guerrero", "Sierra Alta",
						Set.of(demo.group("Cártel del Sierra Alta")), ObjectiveType.ACCESS_FOR_HEALTH_CARE,
						Priority.HIGH, "field.mx", null, null), mx));
		demo.at(opened.plusDays(2), "15:10", MX, (mx) -> demo.analyses
			.save(demo.caseId(CLINIC), null, new ConflictAnalysisForm(
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
					"Whether outsiders may enter without the group's" + " permission"), mx));
		demo.at(opened.plusDays(2), "15:25", MX,
				(mx) -> demo.answerAll(demo.caseId(CLINIC), MethodStep.CONFLICT_ANALYSIS, true, mx));
		demo.at(opened.plusDays(9), "11:05", MX, (mx) -> {
			long clinic = demo.caseId(CLINIC);
			long sierraAlta = demo.group("Cártel del Sierra Alta");
			AssessmentForm assessment = demo.assessments.prefill(demo.access.toRead(clinic, mx), sierraAlta);
			demo.assessments.assess(clinic, sierraAlta, new AssessmentForm(assessment.assessedOn(),
					assessment.structure(),
					"The plaza chief of the upper valley decides on the road; the regional command must not object.",
					DemoSteps.or(assessment.interests(),
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
							new Influencer("EL CONTADOR", "Collects the road tax", Influence.MEDIUM,
									Disposition.OPPOSED, "Loses income if vehicles pass free"))),
					mx);
		});
		demo.at(opened.plusDays(9), "11:30", MX,
				(mx) -> demo.answerAll(demo.caseId(CLINIC), MethodStep.UNDERSTANDING_THE_GROUP, true, mx));
		demo.at(opened.plusDays(20), "10:20", MX,
				(mx) -> demo.objectives.save(demo.caseId(CLINIC), null, new ObjectivesForm(
						List.of(new Objective("A weekly mobile clinic reaches the eleven villages", Priority.HIGH,
								"Every second week, in the five largest villages"),
								new Objective("No armed men at the clinic while it works", Priority.HIGH,
										"Armed men keep out of sight of the clinic")),
						List.of("No transport of anyone or anything for the group"),
						"Serve the three lower villages from the municipal seat and refer emergencies by the parish."),
						mx));
		demo.at(opened.plusDays(20), "10:45", MX,
				(mx) -> demo.measures.add(demo.caseId(CLINIC), new MoeForm("Consultations delivered per month",
						"consultations", BigDecimal.ZERO, BigDecimal.valueOf(600)), mx));
		demo.at(opened.plusDays(20), "11:00", MX,
				(mx) -> demo.answerAll(demo.caseId(CLINIC), MethodStep.OBJECTIVES, true, mx));
		demo.at(opened.plusDays(24), "16:00", MX,
				(mx) -> demo.answerAll(demo.caseId(CLINIC), MethodStep.INTERNAL_DECISION, false, mx));
		demo.at(opened.plusDays(24), "16:30", MX,
				(mx) -> demo.workflow.requestDecision(demo.caseId(CLINIC), demo.version(demo.caseId(CLINIC), mx),
						demo.request(demo.caseId(CLINIC), "Indirect, through the parish priest (PASTOR)",
								"Weekly clinic in the eleven villages; no other activity"),
						mx));
		demo.at(opened.plusDays(27), "09:15", HQ, (hq) -> demo.workflow.decide(demo.caseId(CLINIC),
				demo.id("SELECT id FROM engagement_decision WHERE case_id = " + demo.caseId(CLINIC)), 0,
				DecisionStatus.APPROVED, "Indirect engagement through the parish keeps our exposure low.", true, hq));
		demo.at(opened.plusDays(31), "12:10", MX, (mx) -> {
			Long pastor = demo.id("SELECT id FROM interlocutor WHERE code_name = 'PASTOR'");
			demo.plans.save(demo.caseId(CLINIC), null, new EngagementForm(Modality.INDIRECT,
					"The cartel will not receive us directly; the parish priest is trusted by both the villages"
							+ " and the plaza chief.",
					List.of(new TeamMember("Head of the Guerrero office", "Lead negotiator"),
							new TeamMember("Clinic doctor", "Explains the medical service")),
					(pastor != null) ? Set.of(pastor) : Set.of(), Set.of(Approach.NEGOTIATION, Approach.PERSUASION)),
					mx);
		});
		demo.at(opened.plusDays(31), "12:30", MX,
				(mx) -> demo.answerAll(demo.caseId(CLINIC), MethodStep.ENGAGEMENT_MODALITY, true, mx));
		LocalDate first = agreed.minusDays(45);
		demo.at(first, "18:20", MX,
				(mx) -> demo.rounds.add(demo.caseId(CLINIC),
						new RoundForm(first, Channel.INTERMEDIARY, null, "Head of office",
								"PASTOR (for the plaza chief)", "Passage of the clinic every Tuesday",
								"Clinic open to all villagers, members' families included",
								"Health of the children; neutrality", "The clinic may pass if it carries no one else",
								"Armed men near the clinic", "The plaza chief will answer through the priest", null,
								null, false, false, null, false, false, false, false, null, null),
						mx));
		LocalDate second = agreed.minusDays(20);
		demo.at(second, "17:50", MX, (mx) -> demo.rounds.add(demo.caseId(CLINIC),
				new RoundForm(second, Channel.INTERMEDIARY, null, "Head of office", "PASTOR (for the plaza chief)",
						"Passage every Tuesday without fees; no armed men at the clinic",
						"The clinic carries no one and nothing but its team and medicines",
						"The plaza chief's own family is treated at the clinic",
						"Passage every Tuesday; armed men keep away while the clinic works", null,
						"The plaza chief agrees through the priest; the terms go to HQ", null, null, false, false, null,
						false, false, false, false, null, null),
				mx));
		demo.at(agreed.minusDays(9), "10:00", MX,
				(mx) -> demo.answerAll(demo.caseId(CLINIC), MethodStep.NEGOTIATION_ROUNDS, true, mx));
		// At follow-up: armed men again near the clinic; the answer is due two days ago.
		LocalDate recent = today.minusDays(12);
		demo.at(recent, "18:40", MX, (mx) -> demo.rounds.add(demo.caseId(CLINIC),
				new RoundForm(recent, Channel.INTERMEDIARY, null, "Head of office", "PASTOR (for the plaza chief)",
						"Armed men keep out of sight of the clinic, as agreed",
						"The clinic keeps its Tuesday and treats everyone",
						"Patients stay away when armed men are near", "The passage holds", "Armed men near the clinic",
						"The plaza chief will answer through the priest", "Call PASTOR for the answer",
						today.minusDays(2), false, false, null, false, false, false, false, null, null),
				mx));
	}

	/**
	 * The hospital, with the self-defence group's commander: opened five months ago, a
	 * week after armed men entered its emergency ward; its rounds done forty days ago
	 * (the agreement module's demo has its ground rules start a month ago).
	 */
	static void hospital(DemoSteps demo, long team, LocalDate today) {
		LocalDate opened = today.minusDays(HOSPITAL_OPENED_DAYS_AGO);
		LocalDate agreed = today.minusMonths(1);
		demo.at(opened, "08:50", MX,
				(mx) -> demo.opened.open(
						new CaseForm(team, HOSPITAL, "MX", "Guerrero", "Valle",
								Set.of(demo.group("Autodefensas Comunitarias del Valle")),
								ObjectiveType.PROTECTION_OF_HEALTH_FACILITY, Priority.HIGH, "field.mx", null, null),
						mx));
		demo.at(opened.plusDays(3), "13:35", MX,
				(mx) -> demo.analyses.save(demo.caseId(HOSPITAL), null, new ConflictAnalysisForm(
						"Armed men entered the emergency ward of the valley hospital looking for a wounded rival;"
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
						"Hospitals must be respected", "Whether the group may guard the hospital"), mx));
		demo.at(opened.plusDays(3), "13:50", MX,
				(mx) -> demo.answerAll(demo.caseId(HOSPITAL), MethodStep.CONFLICT_ANALYSIS, true, mx));
		demo.at(opened.plusDays(8), "10:40", MX, (mx) -> {
			long hospital = demo.caseId(HOSPITAL);
			long valle = demo.group("Autodefensas Comunitarias del Valle");
			AssessmentForm prefilledValle = demo.assessments.prefill(demo.access.toRead(hospital, mx), valle);
			demo.assessments.assess(hospital, valle,
					new AssessmentForm(prefilledValle.assessedOn(), prefilledValle.structure(),
							"The commander of the valley decides; the community assembly can overrule him.",
							DemoSteps.or(prefilledValle.interests(),
									"Standing with the community; keeping the cartel out of the valley."),
							prefilledValle.perception(), "Gains: its own wounded treated. Loses: nothing it values.",
							prefilledValle.pastBehaviour(), "The hospital must not treat cartel gunmen.",
							"Treating the enemy is taking sides.", "Protection of the community.",
							List.of(new Influencer("DIRECTORA", "Hospital director", Influence.HIGH,
									Disposition.SUPPORTIVE, null))),
					mx);
		});
		demo.at(opened.plusDays(8), "11:00", MX,
				(mx) -> demo.answerAll(demo.caseId(HOSPITAL), MethodStep.UNDERSTANDING_THE_GROUP, true, mx));
		demo.at(opened.plusDays(14), "09:55", MX,
				(mx) -> demo.objectives.save(demo.caseId(HOSPITAL), null,
						new ObjectivesForm(
								List.of(new Objective("No armed men inside the hospital", Priority.CRITICAL,
										"No weapons inside the emergency ward")),
								List.of("The hospital treats every patient by need alone"),
								"Move the emergency ward's patients to the regional hospital, three hours away."),
						mx));
		demo.at(opened.plusDays(14), "10:15", MX,
				(mx) -> demo.measures.add(demo.caseId(HOSPITAL),
						new MoeForm("Days per month the emergency ward is open", "days", BigDecimal.valueOf(12),
								BigDecimal.valueOf(30)),
						mx));
		demo.at(opened.plusDays(14), "10:30", MX,
				(mx) -> demo.answerAll(demo.caseId(HOSPITAL), MethodStep.OBJECTIVES, true, mx));
		demo.at(opened.plusDays(18), "15:20", MX,
				(mx) -> demo.answerAll(demo.caseId(HOSPITAL), MethodStep.INTERNAL_DECISION, false, mx));
		demo.at(opened.plusDays(18), "15:45", MX,
				(mx) -> demo.workflow.requestDecision(demo.caseId(HOSPITAL), demo.version(demo.caseId(HOSPITAL), mx),
						demo.request(demo.caseId(HOSPITAL), "Direct, with the commander of the valley",
								"Ground rules for the valley hospital"),
						mx));
		demo.at(opened.plusDays(20), "11:30", HQ,
				(hq) -> demo.workflow.decide(demo.caseId(HOSPITAL),
						demo.id("SELECT id FROM engagement_decision WHERE case_id = " + demo.caseId(HOSPITAL)), 0,
						DecisionStatus.APPROVED, "Direct engagement with the commander; the hospital director attends.",
						true, hq));
		demo.at(opened.plusDays(23), "09:30", MX,
				(mx) -> demo.plans.save(demo.caseId(HOSPITAL), null,
						new EngagementForm(Modality.DIRECT,
								"The commander receives humanitarian organisations at the community hall.",
								List.of(new TeamMember("Head of the Guerrero office", "Lead negotiator")), Set.of(),
								Set.of(Approach.NEGOTIATION, Approach.PERSUASION)),
						mx));
		demo.at(opened.plusDays(23), "09:50", MX,
				(mx) -> demo.answerAll(demo.caseId(HOSPITAL), MethodStep.ENGAGEMENT_MODALITY, true, mx));
		LocalDate met = agreed.minusDays(10);
		demo.at(met, "19:05", MX, (mx) -> demo.rounds.add(demo.caseId(HOSPITAL), new RoundForm(met, Channel.IN_PERSON,
				"Community hall of the valley", "Head of office; hospital director", "The commander and two aides",
				"No armed men inside the hospital", "Every patient treated by need, the group's wounded included",
				"The hospital is the valley's only one", "Ground rules for the hospital", "Who guards the gate",
				"Ground rules to be written down", null, null, false, false, null, true, true, true, true, null, null),
				mx));
		demo.at(agreed.minusDays(9), "12:00", MX,
				(mx) -> demo.answerAll(demo.caseId(HOSPITAL), MethodStep.NEGOTIATION_ROUNDS, true, mx));
	}

}
