package org.parley.negotiation;

import java.util.Map;

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

	/** The path variables that name a record of a case, and its table. */
	private static final Map<String, String> BELOW_A_CASE = Map.of("moeId", "case_moe", "measurementId",
			"moe_measurement", "assessmentId", "case_group_assessment", "roundId", "negotiation_round", "decisionId",
			"engagement_decision");

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
			CaseGrant grant = this.access.toRead(route.id("id"), user);
			requireBelow(route, route.id("id"));
			require(route, grant);
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
	 * A record named below the case in the path belongs to that case: a case of one's own
	 * team opens nothing of another case (a measure, round or decision of another
	 * team's).
	 */
	private void requireBelow(Route route, long caseId) {
		BELOW_A_CASE.forEach((variable, table) -> {
			if (route.has(variable)
					&& this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE id = :id AND case_id = :case")
						.param("id", route.id(variable))
						.param("case", caseId)
						.query(Long.class)
						.single() == 0) {
				throw new CaseNotFoundException(caseId);
			}
		});
		if (route.has("measurementId") && route.has("moeId")
				&& this.jdbc.sql("SELECT count(*) FROM moe_measurement WHERE id = :id AND moe_id = :moe")
					.param("id", route.id("measurementId"))
					.param("moe", route.id("moeId"))
					.query(Long.class)
					.single() == 0) {
			throw new CaseNotFoundException(caseId);
		}
	}

	/**
	 * A write (or its form) needs the role that does it: HQ decides (and changes levels,
	 * decision 0022), the field officers work.
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
		return route.under("/cases/{id}/decisions/{decisionId}") || route.under("/cases/{id}/closure/decision")
				|| route.under("/cases/{id}/classification")
				|| route.under("/cases/{id}/rounds/{roundId}/classification")
				|| route.under("/cases/{id}/transfers/{transferId}/approval");
	}

}
