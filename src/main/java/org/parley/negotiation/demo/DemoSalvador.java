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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The demo cases of the El Salvador team: the ambulances across the divided city, and the
 * younger vaccination days waiting for HQ's decision.
 */
final class DemoSalvador {

	static final String AMBULANCES = "Ambulance safe passage across the divided city";

	static final String VACCINATION = "Vaccination days in the northern neighbourhoods";

	private static final String SV = "field.sv";

	private static final String HQ = "hq";

	private DemoSalvador() {
	}

	/**
	 * The ambulances, with both gangs' spokespeople in prison: opened about seven months
	 * ago, two meetings in prison, its rounds done just before the agreement (which the
	 * agreement module's demo has start two months ago).
	 */
	static void ambulances(DemoSteps demo, long team, LocalDate today) {
		LocalDate opened = today.minusDays(205);
		LocalDate agreed = today.minusMonths(2);
		demo.at(opened, "10:05", SV,
				(sv) -> demo.opened.open(new CaseForm(team, AMBULANCES, "SV", "San Salvador", null,
						Set.of(demo.group("Mara Norte"), demo.group("Barrio Once")), ObjectiveType.SAFE_PASSAGE,
						Priority.CRITICAL, "field.sv", null, null), sv));
		demo.at(opened.plusDays(1), "16:40", SV, (sv) -> demo.analyses
			.save(demo.caseId(AMBULANCES), null, new ConflictAnalysisForm(
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
					"The wounded must be cared for", "Whether ambulances may carry police"), sv));
		demo.at(opened.plusDays(1), "17:00", SV,
				(sv) -> demo.answerAll(demo.caseId(AMBULANCES), MethodStep.CONFLICT_ANALYSIS, true, sv));
		int day = 6;
		for (String name : List.of("Mara Norte", "Barrio Once")) {
			demo.at(opened.plusDays(day++), "11:15", SV, (sv) -> {
				long ambulances = demo.caseId(AMBULANCES);
				long gang = demo.group(name);
				AssessmentForm prefilled = demo.assessments.prefill(demo.access.toRead(ambulances, sv), gang);
				demo.assessments.assess(ambulances, gang, new AssessmentForm(prefilled.assessedOn(),
						prefilled.structure(), "Spokespeople in prison speak for the leadership.",
						DemoSteps.or(prefilled.interests(),
								"Territory, extortion income, and the standing of its members."),
						prefilled.perception(), "Gains: its own wounded reach hospital. Loses: face, if seen to yield.",
						prefilled.pastBehaviour(), "No vehicle of the other side in its territory.",
						"Vehicles are used to move rivals and police.", "Respect; protection of its families.",
						List.of(new Influencer("VOCERO-N", "Spokesperson in prison", Influence.HIGH,
								Disposition.NEUTRAL, null))),
						sv);
			});
		}
		demo.at(opened.plusDays(7), "11:45", SV,
				(sv) -> demo.answerAll(demo.caseId(AMBULANCES), MethodStep.UNDERSTANDING_THE_GROUP, true, sv));
		demo.at(opened.plusDays(15), "09:20", SV,
				(sv) -> demo.objectives.save(demo.caseId(AMBULANCES), null,
						new ObjectivesForm(
								List.of(new Objective("Ambulances cross the boundary day and night", Priority.CRITICAL,
										"Ambulances cross by day with a call ahead")),
								List.of("No police or soldiers in the ambulances"),
								"Transfer patients at the boundary between two ambulances."),
						sv));
		demo.at(opened.plusDays(15), "09:40", SV,
				(sv) -> demo.measures.add(demo.caseId(AMBULANCES),
						new MoeForm("Night-time ambulance crossings per month", "crossings", BigDecimal.ZERO,
								BigDecimal.valueOf(40)),
						sv));
		demo.at(opened.plusDays(15), "09:55", SV,
				(sv) -> demo.answerAll(demo.caseId(AMBULANCES), MethodStep.OBJECTIVES, true, sv));
		demo.at(opened.plusDays(20), "14:10", SV,
				(sv) -> demo.answerAll(demo.caseId(AMBULANCES), MethodStep.INTERNAL_DECISION, false, sv));
		demo.at(opened.plusDays(20), "14:35", SV,
				(sv) -> demo.workflow.requestDecision(demo.caseId(AMBULANCES),
						demo.version(demo.caseId(AMBULANCES), sv),
						demo.request(demo.caseId(AMBULANCES),
								"Direct, with spokespeople in prison, through the mediator (MEDIADOR-1)",
								"Ambulances of the Red Cross society cross the gang boundary day and night"),
						sv));
		// HQ approved direct engagement; the rounds with the spokespeople led to an
		// agreement (the agreement itself is loaded by the agreement module's demo).
		demo.at(opened.plusDays(24), "10:25", HQ, (hq) -> demo.workflow.decide(demo.caseId(AMBULANCES),
				demo.id("SELECT id FROM engagement_decision WHERE case_id = " + demo.caseId(AMBULANCES)), 0,
				DecisionStatus.APPROVED,
				"Direct engagement through the mediator, with the spokespeople only; never with street cliques.", true,
				hq));
		demo.at(opened.plusDays(28), "15:00", SV, (sv) -> {
			Long mediator = demo.id("SELECT id FROM interlocutor WHERE code_name = 'MEDIADOR-1'");
			demo.plans.save(demo.caseId(AMBULANCES), null, new EngagementForm(Modality.DIRECT,
					"Only the spokespeople in prison can commit both gangs; the mediator arranges each meeting and"
							+ " is trusted by both.",
					List.of(new TeamMember("Head of the El Salvador office", "Lead negotiator"),
							new TeamMember("Head of the ambulance service", "Explains how the ambulances work")),
					(mediator != null) ? Set.of(mediator) : Set.of(), Set.of(Approach.MEDIATION, Approach.NEGOTIATION)),
					sv);
		});
		demo.at(opened.plusDays(28), "15:20", SV,
				(sv) -> demo.answerAll(demo.caseId(AMBULANCES), MethodStep.ENGAGEMENT_MODALITY, true, sv));
		LocalDate firstMeeting = today.minusMonths(3).minusDays(20);
		demo.at(firstMeeting.plusDays(1), "09:10", SV,
				(sv) -> demo.rounds.add(demo.caseId(AMBULANCES),
						DemoSteps.prisonRound(firstMeeting, "Ambulances cross day and night after a call",
								"Ambulances carry only patients and crew", "The wounded of both gangs die on the way",
								"Mara Norte agrees in principle", "Barrio Once wants its own call number"),
						sv));
		// The second meeting is strictly confidential (decision 0022): HQ reviewers not
		// named on the case and the auditors see that it took place, not what was said.
		LocalDate secondMeeting = agreed.minusDays(5);
		demo.at(secondMeeting.plusDays(1), "08:55", SV,
				(sv) -> demo.rounds.add(demo.caseId(AMBULANCES),
						DemoSteps.prisonRound(secondMeeting, "A written note of the rules, read to both sides",
								"A call number for each gang", "Both gangs' families use the ambulances",
								"Both gangs agree to the rules", null,
								org.parley.protection.Classification.STRICTLY_CONFIDENTIAL),
						sv));
		demo.at(agreed.minusDays(4), "10:30", SV,
				(sv) -> demo.answerAll(demo.caseId(AMBULANCES), MethodStep.NEGOTIATION_ROUNDS, true, sv));
	}

