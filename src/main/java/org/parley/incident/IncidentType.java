package org.parley.incident;

/**
 * What kind of incident, after the WHO attacks-on-health-care categories. Labels under
 * {@code incident.IncidentType.<VALUE>}.
 */
public enum IncidentType {

	VIOLENCE_AGAINST_PERSONNEL, KIDNAPPING, THREAT_OR_INTIMIDATION, ATTACK_ON_FACILITY, ATTACK_ON_TRANSPORT,
	OBSTRUCTION_OF_ACCESS, LOOTING, OCCUPATION_OF_FACILITY

}
