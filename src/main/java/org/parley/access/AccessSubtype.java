package org.parley.access;

import java.util.Arrays;
import java.util.List;

/**
 * The sub-types an access monitor records under each of OCHA's categories, some of them
 * particular to criminal armed groups (invisible borders between gang territories,
 * extortion at checkpoints, taxation of aid). Labels under
 * {@code access.AccessSubtype.<VALUE>}.
 */
public enum AccessSubtype {

	NEEDS_DENIED(AccessCategory.DENIAL_OF_NEEDS),

	ENTITLEMENT_DENIED(AccessCategory.DENIAL_OF_NEEDS),

	ASSESSMENT_REFUSED(AccessCategory.DENIAL_OF_NEEDS),

	VISAS_OR_PERMITS(AccessCategory.ENTRY_RESTRICTED),

	IMPORT_OF_GOODS(AccessCategory.ENTRY_RESTRICTED),

	REGISTRATION_IMPEDED(AccessCategory.ENTRY_RESTRICTED),

	BORDER_CLOSED(AccessCategory.ENTRY_RESTRICTED),

	CHECKPOINT(AccessCategory.MOVEMENT_RESTRICTED),

	ROADBLOCK(AccessCategory.MOVEMENT_RESTRICTED),

	CURFEW(AccessCategory.MOVEMENT_RESTRICTED),

	INVISIBLE_BORDER(AccessCategory.MOVEMENT_RESTRICTED),

	CHECKPOINT_EXTORTION(AccessCategory.MOVEMENT_RESTRICTED),

	TRAVEL_AUTHORISATION(AccessCategory.MOVEMENT_RESTRICTED),

	DIVERSION_OF_AID(AccessCategory.INTERFERENCE),

	BENEFICIARY_LIST_DEMANDS(AccessCategory.INTERFERENCE),

	RECRUITMENT_INTERFERENCE(AccessCategory.INTERFERENCE),

	TAXATION_OF_AID(AccessCategory.INTERFERENCE),

	PROGRAMME_DICTATED(AccessCategory.INTERFERENCE),

	ACTIVITIES_SUSPENDED(AccessCategory.INTERFERENCE),

	KILLING(AccessCategory.VIOLENCE_AGAINST_AID),

	INJURY(AccessCategory.VIOLENCE_AGAINST_AID),

	KIDNAPPING(AccessCategory.VIOLENCE_AGAINST_AID),

	THREAT(AccessCategory.VIOLENCE_AGAINST_AID),

	ROBBERY(AccessCategory.VIOLENCE_AGAINST_AID),

	STAFF_EXTORTION(AccessCategory.VIOLENCE_AGAINST_AID),

	ATTACK_ON_PREMISES(AccessCategory.VIOLENCE_AGAINST_AID),

	MOVEMENT_OF_PEOPLE_PREVENTED(AccessCategory.POPULATION_ACCESS_RESTRICTED),

	SERVICES_DENIED_BY_TERRITORY(AccessCategory.POPULATION_ACCESS_RESTRICTED),

	FEES_ON_PEOPLE(AccessCategory.POPULATION_ACCESS_RESTRICTED),

	CONFINEMENT(AccessCategory.POPULATION_ACCESS_RESTRICTED),

	CLASHES_BETWEEN_GROUPS(AccessCategory.HOSTILITIES),

	SECURITY_OPERATIONS(AccessCategory.HOSTILITIES),

	SHOOTINGS_OR_EXPLOSIONS(AccessCategory.HOSTILITIES),

	LANDMINES(AccessCategory.EXPLOSIVE_HAZARDS),

	IMPROVISED_DEVICES(AccessCategory.EXPLOSIVE_HAZARDS),

	UNEXPLODED_ORDNANCE(AccessCategory.EXPLOSIVE_HAZARDS),

	TERRAIN(AccessCategory.PHYSICAL_ENVIRONMENT),

	CLIMATE_OR_WEATHER(AccessCategory.PHYSICAL_ENVIRONMENT),

	DAMAGED_INFRASTRUCTURE(AccessCategory.PHYSICAL_ENVIRONMENT),

	NO_INFRASTRUCTURE(AccessCategory.PHYSICAL_ENVIRONMENT);

	private final AccessCategory category;

	AccessSubtype(AccessCategory category) {
		this.category = category;
	}

	public AccessCategory category() {
		return this.category;
	}

	/** The sub-types of a category, in order. */
	public static List<AccessSubtype> of(AccessCategory category) {
		return Arrays.stream(values()).filter((s) -> s.category == category).toList();
	}

}
