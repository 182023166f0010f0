package org.parley.incident;

import org.parley.shared.CurrentUser;
import org.parley.shared.web.Route;
import org.parley.shared.web.RouteGuard;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The incidents' rules at the door: only field officers record an incident; an incident
 * of a team the user does not read is not found; its team's field officers and HQ
 * reviewers correct it. The same rules as {@link Incidents}, before the body is read.
 */
@Component
class IncidentRoutes implements RouteGuard {

	private final Incidents incidents;

	private final IncidentRepository repository;

	IncidentRoutes(Incidents incidents, IncidentRepository repository) {
		this.incidents = incidents;
		this.repository = repository;
	}

	@Override
	public void check(Route route, CurrentUser user) {
		if (route.write() && route.path().equals("/incidents")) {
			this.incidents.requireRecorder(user);
		}
		if (route.has("id") && route.under("/incidents/{id}/**")) {
			long id = route.id("id");
			Incident incident = this.repository.findById(id)
				.filter((found) -> IncidentPermissions.canSee(user, found.teamId(), found.getClassification(),
						found.namedReviewerIds()))
				.orElseThrow(() -> new IncidentNotFoundException(id));
			boolean reads = IncidentPermissions.canRead(user, incident.teamId(), incident.getClassification(),
					incident.namedReviewerIds());
			if ((route.acts() || route.under("/incidents/{id}/shareable")) && !reads) {
				// Strictly confidential: an auditor knows it exists, nothing more.
				throw new IncidentNotFoundException(id);
			}
			if (route.under("/incidents/{id}/classification")) {
				if (!IncidentPermissions.canClassify(user, incident.teamId(), incident.getClassification(),
						incident.namedReviewerIds())) {
					throw new AccessDeniedException("Only the team's HQ reviewers change an incident's level");
				}
			}
			else if (route.acts() && !IncidentPermissions.canEdit(user, incident.teamId())) {
				throw new AccessDeniedException("Only the team's field officers and HQ reviewers correct incidents");
			}
		}
	}

}
