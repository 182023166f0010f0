package org.parley.shared.web;

import org.parley.shared.CurrentUser;

/**
 * A module's say on its own routes, asked before anything of the request is bound or
 * validated: a record named in the path that the user may not see is not found (throw the
 * module's {@link org.parley.shared.NotFoundException}: 404), and a role that may not do
 * this at all is refused
 * ({@link org.springframework.security.access.AccessDeniedException}: 403), whatever the
 * body. A guard does nothing for a route it does not know. The services keep their own
 * checks: the guard states the same rules once more, at the door.
 */
public interface RouteGuard {

	/**
	 * Decides whether the signed-in user may go on with the route.
	 * @param route the matched route: method, pattern and path variables
	 * @param user the signed-in user
	 */
	void check(Route route, CurrentUser user);

}
