/**
 * Access constraints: what blocks humanitarian access in an area over a period, typed by
 * OCHA's access monitoring and reporting framework, and the teams' severity of access
 * constraints per area and month (0-3) that HQ compares across areas and months. Depends
 * on {@code negotiation}, {@code incident} and {@code armedgroup} for the cases,
 * incidents and groups a constraint concerns, read through their public services
 * (decision 0015).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access constraints", allowedDependencies = { "shared",
		"shared::web", "audit", "protection", "identity", "armedgroup", "negotiation", "incident" })
package org.parley.access;
