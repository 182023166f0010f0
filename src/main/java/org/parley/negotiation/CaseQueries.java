package org.parley.negotiation;

import org.parley.negotiation.casefile.EngagementDecision;
import org.parley.negotiation.casefile.EngagementDecisionRepository;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.casefile.Timeline;
import org.parley.negotiation.search.CaseMatcher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.armedgroup.GroupRef;
import org.parley.identity.ParleyUser;
import org.parley.identity.TeamAdministration;
import org.parley.protection.FieldSealer;
import org.parley.protection.Sealed;
import org.parley.protection.Classification;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetCursor;
import org.parley.shared.KeysetPage;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases as people read them, under need-to-know: a case of another team does not exist
 * for the reader. Lists are keyset-paged and scoped to the reader's teams. Team and group
 * names come from the identity and armed-group modules' published queries, not from their
 * tables.
 */
@Service
public class CaseQueries {

	private static final String SELECT = "SELECT c.* FROM negotiation_case c";

	private final CaseAccess access;

	private final NamedParameterJdbcTemplate jdbc;

	private final ArmedGroupQueries groups;

	private final TeamAdministration teams;

	private final EngagementDecisionRepository decisions;

	private final Timeline timeline;

	private final FieldSealer sealer;

	private final CaseMatcher matcher;

	CaseQueries(CaseAccess access, DataSource dataSource, ArmedGroupQueries groups, TeamAdministration teams,
			EngagementDecisionRepository decisions, Timeline timeline, FieldSealer sealer, CaseMatcher matcher) {
		this.sealer = sealer;
		this.matcher = matcher;
		this.access = access;
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.groups = groups;
		this.teams = teams;
		this.decisions = decisions;
		this.timeline = timeline;
	}

	@Transactional(readOnly = true)
	public CaseView get(long id, CurrentUser user) {
		this.access.toRead(id, user);
		return this.jdbc.query(SELECT + " WHERE c.id = :id", Map.of("id", id), rowsFor(user)).get(0);
	}

	/** The SQL twin of {@link #fold} for Spanish and Portuguese letters. */
	private static final String FOLD = "lower(translate(%s, 'áàâäãéèêëíìîïóòôöõúùûüñçÁÀÂÄÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇ',"
			+ " 'aaaaaeeeeiiiiooooouuuuncAAAAAEEEEIIIIOOOOOUUUUNC'))";

