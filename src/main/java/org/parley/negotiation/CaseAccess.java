package org.parley.negotiation;

import java.util.List;

import org.parley.protection.Classification;
import org.parley.shared.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one question every module asks about a case: may this user see it, work on it (at
 * this step), or decide on it? Answered with one query of the case's team, step, status
 * and version, without loading the case. A case of another team does not exist for the
 * user ({@link CaseNotFoundException}: 404); a role that may read but not act is refused
 * ({@link AccessDeniedException}: 403); a closed case or a step not reached is a broken
 * rule.
 */
@Service
public class CaseAccess {

	private final JdbcClient jdbc;

	CaseAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The case, if the user may read it. */
	@Transactional(readOnly = true)
	public CaseGrant toRead(long caseId, CurrentUser user) {
		return this.jdbc.sql("""
				SELECT team_id, current_step, status, version, classification, named_reviewers
				FROM negotiation_case WHERE id = :id""")
			.param("id", caseId)
			.query((rs, n) -> grant(caseId, rs.getLong("team_id"),
					new CaseStage(MethodStep.valueOf(rs.getString("current_step")),
							CaseStatus.valueOf(rs.getString("status"))),
					rs.getLong("version"), Classification.valueOf(rs.getString("classification")),
					named(rs.getArray("named_reviewers")), user))
			.optional()
			.filter((grant) -> CasePermissions.canSee(user, grant.teamId()))
			.orElseThrow(() -> new CaseNotFoundException(caseId));
	}

	/**
	 * What the user may do with a case just read through {@link CaseQueries} (which
	 * checked that they may see it): no further query.
	 */
	public CaseGrant of(CaseView view, CurrentUser user) {
		return grant(view.id(), view.teamId(), view.stage(), view.version(), view.classification(),
				view.namedReviewerIds(), user);
	}

	static CaseGrant grant(long caseId, long teamId, CaseStage stage, long version, Classification level,
			List<Long> named, CurrentUser user) {
		return new CaseGrant(caseId, teamId, stage, version, CasePermissions.canWork(user, teamId),
				CasePermissions.canDecide(user, teamId), level, named,
				CasePermissions.canOpenStrict(user, teamId, named));
	}

	static List<Long> named(java.sql.Array array) throws java.sql.SQLException {
		if (array == null) {
			return List.of();
		}
		Object[] values = (Object[]) array.getArray();
		return java.util.Arrays.stream(values).map((v) -> ((Number) v).longValue()).toList();
	}

	/** The case, if the user is one of its team's field officers and it is still open. */
	@Transactional(readOnly = true)
	public CaseGrant toWork(long caseId, CurrentUser user) {
		CaseGrant grant = toRead(caseId, user);
		if (!grant.mayWork()) {
			throw new AccessDeniedException("Only the team's field officers work on its cases");
		}
		grant.stage().requireOpen();
		return grant;
	}

	/**
	 * The case, if the user works on it and it has reached the step: nothing of a step is
	 * written before the case gets there, so nothing of the engagement before HQ's
	 * decision.
	 */
	@Transactional(readOnly = true)
	public CaseGrant toWorkAt(long caseId, MethodStep step, CurrentUser user) {
		CaseGrant grant = toWork(caseId, user);
		grant.stage().requireReached(step);
		return grant;
	}

	/** The case, if the user is one of its team's HQ reviewers and it is still open. */
	@Transactional(readOnly = true)
	public CaseGrant toDecide(long caseId, CurrentUser user) {
		CaseGrant grant = toRead(caseId, user);
		if (!grant.mayDecide()) {
			throw new AccessDeniedException("Only HQ reviewers of the team decide on its cases");
		}
		grant.stage().requireOpen();
		return grant;
	}

	/** The teams whose cases the user may read. */
	public List<Long> teamsToRead(CurrentUser user) {
		return user.teamIds().stream().filter((team) -> CasePermissions.canSee(user, team)).sorted().toList();
	}

	/** The teams whose cases the user works on (opens, records for). */
	public List<Long> teamsToWork(CurrentUser user) {
		return user.teamIds().stream().filter((team) -> CasePermissions.canWork(user, team)).sorted().toList();
	}

	/** The teams for which the user decides (HQ). */
	public List<Long> teamsToDecide(CurrentUser user) {
		return user.teamIds().stream().filter((team) -> CasePermissions.canDecide(user, team)).sorted().toList();
	}

}
