package org.parley.negotiation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.armedgroup.GroupRef;
import org.parley.identity.ParleyUser;
import org.parley.identity.Role;
import org.parley.identity.TeamAdministration;
import org.parley.identity.UserAccount;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetCursor;
import org.parley.shared.KeysetPage;
import org.parley.shared.RuleViolation;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and describes cases, and reads them under need-to-know: a case of another team
 * does not exist for the reader.
 */
@Service
public class CaseQueries {

	private final NegotiationCaseRepository cases;

	private final GuidingQuestions questions;

	private final ArmedGroupQueries groups;

	private final NamedParameterJdbcTemplate jdbc;

	private final TeamAdministration teams;

	private final Clock clock;

	CaseQueries(NegotiationCaseRepository cases, GuidingQuestions questions, ArmedGroupQueries groups,
			TeamAdministration teams, DataSource dataSource, Clock clock) {
		this.teams = teams;
		this.cases = cases;
		this.questions = questions;
		this.groups = groups;
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.clock = clock;
	}

	@Transactional
	public long open(CaseForm form, CurrentUser user) {
		if (form.teamId() == null || !CasePermissions.canWork(user, form.teamId())) {
			throw new RuleViolation("teamId", "negotiation.case.team.not-yours");
		}
		String lead = leadNegotiator(form, form.teamId(), user);
		checkGroups(form);
		NegotiationCase opened = new NegotiationCase(form.teamId(), form, lead, this.questions.current().versionNo(),
				user.username(), this.clock.instant());
		return this.cases.save(opened).getId();
	}

	@Transactional
	public void describe(long id, long version, CaseForm form, CurrentUser user) {
		NegotiationCase existing = visible(id, user);
		if (!CasePermissions.canWork(user, existing.teamId())) {
			throw new AccessDeniedException("Only the team's field officers work on its cases");
		}
		ConcurrentEditException.check("NegotiationCase", id, version, existing.getVersion());
		if (existing.getStatus() != CaseStatus.ACTIVE) {
			throw new RuleViolation(null, "negotiation.case.closed");
		}
		checkGroups(form);
		existing.describe(form, leadNegotiator(form, existing.teamId(), user), this.clock.instant());
		this.cases.flush();
	}

	@Transactional(readOnly = true)
	public CaseView get(long id, CurrentUser user) {
		visible(id, user);
		return this.jdbc.query(SELECT + " WHERE c.id = :id", Map.of("id", id), this::rows).get(0);
	}

	/**
	 * CaseQueries the user may see, most recently changed first.
	 * @param mine only cases the user leads or opened
	 */
	@Transactional(readOnly = true)
	public KeysetPage<CaseView> page(CurrentUser user, boolean mine, MethodStep step, CaseStatus status, String cursor,
			int size) {
		return page(user, new CaseFilter(mine, step, status, null, null, null, false), cursor, size);
	}

	/**
	 * CaseQueries the user may see that match the filter, most recently changed first.
	 */
	@Transactional(readOnly = true)
	public KeysetPage<CaseView> page(CurrentUser user, CaseFilter filter, String cursor, int size) {
		boolean mine = filter.mine();
		MethodStep step = filter.step();
		CaseStatus status = filter.status();
		List<Long> teams = user.teamIds()
			.stream()
			.filter((team) -> CasePermissions.canSee(user, team))
			.filter((team) -> filter.teamId() == null || filter.teamId().equals(team))
			.toList();
		if (teams.isEmpty()) {
			return new KeysetPage<>(List.of(), null);
		}
		StringBuilder where = new StringBuilder(" WHERE c.team_id IN (:teams)");
		MapSqlParameterSource params = new MapSqlParameterSource("teams", teams);
		if (mine) {
			where.append(" AND (c.lead_negotiator = :me OR c.created_by = :me)");
			params.addValue("me", user.username());
		}
		if (step != null) {
			where.append(" AND c.current_step = :step");
			params.addValue("step", step.name());
		}
		if (status != null) {
			where.append(" AND c.status = :status");
			params.addValue("status", status.name());
		}
		if (filter.groupId() != null) {
			where.append(
					" AND EXISTS (SELECT 1 FROM negotiation_case_group g WHERE g.case_id = c.id AND g.group_id = :group)");
			params.addValue("group", filter.groupId());
		}
		if (filter.country() != null && !filter.country().isBlank()) {
			where.append(" AND c.country = :country");
			params.addValue("country", filter.country());
		}
		if (filter.overdue()) {
			where.append(" AND c.status = 'ACTIVE' AND c.next_step_due < :today");
			params.addValue("today", filter.today());
		}
		KeysetCursor after = KeysetCursor.decode(cursor);
		if (after != null) {
			try {
				params.addValue("afterTime", OffsetDateTime.ofInstant(Instant.parse(after.key()), ZoneOffset.UTC));
				params.addValue("afterId", after.id());
				where.append(" AND (c.updated_at, c.id) < (:afterTime, :afterId)");
			}
			catch (java.time.format.DateTimeParseException ex) {
				// not a cursor of ours: from the start
			}
		}
		params.addValue("limit", size + 1);
		List<CaseView> rows = this.jdbc.query(SELECT + where + " ORDER BY c.updated_at DESC, c.id DESC LIMIT :limit",
				params, this::rows);
		return KeysetPage.of(rows, size, (row) -> new KeysetCursor(row.updatedAt().toString(), row.id()).encode());
	}