	static String fold(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT);
	}

	/** Cases the user may see that match the filter, most recently changed first. */
	@Transactional(readOnly = true)
	public KeysetPage<CaseView> page(CurrentUser user, CaseFilter filter, String cursor, int size) {
		List<Long> teams = this.access.teamsToRead(user)
			.stream()
			.filter((team) -> filter.teamId() == null || filter.teamId().equals(team))
			.toList();
		if (teams.isEmpty()) {
			return new KeysetPage<>(List.of(), null);
		}
		StringBuilder where = new StringBuilder(" WHERE c.team_id IN (:teams)");
		MapSqlParameterSource params = new MapSqlParameterSource("teams", teams);
		if (filter.mine()) {
			where.append(" AND (c.lead_negotiator = :me OR c.created_by = :me)");
			params.addValue("me", user.username());
		}
		if (filter.step() != null) {
			where.append(" AND c.current_step = :step");
			params.addValue("step", filter.step().name());
		}
		if (filter.status() != null) {
			where.append(" AND c.status = :status");
			params.addValue("status", filter.status().name());
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
		if (filter.title() != null && !filter.title().isBlank()) {
			where.append(" AND " + FOLD.formatted("c.title") + " LIKE :title ESCAPE '\\'");
			params.addValue("title", "%"
					+ fold(filter.title().strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (filter.query() != null && !filter.query().isBlank()) {
			CaseMatcher.Condition words = this.matcher.condition(teams, filter.query());
			if (words != null) {
				where.append(" AND ").append(words.sql());
				params.addValues(words.params());
			}
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
			catch (DateTimeParseException ex) {
				// not a cursor of ours: from the start
			}
		}
		params.addValue("limit", size + 1);
		List<CaseView> rows = this.jdbc.query(SELECT + where + " ORDER BY c.updated_at DESC, c.id DESC LIMIT :limit",
				params, rowsFor(user));
		return KeysetPage.of(rows, size, (row) -> new KeysetCursor(row.updatedAt().toString(), row.id()).encode());
	}

	/**
	 * Active cases of the user's teams whose next step falls due by the given day, the
	 * most urgent first (overdue ones before those due soon).
	 * @param mine only cases the user leads or opened
	 */
	@Transactional(readOnly = true)
	public List<CaseView> nextStepsDue(CurrentUser user, boolean mine, LocalDate by, int limit) {
		List<Long> teams = this.access.teamsToRead(user);
		if (teams.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("teams", teams).addValue("by", by)
			.addValue("limit", limit)
			.addValue("me", user.username());
		return this.jdbc
			.query(SELECT + " WHERE c.team_id IN (:teams) AND c.status = 'ACTIVE' AND c.next_step_due <= :by"
					+ (mine ? " AND (c.lead_negotiator = :me OR c.created_by = :me)" : "")
					+ " ORDER BY c.next_step_due, c.id LIMIT :limit", params, rowsFor(user));
	}

	/** Active cases per step, per team the HQ reviewer decides for. */
	@Transactional(readOnly = true)
	public List<TeamSteps> activeByStep(CurrentUser reviewer) {
		List<TeamSteps> result = new ArrayList<>();
		for (ParleyUser.TeamRef team : this.teams.refs(this.access.teamsToDecide(reviewer))) {
			Map<MethodStep, Long> counts = new EnumMap<>(MethodStep.class);
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
		List<Long> teams = this.access.teamsToDecide(reviewer);
		if (teams.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query(
				SELECT + " WHERE c.team_id IN (:teams) AND c.status = 'ACTIVE'"
						+ " AND c.closure_requested_by IS NOT NULL AND c.closure_requested_by <> :me"
						+ " ORDER BY c.closure_requested_at, c.id LIMIT 50",
				new MapSqlParameterSource("teams", teams).addValue("me", reviewer.username()), rowsFor(reviewer));
	}

	/**
	 * Requests to engage waiting for this HQ reviewer: pending, of the reviewer's teams,
	 * not asked by the reviewer. The oldest first, at most {@code limit} (they have
	 * waited longest; at the size of a large organisation a team has thousands).
	 */
	@Transactional(readOnly = true)
	public List<PendingDecision> decisionsWaitingFor(CurrentUser reviewer, int limit) {
		List<Long> teams = this.access.teamsToDecide(reviewer);
		if (teams.isEmpty()) {
			return List.of();
		}
		List<EngagementDecision> pending = this.decisions
			.findByStatusAndTeamIdInAndRequestedByNotOrderByRequestedAtAscIdAsc(DecisionStatus.PENDING, teams,
					reviewer.username(), org.springframework.data.domain.Limit.of(limit));
		Map<Long, String> titles = titles(pending.stream().map(EngagementDecision::getCaseId).toList());
		return pending.stream()
			.map((d) -> new PendingDecision(d.getCaseId(), titles.getOrDefault(d.getCaseId(), ""), d.summary()))
			.toList();
	}

	/** How many requests to engage wait for this HQ reviewer. */
	@Transactional(readOnly = true)
	public long countDecisionsWaitingFor(CurrentUser reviewer) {
		List<Long> teams = this.access.teamsToDecide(reviewer);
		return teams.isEmpty() ? 0 : this.decisions.countByStatusAndTeamIdInAndRequestedByNot(DecisionStatus.PENDING,
				teams, reviewer.username());
	}

	/** The case's requests to engage and HQ's decisions, newest first. */
	@Transactional(readOnly = true)
	public List<DecisionView> decisions(long id, CurrentUser user) {
		boolean redacted = !this.access.toRead(id, user).mayOpen();
		return this.decisions.findByCaseIdOrderByRequestedAtDescIdDesc(id)
			.stream()
			.map((d) -> d.view(this.sealer, redacted))
			.toList();
	}

	/**
	 * How many of the case's rounds are strictly confidential and not readable by the
	 * user (their sealed fields are redacted; decision 0022): for an export's summary.
	 */
	@Transactional(readOnly = true)
	public long redactedRounds(long id, CurrentUser user) {
		if (this.access.toRead(id, user).mayOpenStrict()) {
			return 0;
		}
		return this.jdbc.queryForObject("""
				SELECT count(*) FROM negotiation_round
				WHERE case_id = :id AND classification = 'STRICTLY_CONFIDENTIAL'""", Map.of("id", id), Long.class);
	}

	/** The case's moves between steps, newest first. */
	@Transactional(readOnly = true)
	public List<TransitionView> timeline(long id, CurrentUser user) {
		this.access.toRead(id, user);
		return this.timeline.of(id);
	}

	/** The teams whose cases the user may read, by name. */
	public List<ParleyUser.TeamRef> readingTeams(CurrentUser user) {
		return this.teams.refs(this.access.teamsToRead(user));
	}

	/** The teams the user may open cases for, by name. */
	public List<ParleyUser.TeamRef> openingTeams(CurrentUser user) {
		return this.teams.refs(this.access.teamsToWork(user));
	}

	/**
	 * The titles of those of these cases the user may read, in one query (a case another
	 * team's, or gone, is left out: its number says which it was).
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> titles(java.util.Collection<Long> ids, CurrentUser user) {
		List<Long> teams = this.access.teamsToRead(user);
		Map<Long, String> titles = new HashMap<>();
		if (!ids.isEmpty() && !teams.isEmpty()) {
			this.jdbc.query("SELECT id, title FROM negotiation_case WHERE id IN (:ids) AND team_id IN (:teams)",
					Map.of("ids", ids, "teams", teams), (row) -> {
						titles.put(row.getLong("id"), row.getString("title"));
					});
		}
		return titles;
	}

	private Map<Long, String> titles(List<Long> ids) {
		Map<Long, String> titles = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.query("SELECT id, title FROM negotiation_case WHERE id IN (:ids)", Map.of("ids", ids), (row) -> {
				titles.put(row.getLong("id"), row.getString("title"));
			});
		}
		return titles;
	}

	/** The case's open next step, opened: shown wherever a case's row is. */
	private String nextStep(long teamId, String stored) {
		return this.sealer.text(teamId, NegotiationCase.NEXT_STEP, Sealed.stored(stored));
	}

	/**
	 * The rows as views, with their team's and groups' names asked of the modules that
	 * keep them (one query each for the whole page).
	 */
	private ResultSetExtractor<List<CaseView>> rowsFor(CurrentUser user) {
		return (rs) -> rows(rs, user);
	}

	private List<CaseView> rows(ResultSet rs, CurrentUser user) throws SQLException {
		List<CaseView> rows = new ArrayList<>();
		while (rs.next()) {
			Classification level = Classification.valueOf(rs.getString("classification"));
			List<Long> named = CaseAccess.named(rs.getArray("named_reviewers"));
			boolean redacted = level.strict() && !CasePermissions.canOpenStrict(user, rs.getLong("team_id"), named);
			rows.add(new CaseView(rs.getLong("id"), rs.getLong("team_id"), null, rs.getString("title"),
					rs.getString("country"), rs.getString("region"), rs.getString("locality"), List.of(),
					ObjectiveType.valueOf(rs.getString("objective_type")), Priority.valueOf(rs.getString("priority")),
					rs.getString("lead_negotiator"), MethodStep.valueOf(rs.getString("current_step")),
					CaseStatus.valueOf(rs.getString("status")), rs.getInt("question_set_version"),
					rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getLong("version"),
					redacted ? null : nextStep(rs.getLong("team_id"), rs.getString("next_step")),
					rs.getObject("next_step_due", LocalDate.class), level, named, redacted));
		}
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<Long>> groupIds = new HashMap<>();
		this.jdbc.query("SELECT case_id, group_id FROM negotiation_case_group WHERE case_id IN (:ids)",
				Map.of("ids", rows.stream().map(CaseView::id).toList()), (row) -> {
					groupIds.computeIfAbsent(row.getLong("case_id"), (k) -> new ArrayList<>())
						.add(row.getLong("group_id"));
				});
		Set<Long> allGroups = new LinkedHashSet<>();
		groupIds.values().forEach(allGroups::addAll);
		List<GroupRef> named = this.groups.refs(allGroups);
		Map<Long, String> teamNames = new HashMap<>();
		this.teams.refs(rows.stream().map(CaseView::teamId).distinct().toList())
			.forEach((team) -> teamNames.put(team.id(), team.name()));
		List<CaseView> views = new ArrayList<>(rows.size());
		for (CaseView row : rows) {
			List<Long> ofCase = groupIds.getOrDefault(row.id(), List.of());
			List<GroupRef> caseGroups = named.stream().filter((g) -> ofCase.contains(g.id())).toList();
			views.add(new CaseView(row.id(), row.teamId(), teamNames.get(row.teamId()), row.title(), row.country(),
					row.region(), row.locality(), caseGroups, row.objectiveType(), row.priority(), row.leadNegotiator(),
					row.currentStep(), row.status(), row.questionSetVersion(), row.createdBy(), row.createdAt(),
					row.updatedAt(), row.version(), row.nextStep(), row.nextStepDue(), row.classification(),
					row.namedReviewerIds(), row.redacted()));
		}
		return views;
	}

	/** A team's active cases, counted per step. */
	public record TeamSteps(long teamId, String teamName, Map<MethodStep, Long> counts, long total) {
	}

	/** A request to engage waiting for a decision, with its case. */
	public record PendingDecision(long caseId, String caseTitle, DecisionView decision) {
	}

	/**
	 * What a case list is narrowed by; every criterion is optional.
	 *
	 * @param mine only cases the user leads or opened
	 * @param teamId only this team's cases (among the user's teams)
	 * @param overdue only active cases whose next step is past due
	 * @param today the teams' today, for {@code overdue}
	 */
	public record CaseFilter(boolean mine, MethodStep step, CaseStatus status, Long groupId, String country,
			Long teamId, boolean overdue, LocalDate today, String title, String query) {

		public CaseFilter(boolean mine, MethodStep step, CaseStatus status, Long groupId, String country, Long teamId,
				boolean overdue) {
			this(mine, step, status, groupId, country, teamId, overdue, null, null, null);
		}

		public CaseFilter on(LocalDate day) {
			return new CaseFilter(this.mine, this.step, this.status, this.groupId, this.country, this.teamId,
					this.overdue, day, this.title, this.query);
		}

		/** Only the cases whose title holds these words (accents and case ignored). */
		public CaseFilter titled(String words) {
			return new CaseFilter(this.mine, this.step, this.status, this.groupId, this.country, this.teamId,
					this.overdue, this.today, words, this.query);
		}

		/**
		 * Only the cases that hold every one of these words in their title, area,
		 * objectives or rounds (the case search, decision 0029).
		 */
		public CaseFilter searching(String words) {
			return new CaseFilter(this.mine, this.step, this.status, this.groupId, this.country, this.teamId,
					this.overdue, this.today, this.title, words);
		}

	}

}
