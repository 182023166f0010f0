package org.parley.access;

import org.parley.shared.CurrentUser;
import org.parley.shared.web.Route;
import org.parley.shared.web.RouteGuard;

import org.springframework.stereotype.Component;

/**
 * The access pages' rules at the door: the teams' officers, reviewers and auditors read;
 * only field officers record (and get the forms); a constraint of a team the user does
 * not read is not found. The same rules as the services, before the body is read.
 */
@Component
class AccessRoutes implements RouteGuard {

	private final AccessConstraintRepository constraints;

	AccessRoutes(AccessConstraintRepository constraints) {
		this.constraints = constraints;
	}

	@Override
	public void check(Route route, CurrentUser user) {
		if (!route.under("/access/**")) {
			return;
		}
		AccessPermissions.requireReader(user);
		if (route.has("id") && route.under("/access/constraints/{id}/**")) {
			long id = route.id("id");
			this.constraints.findById(id)
				.filter((found) -> AccessPermissions.canRead(user, found.teamId()))
				.orElseThrow(() -> new AccessNotFoundException(id));
		}
		if (route.acts()) {
			AccessPermissions.requireRecorder(user);
		}
	}

}
