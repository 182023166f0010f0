/**
 * The start page: what a signed-in user sees first.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Start page",
		allowedDependencies = { "shared", "shared :: web", "negotiation", "agreement", "audit", "disclosure" })
package org.parley.home;
