package org.parley.disclosure;

import org.parley.shared.CurrentUser;
import org.parley.shared.web.Route;
import org.parley.shared.web.RouteGuard;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The register's rules at the door, before any body is read: only the teams' field
 * officers and HQ reviewers record a request; a request of a team the user does not read
 * is not found; its team's field officers and HQ reviewers work on it, and only its HQ
 * reviewers open the decision or send one. The same rules as {@link DisclosureRequests}.
 */
@Component
class DisclosureRoutes implements RouteGuard {

	private final DisclosureRequests service;

	private final DisclosureRequestRepository requests;

	DisclosureRoutes(DisclosureRequests service, DisclosureRequestRepository requests) {
		this.service = service;
		this.requests = requests;
	}

	@Override
	public void check(Route route, CurrentUser user) {
		if (route.acts()
				&& (route.path().equals("/disclosure-requests") || route.path().equals("/disclosure-requests/new"))) {
			this.service.requireRecorder(user);
		}
		if (route.has("id") && route.under("/disclosure-requests/{id}/**")) {
			long id = route.id("id");
			DisclosureRequest request = this.requests.findById(id)
				.filter((found) -> DisclosurePermissions.canSee(user, found.teamId()))
				.orElseThrow(() -> new DisclosureRequestNotFoundException(id));
			if (route.under("/disclosure-requests/{id}/decision")) {
				if (!DisclosurePermissions.canDecide(user, request.teamId())) {
					throw new AccessDeniedException("Only HQ reviewers of the team decide on disclosure requests");
				}
			}
			else if ((route.acts() || route.under("/disclosure-requests/{id}/assessment"))
					&& !DisclosurePermissions.canWork(user, request.teamId())) {
				throw new AccessDeniedException("Only the team's field officers and HQ reviewers work on its requests");
			}
		}
	}

}
