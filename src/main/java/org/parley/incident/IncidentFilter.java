package org.parley.incident;

/**
 * What an incident list is narrowed by; every criterion is optional.
 *
 * @param groupId incidents attributed to this group of the registry
 */
public record IncidentFilter(IncidentType type, Long groupId, Certainty certainty, Long caseId, Long agreementId) {

	static final IncidentFilter ALL = new IncidentFilter(null, null, null, null, null);

}
