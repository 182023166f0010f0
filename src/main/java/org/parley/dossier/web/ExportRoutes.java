package org.parley.dossier.web;

import org.parley.dossier.Dossiers;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.Route;
import org.parley.shared.web.RouteGuard;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Only auditors and HQ reviewers export cases: said at the door of {@code POST /exports}
 * (page and API) too, before the request's period and team are read.
 */
@Component
class ExportRoutes implements RouteGuard {

	@Override
	public void check(Route route, CurrentUser user) {
		if (route.write() && route.path().equals("/exports") && !Dossiers.mayExport(user)) {
			throw new AccessDeniedException("Only auditors and HQ reviewers export cases");
		}
	}

}
