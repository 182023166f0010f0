/**
 * The in-app inbox and, when the organisation turns it on, e-mail: what waits for a
 * user's review, checks due or overdue, returned agreements and decisions, an emergency
 * destruction waiting for a second administrator. It listens to the events other modules
 * publish (agreement, negotiation, protection) and addresses people through identity; no
 * module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = { "shared",
		"shared::web", "audit", "identity", "negotiation", "agreement", "protection" })
package org.parley.notification;