	/**
	 * The vaccination days, opened less than a month ago, waiting for HQ's decision to
	 * engage since six days ago.
	 */
	static void vaccination(DemoSteps demo, long team, LocalDate today) {
		LocalDate opened = today.minusDays(25);
		demo.at(opened, "09:00", SV,
				(sv) -> demo.opened.open(new CaseForm(team, VACCINATION, "SV", "San Salvador", "Zona norte",
						Set.of(demo.group("Mara Norte")), ObjectiveType.ACCESS_FOR_HEALTH_CARE, Priority.MEDIUM,
						"field.sv", null, null), sv));
		demo.at(opened.plusDays(1), "10:30", SV, (sv) -> demo.analyses
			.save(demo.caseId(VACCINATION), null, new ConflictAnalysisForm(
					"Measles cases in the northern neighbourhoods; the health ministry's teams do not enter since 2024.",
					"Mara Norte controls every street of the zone.", "Police enter only in operations.",
					"About 6,000 children under five have missed their vaccines.",
					"Vaccinators seen as informants; families punished for letting them in.", LegalRegime.NOT_MET,
					"Criminal violence under domestic law; human rights law applies.",
					List.of(new CaseActor(ActorKind.ARMED_GROUP, "Mara Norte", "Controls the zone"),
							new CaseActor(ActorKind.STATE_BODY, "Ministry of Health", "Supplies the vaccines")),
					"Children are falling ill with measles", "Who reported the families in 2024",
					"Children must be protected", "Whether state teams may enter"), sv));
		demo.at(opened.plusDays(1), "10:50", SV,
				(sv) -> demo.answerAll(demo.caseId(VACCINATION), MethodStep.CONFLICT_ANALYSIS, true, sv));
		demo.at(opened.plusDays(5), "15:30", SV, (sv) -> {
			long vaccination = demo.caseId(VACCINATION);
			long norte = demo.group("Mara Norte");
			AssessmentForm prefilledNorte = demo.assessments.prefill(demo.access.toRead(vaccination, sv), norte);
			demo.assessments.assess(vaccination, norte,
					new AssessmentForm(prefilledNorte.assessedOn(), prefilledNorte.structure(),
							"The spokespeople in prison decide; the clique leaders carry it out.",
							DemoSteps.or(prefilledNorte.interests(), "Control of the zone; its members' families."),
							prefilledNorte.perception(), "Gains: healthy children of its members. Loses: nothing.",
							prefilledNorte.pastBehaviour(), "No state employees in the zone.",
							"State teams gather intelligence.", "Protection of its families.",
							List.of(new Influencer("VOCERO-N", "Spokesperson in prison", Influence.HIGH,
									Disposition.NEUTRAL, null))),
					sv);
		});
		demo.at(opened.plusDays(5), "15:50", SV,
				(sv) -> demo.answerAll(demo.caseId(VACCINATION), MethodStep.UNDERSTANDING_THE_GROUP, true, sv));
		demo.at(opened.plusDays(13), "11:10", SV,
				(sv) -> demo.objectives.save(demo.caseId(VACCINATION), null, new ObjectivesForm(
						List.of(new Objective("Two vaccination days in the zone", Priority.HIGH,
								"One day, in the community centre")),
						List.of("No police escort for the vaccinators"),
						"Vaccinate at the health centre outside the zone."), sv));
		demo.at(opened.plusDays(13), "11:30", SV, (sv) -> demo.measures.add(demo.caseId(VACCINATION),
				new MoeForm("Children vaccinated", "children", BigDecimal.ZERO, BigDecimal.valueOf(6000)), sv));
		demo.at(opened.plusDays(13), "11:45", SV,
				(sv) -> demo.answerAll(demo.caseId(VACCINATION), MethodStep.OBJECTIVES, true, sv));
		demo.at(opened.plusDays(19), "16:15", SV,
				(sv) -> demo.answerAll(demo.caseId(VACCINATION), MethodStep.INTERNAL_DECISION, false, sv));
		demo.at(opened.plusDays(19), "16:40", SV,
				(sv) -> demo.workflow.requestDecision(demo.caseId(VACCINATION),
						demo.version(demo.caseId(VACCINATION), sv),
						demo.request(demo.caseId(VACCINATION),
								"Direct, with the spokespeople in prison, through the mediator (MEDIADOR-1)",
								"Two vaccination days in the community centre of the zona norte"),
						sv));
	}

}