	/**
	 * Active cases of the user's teams whose next step falls due by the given day, the
	 * most urgent first (overdue ones before those due soon).
	 * @param mine only cases the user leads or opened
	 */
	@Transactional(readOnly = true)
	public List<CaseView> nextStepsDue(CurrentUser user, boolean mine, java.time.LocalDate by, int limit) {
		List<Long> teams = user.teamIds().stream().filter((team) -> CasePermissions.canSee(user, team)).toList();
		if (teams.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("teams", teams).addValue("by", by)
			.addValue("limit", limit)
			.addValue("me", user.username());
		return this.jdbc
			.query(SELECT + " WHERE c.team_id IN (:teams) AND c.status = 'ACTIVE' AND c.next_step_due <= :by"
					+ (mine ? " AND (c.lead_negotiator = :me OR c.created_by = :me)" : "")
					+ " ORDER BY c.next_step_due, c.id LIMIT :limit", params, this::rows);
	}

	/** Active cases per step, per team the HQ reviewer decides for. */
	@Transactional(readOnly = true)
	public List<TeamSteps> activeByStep(CurrentUser reviewer) {
		List<Long> teams = reviewer.teamIds()
			.stream()
			.filter((team) -> CasePermissions.canDecide(reviewer, team))
			.toList();
		List<TeamSteps> result = new ArrayList<>();
		for (ParleyUser.TeamRef team : this.teams.refs(teams)) {
			Map<MethodStep, Long> counts = new java.util.EnumMap<>(MethodStep.class);
			for (MethodStep step : MethodStep.values()) {
				counts.put(step, 0L);
			}
			this.jdbc.query("""
					SELECT current_step, count(*) AS n FROM negotiation_case
					WHERE team_id = :team AND status = 'ACTIVE' GROUP BY current_step""", Map.of("team", team.id()),
					(row) -> {
						counts.put(MethodStep.valueOf(row.getString("current_step")), row.getLong("n"));
					});
			result.add(new TeamSteps(team.id(), team.name(), counts,
					counts.values().stream().mapToLong(Long::longValue).sum()));
		}
		return result;
	}

	/** Closures waiting for this HQ reviewer's confirmation (never their own request). */
	@Transactional(readOnly = true)
	public List<CaseView> closuresWaitingFor(CurrentUser reviewer) {
		List<Long> teams = reviewer.teamIds()
			.stream()
			.filter((team) -> CasePermissions.canDecide(reviewer, team))
			.toList();
		if (teams.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query(
				SELECT + " WHERE c.team_id IN (:teams) AND c.status = 'ACTIVE'"
						+ " AND c.closure_requested_by IS NOT NULL AND c.closure_requested_by <> :me"
						+ " ORDER BY c.closure_requested_at, c.id LIMIT 50",
				new MapSqlParameterSource("teams", teams).addValue("me", reviewer.username()), this::rows);
	}

	/** A team's active cases, counted per step. */
	public record TeamSteps(long teamId, String teamName, Map<MethodStep, Long> counts, long total) {
	}

	/** The team's field officers, who may lead a case. */
	@Transactional(readOnly = true)
	public List<UserAccount> negotiators(long teamId) {
		return this.teams.membersWithRole(teamId, Role.FIELD_OFFICER);
	}

	/** The teams whose cases the user may read. */
	public List<ParleyUser.TeamRef> readingTeams(CurrentUser user) {
		return this.teams.refs(user.teamIds().stream().filter((team) -> CasePermissions.canSee(user, team)).toList());
	}

	/** The teams the user may open cases for. */
	public List<ParleyUser.TeamRef> openingTeams(CurrentUser user) {
		return this.teams.refs(user.teamIds().stream().filter((team) -> CasePermissions.canWork(user, team)).toList());
	}

	public boolean canDecide(CaseView view, CurrentUser user) {
		return CasePermissions.canDecide(user, view.teamId());
	}

	public boolean canWork(CaseView view, CurrentUser user) {
		return CasePermissions.canWork(user, view.teamId());
	}

	private String leadNegotiator(CaseForm form, long teamId, CurrentUser user) {
		String lead = (form.leadNegotiator() == null || form.leadNegotiator().isBlank()) ? user.username()
				: form.leadNegotiator();
		if (negotiators(teamId).stream().noneMatch((member) -> member.getUsername().equals(lead))) {
			throw new RuleViolation("leadNegotiator", "negotiation.case.lead.not-in-team");
		}
		return lead;
	}

	private void checkGroups(CaseForm form) {
		for (Long group : form.groupIds()) {
			if (!this.groups.exists(group)) {
				throw new RuleViolation("groupIds", "armedgroup.relation.unknown-group");
			}
		}
	}

	private NegotiationCase visible(long id, CurrentUser user) {
		return this.cases.findById(id)
			.filter((found) -> CasePermissions.canSee(user, found.teamId()))
			.orElseThrow(() -> new CaseNotFoundException(id));
	}

	private static final String SELECT = """
			SELECT c.*, t.name AS team_name FROM negotiation_case c JOIN team t ON t.id = c.team_id""";

	private List<CaseView> rows(ResultSet rs) throws SQLException {
		List<CaseView> rows = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		while (rs.next()) {
			ids.add(rs.getLong("id"));
			rows.add(new CaseView(rs.getLong("id"), rs.getLong("team_id"), rs.getString("team_name"),
					rs.getString("title"), rs.getString("country"), rs.getString("region"), rs.getString("locality"),
					List.of(), ObjectiveType.valueOf(rs.getString("objective_type")),
					Priority.valueOf(rs.getString("priority")), rs.getString("lead_negotiator"),
					MethodStep.valueOf(rs.getString("current_step")), CaseStatus.valueOf(rs.getString("status")),
					rs.getInt("question_set_version"), rs.getString("created_by"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getLong("version"),
					rs.getString("next_step"), rs.getObject("next_step_due", java.time.LocalDate.class)));
		}
		if (ids.isEmpty()) {
			return rows;
		}
		Map<Long, List<GroupRef>> groupsByCase = new HashMap<>();
		this.jdbc.query("""
				SELECT cg.case_id, g.id, g.name FROM negotiation_case_group cg JOIN armed_group g ON g.id = cg.group_id
				WHERE cg.case_id IN (:ids) ORDER BY g.sort_name""", Map.of("ids", ids), (row) -> {
			groupsByCase.computeIfAbsent(row.getLong("case_id"), (k) -> new ArrayList<>())
				.add(new GroupRef(row.getLong("id"), row.getString("name")));
		});
		List<CaseView> withGroups = new ArrayList<>(rows.size());
		for (CaseView row : rows) {
			withGroups.add(new CaseView(row.id(), row.teamId(), row.teamName(), row.title(), row.country(),
					row.region(), row.locality(), groupsByCase.getOrDefault(row.id(), List.of()), row.objectiveType(),
					row.priority(), row.leadNegotiator(), row.currentStep(), row.status(), row.questionSetVersion(),
					row.createdBy(), row.createdAt(), row.updatedAt(), row.version(), row.nextStep(),
					row.nextStepDue()));
		}
		return withGroups;
	}

	/**
	 * What a case list is narrowed by; every criterion is optional.
	 *
	 * @param mine only cases the user leads or opened
	 * @param teamId only this team's cases (among the user's teams)
	 * @param overdue only active cases whose next step is past due
	 */
	public record CaseFilter(boolean mine, MethodStep step, CaseStatus status, Long groupId, String country,
			Long teamId, boolean overdue, java.time.LocalDate today) {

		public CaseFilter(boolean mine, MethodStep step, CaseStatus status, Long groupId, String country, Long teamId,
				boolean overdue) {
			this(mine, step, status, groupId, country, teamId, overdue, null);
		}

		CaseFilter on(java.time.LocalDate day) {
			return new CaseFilter(this.mine, this.step, this.status, this.groupId, this.country, this.teamId,
					this.overdue, day);
		}

	}

}
