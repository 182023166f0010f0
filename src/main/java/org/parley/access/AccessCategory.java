package org.parley.access;

/**
 * The nine categories of OCHA's access monitoring and reporting framework, in its order.
 * Labels under {@code access.AccessCategory.<VALUE>}.
 */
public enum AccessCategory {

	/**
	 * 1. Denial of the existence of humanitarian needs or of entitlements to assistance.
	 */
	DENIAL_OF_NEEDS,

	/** 2. Restriction of movement of agencies, personnel or goods into the country. */
	ENTRY_RESTRICTED,

	/** 3. Restriction of movement within the country. */
	MOVEMENT_RESTRICTED,

	/** 4. Interference in the implementation of humanitarian activities. */
	INTERFERENCE,

	/** 5. Violence against humanitarian personnel, assets and facilities. */
	VIOLENCE_AGAINST_AID,

	/**
	 * 6. Restriction or obstruction of the population's access to services and
	 * assistance.
	 */
	POPULATION_ACCESS_RESTRICTED,

	/**
	 * 7. Ongoing military operations and hostilities impeding humanitarian operations.
	 */
	HOSTILITIES,

	/** 8. Presence of mines and explosive remnants of war. */
	EXPLOSIVE_HAZARDS,

	/** 9. Physical environment: terrain, climate, lack of infrastructure. */
	PHYSICAL_ENVIRONMENT;

	/** Its number in the framework, 1 to 9. */
	public int number() {
		return ordinal() + 1;
	}

}
