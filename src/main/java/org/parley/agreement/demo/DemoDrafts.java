package org.parley.agreement.demo;

import java.time.LocalDate;
import java.util.List;

import org.parley.agreement.AgreementDraft;
import org.parley.agreement.Commitment;
import org.parley.agreement.CommitmentCategory;
import org.parley.agreement.DisputeSettlement;
import org.parley.agreement.FormOfAgreement;
import org.parley.agreement.Party;
import org.parley.agreement.PartyKind;
import org.parley.agreement.Recurrence;
import org.parley.agreement.SigningStatus;
import org.parley.agreement.Stage;

/** What the demo agreements say (fictional). */
final class DemoDrafts {

	private DemoDrafts() {
	}

	/** The clinic's verbal agreement: six months of passage on Tuesdays. */
	static AgreementDraft clinic(LocalDate start, long sierra) {
		return new AgreementDraft("Clinic passage in the Sierra Alta", FormOfAgreement.VERBAL,
				"The road from the municipal seat to the eleven upper villages", "About 4,000 people",
				"A mobile clinic, one day a week", start, start.plusMonths(6),
				"The clinic crosses the checkpoints every Tuesday without fees; no armed men at the clinic while "
						+ "it works.",
				null, Stage.IMPLEMENTATION, SigningStatus.VERBAL_OR_UNCLEAR, DisputeSettlement.NEUTRAL_MEDIATOR,
				List.of(new Party(PartyKind.ORGANISATION, null, "Our organisation"),
						new Party(PartyKind.ARMED_GROUP, sierra, null),
						new Party(PartyKind.OTHER, null, "Parish of the upper valley (witness)")),
				List.of(new Commitment(null, "Cártel del Sierra Alta", "Safe passage of the clinic every Tuesday",
						CommitmentCategory.SAFE_PASSAGE, null, Recurrence.WEEKLY, 2,
						"The parish priest confirms each crossing"),
						new Commitment(null, "Cártel del Sierra Alta", "No armed men at the clinic while it works",
								CommitmentCategory.NO_ARMED_PRESENCE, null, Recurrence.WEEKLY, 2,
								"The clinic team reports after each visit"),
						new Commitment(null, "Our organisation", "Treat everyone by need alone",
								CommitmentCategory.RESPECT_FOR_HEALTH_CARE, null, Recurrence.MONTHLY, 1,
								"Monthly consultation report")));
	}

	/** The ambulances' written agreement with both gangs, for a year. */
	static AgreementDraft ambulances(LocalDate start, String norte, long norteId, String once, long onceId) {
		return new AgreementDraft("Ambulances across the divided city", FormOfAgreement.WRITTEN,
				"The boundary between the north and the south of the city", "About 250,000 people on both sides",
				"Ambulances of the Red Cross society, day and night", start, start.plusYears(1),
				"Ambulances cross the boundary day and night after a call to each gang's number; nobody stops or "
						+ "searches them; they carry only patients and crew.",
				"1. Ambulances of the Red Cross society cross the boundary at any hour after a call.\n"
						+ "2. Nobody stops, searches or follows an ambulance.\n"
						+ "3. Ambulances carry only patients and crew: never police, soldiers or weapons.\n"
						+ "4. Disputes go to the mediator.",
				Stage.IMPLEMENTATION, SigningStatus.SIGNED_BY_ALL, DisputeSettlement.NEUTRAL_MEDIATOR,
				List.of(new Party(PartyKind.ORGANISATION, null, "Our organisation"),
						new Party(PartyKind.ARMED_GROUP, norteId, null), new Party(PartyKind.ARMED_GROUP, onceId, null),
						new Party(PartyKind.OTHER, null, "Mediator (MEDIADOR-1)")),
				List.of(new Commitment(null, norte, "Ambulances cross into the north at any hour after a call",
						CommitmentCategory.SAFE_PASSAGE, null, Recurrence.WEEKLY, 1,
						"Crossing log of the ambulance service"),
						new Commitment(null, once, "Ambulances cross into the south at any hour after a call",
								CommitmentCategory.SAFE_PASSAGE, null, Recurrence.WEEKLY, 1,
								"Crossing log of the ambulance service"),
						new Commitment(null, "Our organisation",
								"Ambulances carry only patients and crew: never police, soldiers or weapons",
								CommitmentCategory.RESPECT_FOR_HEALTH_CARE, null, Recurrence.MONTHLY, 1,
								"Monthly report of the ambulance service")));
	}

	/** The hospital's ground rules as first written: the group guards the gate. */
	static AgreementDraft hospital(LocalDate start, long valle) {
		List<Party> parties = List.of(new Party(PartyKind.ORGANISATION, null, "Our organisation"),
				new Party(PartyKind.ARMED_GROUP, valle, null),
				new Party(PartyKind.OTHER, null, "Director of the valley hospital"));
		Commitment treated = new Commitment(null, "Our organisation",
				"Every patient is treated by medical need alone, the group's wounded included",
				CommitmentCategory.RESPECT_FOR_HEALTH_CARE, null, Recurrence.MONTHLY, 1, "Hospital admissions log");
		return new AgreementDraft("Ground rules for the valley hospital", FormOfAgreement.EXCHANGE_OF_LETTERS,
				"The valley hospital and its grounds", "30,000 people", "Emergency ward, consultations, ambulances",
				start, null, "The self-defence group guards the hospital gate so that no armed man enters.", null,
				Stage.IMPLEMENTATION, SigningStatus.SIGNED_BY_ALL, DisputeSettlement.MONITORING_COMMISSION, parties,
				List.of(new Commitment(null, "Autodefensas Comunitarias del Valle",
						"The group guards the hospital gate day and night", CommitmentCategory.NO_ARMED_PRESENCE, null,
						Recurrence.WEEKLY, 5, "Hospital director's weekly note"), treated));
	}

	/**
	 * The hospital's ground rules reworded after HQ returned them: nobody armed enters.
	 */
	static AgreementDraft hospitalReworded(AgreementDraft first, String guard) {
		return new AgreementDraft(first.title(), first.form(), first.scopeArea(), first.scopePopulation(),
				first.scopeActivities(), first.validFrom(), null,
				"No armed man enters the hospital or its grounds; the hospital's porters keep the gate; the group's "
						+ "wounded are brought unarmed to the emergency entrance.",
				null, first.stage(), first.signingStatus(), first.disputeSettlement(), first.parties(),
				List.of(new Commitment(guard, "Autodefensas Comunitarias del Valle",
						"No armed man enters the hospital or its grounds", CommitmentCategory.NO_ARMED_PRESENCE, null,
						Recurrence.WEEKLY, 5, "Hospital director's weekly note"),
						new Commitment(null, "Autodefensas Comunitarias del Valle",
								"The group's wounded are brought unarmed to the emergency entrance",
								CommitmentCategory.RESPECT_FOR_HEALTH_CARE, null, Recurrence.MONTHLY, 1,
								"Hospital admissions log"),
						first.commitments().get(1)));
	}

}
