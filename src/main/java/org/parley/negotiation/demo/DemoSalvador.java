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
import java.util.List;
import java.util.Set;

import org.parley.shared.CurrentUser;

/**
 * The demo cases of the El Salvador team: the ambulances across the divided city, and the
 * younger vaccination days waiting for HQ's decision.
 */
final class DemoSalvador {

	private DemoSalvador() {
	}

	/** The ambulances, with both gangs' spokespeople in prison: its rounds held. */
	static long ambulances(DemoSteps demo, long team, CurrentUser sv, CurrentUser hq) {
		long ambulances = demo.opened.open(new CaseForm(team, "Ambulance safe passage across the divided city", "SV",
				"San Salvador", null, Set.of(demo.group("Mara Norte"), demo.group("Barrio Once")),
				ObjectiveType.SAFE_PASSAGE, Priority.CRITICAL, "field.sv"), sv);
		demo.analyses.save(ambulances, null, new ConflictAnalysisForm(
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
		demo.answerAll(ambulances, MethodStep.CONFLICT_ANALYSIS, true, sv);
		for (String name : List.of("Mara Norte", "Barrio Once")) {
			long gang = demo.group(name);
			AssessmentForm prefilled = demo.assessments.prefill(demo.access.toRead(ambulances, sv), gang);
			demo.assessments.assess(ambulances, gang, new AssessmentForm(prefilled.assessedOn(), prefilled.structure(),
					"Spokespeople in prison speak for the leadership.",
					DemoSteps.or(prefilled.interests(),
							"Territory, extortion income, and the standing of its members."),
					prefilled.perception(), "Gains: its own wounded reach hospital. Loses: face, if seen to yield.",
					prefilled.pastBehaviour(), "No vehicle of the other side in its territory.",
					"Vehicles are used to move rivals and police.", "Respect; protection of its families.",
					List.of(new Influencer("VOCERO-N", "Spokesperson in prison", Influence.HIGH, Disposition.NEUTRAL,
							null))),
					sv);
		}
		demo.answerAll(ambulances, MethodStep.UNDERSTANDING_THE_GROUP, true, sv);
		demo.objectives.save(ambulances, null,
				new ObjectivesForm(
						List.of(new Objective("Ambulances cross the boundary day and night", Priority.CRITICAL,
								"Ambulances cross by day with a call ahead")),
						List.of("No police or soldiers in the ambulances"),
						"Transfer patients at the boundary between two ambulances."),
				sv);
		demo.measures.add(ambulances, new MoeForm("Night-time ambulance crossings per month", "crossings",
				java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(40)), sv);
		demo.answerAll(ambulances, MethodStep.OBJECTIVES, true, sv);
		demo.answerAll(ambulances, MethodStep.INTERNAL_DECISION, false, sv);
		demo.workflow.requestDecision(ambulances, demo.version(ambulances, sv),
				DemoSteps.request("Direct, with spokespeople in prison, through the mediator (MEDIADOR-1)",
						"Ambulances of the Red Cross society cross the gang boundary day and night"),
				sv);

		// HQ approved direct engagement; the rounds with the spokespeople led to an
		// agreement (the agreement itself is loaded by the agreement module's demo).
		demo.workflow.decide(ambulances, demo.id("SELECT id FROM engagement_decision WHERE case_id = " + ambulances), 0,
				DecisionStatus.APPROVED,
				"Direct engagement through the mediator, with the spokespeople only; never with street cliques.", hq);
		Long mediator = demo.id("SELECT id FROM interlocutor WHERE code_name = 'MEDIADOR-1'");
		demo.plans.save(ambulances, null, new EngagementForm(Modality.DIRECT,
				"Only the spokespeople in prison can commit both gangs; the mediator arranges each meeting and"
						+ " is trusted by both.",
				List.of(new TeamMember("Head of the El Salvador office", "Lead negotiator"),
						new TeamMember("Head of the ambulance service", "Explains how the ambulances work")),
				(mediator != null) ? Set.of(mediator) : Set.of(), Set.of(Approach.MEDIATION, Approach.NEGOTIATION)),
				sv);
		demo.answerAll(ambulances, MethodStep.ENGAGEMENT_MODALITY, true, sv);
		java.time.LocalDate firstMeeting = demo.calendar.today().minusMonths(3).minusDays(20);
		demo.rounds.add(ambulances,
				DemoSteps.prisonRound(firstMeeting, "Ambulances cross day and night after a call",
						"Ambulances carry only patients and crew", "The wounded of both gangs die on the way",
						"Mara Norte agrees in principle", "Barrio Once wants its own call number"),
				sv);
		demo.rounds.add(ambulances,
				DemoSteps.prisonRound(demo.calendar.today().minusMonths(2).minusDays(5),
						"A written note of the rules, read to both sides", "A call number for each gang",
						"Both gangs' families use the ambulances", "Both gangs agree to the rules", null),
				sv);

		return ambulances;
	}

	/** The vaccination days, waiting for HQ's decision to engage. */
	static long vaccination(DemoSteps demo, long team, CurrentUser sv) {
		// A fourth, younger case waits for HQ's decision to engage.
		long vaccination = demo.opened.open(new CaseForm(team, "Vaccination days in the northern neighbourhoods", "SV",
				"San Salvador", "Zona norte", Set.of(demo.group("Mara Norte")), ObjectiveType.ACCESS_FOR_HEALTH_CARE,
				Priority.MEDIUM, "field.sv"), sv);
		demo.analyses.save(vaccination, null, new ConflictAnalysisForm(
				"Measles cases in the northern neighbourhoods; the health ministry's teams do not enter since 2024.",
				"Mara Norte controls every street of the zone.", "Police enter only in operations.",
				"About 6,000 children under five have missed their vaccines.",
				"Vaccinators seen as informants; families punished for letting them in.", LegalRegime.NOT_MET,
				"Criminal violence under domestic law; human rights law applies.",
				List.of(new CaseActor(ActorKind.ARMED_GROUP, "Mara Norte", "Controls the zone"),
						new CaseActor(ActorKind.STATE_BODY, "Ministry of Health", "Supplies the vaccines")),
				"Children are falling ill with measles", "Who reported the families in 2024",
				"Children must be protected", "Whether state teams may enter"), sv);
		demo.answerAll(vaccination, MethodStep.CONFLICT_ANALYSIS, true, sv);
		long norte = demo.group("Mara Norte");
		AssessmentForm prefilledNorte = demo.assessments.prefill(demo.access.toRead(vaccination, sv), norte);
		demo.assessments.assess(vaccination, norte, new AssessmentForm(prefilledNorte.assessedOn(),
				prefilledNorte.structure(), "The spokespeople in prison decide; the clique leaders carry it out.",
				DemoSteps.or(prefilledNorte.interests(), "Control of the zone; its members' families."),
				prefilledNorte.perception(), "Gains: healthy children of its members. Loses: nothing.",
				prefilledNorte.pastBehaviour(), "No state employees in the zone.", "State teams gather intelligence.",
				"Protection of its families.", List.of(new Influencer("VOCERO-N", "Spokesperson in prison",
						Influence.HIGH, Disposition.NEUTRAL, null))),
				sv);
		demo.answerAll(vaccination, MethodStep.UNDERSTANDING_THE_GROUP, true, sv);
		demo.objectives.save(vaccination, null,
				new ObjectivesForm(
						List.of(new Objective("Two vaccination days in the zone", Priority.HIGH,
								"One day, in the community centre")),
						List.of("No police escort for the vaccinators"),
						"Vaccinate at the health centre outside the zone."),
				sv);
		demo.measures.add(vaccination, new MoeForm("Children vaccinated", "children", java.math.BigDecimal.ZERO,
				java.math.BigDecimal.valueOf(6000)), sv);
		demo.answerAll(vaccination, MethodStep.OBJECTIVES, true, sv);
		demo.answerAll(vaccination, MethodStep.INTERNAL_DECISION, false, sv);
		demo.workflow.requestDecision(vaccination, demo.version(vaccination, sv),
				DemoSteps.request("Direct, with the spokespeople in prison, through the mediator (MEDIADOR-1)",
						"Two vaccination days in the community centre of the zona norte"),
				sv);
		return vaccination;
	}

}
