package org.parley.negotiation;

import org.parley.shared.CurrentUser;
import org.parley.shared.web.Route;
import org.parley.shared.web.RouteGuard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The case's rules at the door of every route under a case ({@code /cases/{id}/**},
 * {@code /cases/{caseId}/**} and the API's): a case the user may not see is not found,
 * and of the roles that see it, HQ reviewers of the team decide (engagement decisions,
 * closure) and its field officers do every other write; only field officers open cases.
 * Stated again here, before the body is read, from the same {@link CaseAccess} the
 * services ask.
 */
@Component
class CaseRoutes implements RouteGuard {

	private final CaseAccess access;

	private final JdbcClient jdbc;

	CaseRoutes(CaseAccess access, JdbcClient jdbc) {
		this.access = access;
		this.jdbc = jdbc;
	}

	@Override
	public void check(Route route, CurrentUser user) {
		if (route.write() && (route.path().equals("/cases") || route.path().equals("/moe-measurements"))
				&& this.access.teamsToWork(user).isEmpty()) {
			throw new AccessDeniedException("Only field officers open cases and record for them");
		}
		if (route.has("id") && route.under("/cases/{id}/**")) {
			require(route, this.access.toRead(route.id("id"), user));
		}
		else if (route.has("caseId") && route.under("/cases/{caseId}/**")) {
			require(route, this.access.toRead(route.id("caseId"), user));
		}
		else if (route.has("id") && route.under("/moe-measurements/{id}")) {
			long caseId = this.jdbc.sql("SELECT case_id FROM moe_measurement WHERE id = :id")
				.param("id", route.id("id"))
				.query(Long.class)
				.optional()
				.orElse(Route.NO_RECORD);
			require(route, this.access.toRead(caseId, user));
		}
	}

	/**
	 * A write (or its form) needs the role that does it: HQ decides, the field officers
	 * work.
	 */
	private static void require(Route route, CaseGrant grant) {
		if (!route.acts()) {
			return;
		}
		if (decides(route)) {
			if (!grant.mayDecide()) {
				throw new AccessDeniedException("Only HQ reviewers of the team decide on its cases");
			}
		}
		else if (!grant.mayWork()) {
			throw new AccessDeniedException("Only the team's field officers work on its cases");
		}
	}

	private static boolean decides(Route route) {
		return route.under("/cases/{id}/decisions/{decisionId}") || route.under("/cases/{id}/closure/decision");
	}

}
