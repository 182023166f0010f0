/**
 * Security incidents affecting staff, patients, facilities, transport or aid: what
 * happened, when and where, who did it (a group of the registry, or unknown), who was
 * hurt, how certain the information is, and which fields may be shared with other
 * agencies. Depends on {@code negotiation} and {@code agreement} for the case, agreement,
 * commitment and compliance check an incident concerns, and on {@code armedgroup} for the
 * perpetrator; tells a group's profile which incidents are attributed to it through
 * {@code armedgroup.AttributedIncidents}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security incidents", allowedDependencies = { "shared",
		"shared::web", "audit", "protection", "identity", "armedgroup", "negotiation", "agreement" })
package org.parley.incident;
