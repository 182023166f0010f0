package org.parley.incident;

/**
 * What an incident affected; several may apply. Labels under
 * {@code incident.Affected.<VALUE>}.
 */
public enum Affected {

	STAFF, PATIENTS, FACILITY, TRANSPORT, AID

}
