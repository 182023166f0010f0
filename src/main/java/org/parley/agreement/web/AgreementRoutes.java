package org.parley.agreement.web;

import java.util.Map;

import org.parley.agreement.internal.AgreementAccess;
import org.parley.agreement.internal.AgreementNotFoundException;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.CaseNotFoundException;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.Route;
import org.parley.shared.web.RouteGuard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The agreement's rules at the door of {@code /agreements/{id}/**} and
 * {@code /api/v1/checks/{id}/**}: an agreement (or check) of a case the user may not see
 * is not found; HQ reviewers of the team review versions, its field officers and HQ
 * reviewers change an agreement's status and close its disputes, and its field officers
 * do every other write (drafts, revisions, checks, group reviews, scores, attachments,
 * disputes and their contacts). The same {@link AgreementAccess} the services ask, before
 * the body is read. A transfer named below a case belongs to that case (decision 0026).
 */
@Component
class AgreementRoutes implements RouteGuard {

	/** The path variables that name a record of an agreement, and its table. */
	private static final Map<String, String> BELOW_AN_AGREEMENT = Map.of("versionId", "agreement_version", "checkId",
			"compliance_check", "reviewId", "group_review", "disputeId", "agreement_dispute");

	private final AgreementAccess access;

	private final JdbcClient jdbc;

	AgreementRoutes(AgreementAccess access, JdbcClient jdbc) {
		this.access = access;
		this.jdbc = jdbc;
	}

	@Override
	public void check(Route route, CurrentUser user) {
		if (route.has("id") && route.under("/agreements/{id}/**")) {
			CaseGrant grant = this.access.toRead(route.id("id"), user).grant();
			requireBelow(route, route.id("id"));
			if (!route.acts()) {
				return;
			}
			if (route.under("/agreements/{id}/versions/{versionId}/review")) {
				requireThat(grant.mayDecide(), "Only HQ reviewers of the team review agreements");
			}
			else if (route.under("/agreements/{id}/status")
					|| route.under("/agreements/{id}/disputes/{disputeId}/outcome")) {
				requireThat(grant.mayWork() || grant.mayDecide(),
						"Only the team's field officers and HQ reviewers change an agreement");
			}
			else {
				requireThat(grant.mayWork(), "Only the team's field officers work on its agreements");
			}
		}
		else if (route.has("transferId") && route.under("/cases/{id}/transfers/{transferId}/**")) {
			// A transfer named below a case belongs to it (the case's own rules are
			// CaseRoutes').
			if (this.jdbc.sql("SELECT count(*) FROM case_transfer WHERE id = :id AND case_id = :case")
				.param("id", route.id("transferId"))
				.param("case", route.id("id"))
				.query(Long.class)
				.single() == 0) {
				throw new CaseNotFoundException(route.id("id"));
			}
		}
		else if (route.has("id") && route.under("/checks/{id}/**")) {
			long checkId = route.id("id");
			CaseGrant grant = this.jdbc.sql("SELECT case_id, agreement_id FROM compliance_check WHERE id = :id")
				.param("id", checkId)
				.query((rs, n) -> this.access.caseOf(rs.getLong("case_id"), rs.getLong("agreement_id"), user))
				.optional()
				.orElseThrow(() -> new AgreementNotFoundException(checkId));
			if (route.write()) {
				requireThat(grant.mayWork(), "Only the team's field officers record checks");
			}
		}
	}

	/**
	 * A version, check or group review named in the path belongs to the agreement: an
	 * agreement of one's own team opens nothing of another's.
	 */
	private void requireBelow(Route route, long agreementId) {
		BELOW_AN_AGREEMENT.forEach((variable, table) -> {
			if (route.has(variable)
					&& this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE id = :id AND agreement_id = :agreement")
						.param("id", route.id(variable))
						.param("agreement", agreementId)
						.query(Long.class)
						.single() == 0) {
				throw new AgreementNotFoundException(agreementId);
			}
		});
	}

	private static void requireThat(boolean allowed, String refusal) {
		if (!allowed) {
			throw new AccessDeniedException(refusal);
		}
	}

}
