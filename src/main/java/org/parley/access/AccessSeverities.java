package org.parley.access;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.parley.identity.ParleyUser;
import org.parley.negotiation.CaseQueries;
import org.parley.protection.FieldSealer;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.InvalidParameterException;
import org.parley.shared.KeysetCursor;
import org.parley.shared.PlausibleDate;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamCalendar;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The severity of access constraints per area and month: rated by the team's field
 * officers (a second rating of the same area and month corrects the first, against the
 * version it was read at), and read as a table of areas by month by the team's readers;
 * an HQ reviewer of several teams sees their areas side by side.
 */
@Service
public class AccessSeverities {

	/** The most months a table spans. */
	public static final int MAX_MONTHS = 24;

	private static final String AREA_KEY = "country, region, COALESCE(locality, ''), team_id";

	private final AccessSeverityRepository severities;

	private final CaseQueries cases;

	private final FieldSealer sealer;

	private final TeamCalendar calendar;

	private final NamedParameterJdbcTemplate jdbc;

	AccessSeverities(AccessSeverityRepository severities, CaseQueries cases, FieldSealer sealer, TeamCalendar calendar,
			DataSource dataSource) {
		this.severities = severities;
		this.cases = cases;
		this.sealer = sealer;
		this.calendar = calendar;
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	/** The month it is now in the teams' time zone. */
	public YearMonth thisMonth() {
		return YearMonth.from(this.calendar.today());
	}

	/**
	 * The form for an area's month: the severity already recorded, with its version, or a
	 * blank one.
	 */
	@Transactional(readOnly = true)
	public SeverityForm draft(Long teamId, Area area, YearMonth month, CurrentUser user) {
		AccessPermissions.requireRecorder(user);
		List<Long> teams = AccessPermissions.recordingTeams(user);
		Long team = (teamId != null && teams.contains(teamId)) ? teamId : (teams.size() == 1) ? teams.get(0) : null;
		YearMonth rated = (month != null) ? month : thisMonth();
		if (team != null && area.country() != null && area.region() != null) {
			AccessSeverity found = find(team, area, rated);
			if (found != null) {
				SeverityView view = found.view(this.sealer);
				return new SeverityForm(team, area.country(), area.region(), area.locality(), rated, view.severity(),
						view.reasons(), view.version());
			}
		}
		return new SeverityForm(team, area.country(), area.region(), area.locality(), rated, null, null, null);
	}

	/**
	 * Rates an area's month, or corrects its rating: a form without a version may only
	 * rate a month not rated yet, one with a version only correct that version.
	 * @return the severity's id
	 */
	@Transactional
	public long record(SeverityForm form, CurrentUser user) {
		AccessPermissions.requireRecorder(user);
		long team = AccessPermissions.recordingTeam(form.teamId(), user);
		YearMonth month = form.period();
		if (month == null || !PlausibleDate.Range.accepts(month.atDay(1))) {
			throw new RuleViolation("month", PlausibleDate.MESSAGE_KEY);
		}
		if (month.isAfter(thisMonth())) {
			throw new RuleViolation("month", "access.severity.future-month");
		}
		Area area = form.area();
		AccessSeverity severity = find(team, area, month);
		if (severity == null && form.version() != null) {
			throw new ConcurrentEditException("AccessSeverity", area.place() + " " + month);
		}
		if (severity != null) {
			ConcurrentEditException.check("AccessSeverity", severity.getId(),
					(form.version() != null) ? form.version() : -1, severity.getVersion());
		}
		else {
			severity = new AccessSeverity(team, area, month);
		}
		severity.rate(form.severity(), form.reasons(), user.username(), this.calendar.now(), this.sealer);
		try {
			return this.severities.saveAndFlush(severity).getId();
		}
		catch (DataIntegrityViolationException rated) {
			// Someone rated the same month in the meantime.
			throw new ConcurrentEditException("AccessSeverity", area.place() + " " + month);
		}
	}

	/**
	 * The table of the user's teams' areas by month, from one month to another (at most
	 * {@link #MAX_MONTHS}), a page of areas at a time.
	 * @param country only this country's areas, when given
	 */
	@Transactional(readOnly = true)
	public SeverityTable table(YearMonth from, YearMonth to, String country, String cursor, int size,
			CurrentUser user) {
		if (to.isBefore(from)) {
			throw new InvalidParameterException("from", "access.severity.from-after-to");
		}
		if (from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
			throw new InvalidParameterException("from", "access.severity.too-many-months", MAX_MONTHS);
		}
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			months.add(m);
		}
		List<Long> teams = AccessPermissions.readingTeams(user);
		if (teams.isEmpty()) {
			return new SeverityTable(months, List.of(), null);
		}
		MapSqlParameterSource params = new MapSqlParameterSource("teams", teams).addValue("from", from.atDay(1))
			.addValue("to", to.atDay(1));
		StringBuilder where = new StringBuilder(" WHERE team_id IN (:teams) AND month BETWEEN :from AND :to");
		if (country != null && !country.isBlank()) {
			where.append(" AND country = :country");
			params.addValue("country", country.trim().toUpperCase(Locale.ROOT));
		}
		List<AreaKey> areas = areas(where, params, cursor, size);
		boolean more = areas.size() > size;
		List<AreaKey> shown = more ? areas.subList(0, size) : areas;
		Map<AreaKey, Map<YearMonth, SeverityView>> rated = new LinkedHashMap<>();
		shown.forEach((key) -> rated.put(key, new HashMap<>()));
		if (!shown.isEmpty()) {
			// The ratings of the page's areas only: those between its first and last.
			AreaKey first = shown.get(0);
			AreaKey last = shown.get(shown.size() - 1);
			params.addValue("c1", first.area().country())
				.addValue("r1", first.area().region())
				.addValue("l1", first.locality())
				.addValue("t1", first.teamId())
				.addValue("c2", last.area().country())
				.addValue("r2", last.area().region())
				.addValue("l2", last.locality())
				.addValue("t2", last.teamId());
			List<Long> ids = this.jdbc.queryForList("SELECT id FROM access_severity" + where + " AND (" + AREA_KEY
					+ ") BETWEEN (:c1, :r1, :l1, :t1) AND (:c2, :r2, :l2, :t2)", params, Long.class);
			this.severities.findAllById(ids).stream().map((s) -> s.view(this.sealer)).forEach((view) -> {
				Map<YearMonth, SeverityView> row = rated.get(new AreaKey(view.teamId(), view.area()));
				if (row != null) {
					row.put(view.month(), view);
				}
			});
		}
		Map<Long, String> teamNames = this.cases.readingTeams(user)
			.stream()
			.collect(Collectors.toMap(ParleyUser.TeamRef::id, ParleyUser.TeamRef::name, (a, b) -> a));
		List<SeverityTable.Row> rows = rated.entrySet().stream().map((entry) -> {
			List<SeverityTable.Cell> cells = months.stream().map((month) -> {
				SeverityView view = entry.getValue().get(month);
				return (view != null) ? new SeverityTable.Cell(month, view.severity(), view.reasons(), view.version())
						: new SeverityTable.Cell(month, null, null, null);
			}).toList();
			AreaKey key = entry.getKey();
			return new SeverityTable.Row(key.teamId(), teamNames.get(key.teamId()), key.area(), cells,
					SeverityTable.Trend.of(cells));
		}).toList();
		String next = more ? shown.get(shown.size() - 1).cursor() : null;
		return new SeverityTable(months, rows, next);
	}

	/** The areas with a rating in the months, by country, region, locality and team. */
	private List<AreaKey> areas(StringBuilder where, MapSqlParameterSource params, String cursor, int size) {
		StringBuilder page = new StringBuilder(where);
		AreaKey after = AreaKey.decode(cursor);
		if (after != null) {
			page.append(" AND (" + AREA_KEY + ") > (:c, :r, :l, :t)");
			params.addValue("c", after.area().country())
				.addValue("r", after.area().region())
				.addValue("l", after.locality())
				.addValue("t", after.teamId());
		}
		params.addValue("limit", size + 1);
		return this.jdbc.query(
				"SELECT DISTINCT country AS c, region AS r, COALESCE(locality, '') AS l, team_id"
						+ " FROM access_severity" + page + " ORDER BY c, r, l, team_id LIMIT :limit",
				params, (rs, n) -> new AreaKey(rs.getLong("team_id"),
						new Area(rs.getString("c"), rs.getString("r"), rs.getString("l"))));
	}

	private AccessSeverity find(long team, Area area, YearMonth month) {
		List<Long> ids = this.jdbc.queryForList("SELECT id FROM access_severity WHERE team_id = :team AND "
				+ "country = :country AND region = :region AND COALESCE(locality, '') = :locality AND month = :month",
				new MapSqlParameterSource("team", team).addValue("country", area.country())
					.addValue("region", area.region())
					.addValue("locality", (area.locality() != null) ? area.locality() : "")
					.addValue("month", month.atDay(1)),
				Long.class);
		return ids.isEmpty() ? null : this.severities.findById(ids.get(0)).orElse(null);
	}

	/** A team's area: a row of the table, and the cursor after it. */
	record AreaKey(long teamId, Area area) {

		/** The locality as the unique index reads it: empty when there is none. */
		String locality() {
			return (this.area.locality() != null) ? this.area.locality() : "";
		}

		String cursor() {
			return new KeysetCursor(String.join("\u0001", this.area.country(), this.area.region(), locality()),
					this.teamId)
				.encode();
		}

		static AreaKey decode(String cursor) {
			KeysetCursor decoded = KeysetCursor.decode(cursor);
			if (decoded == null) {
				return null;
			}
			String[] parts = decoded.key().split("\u0001", -1);
			return (parts.length == 3) ? new AreaKey(decoded.id(), new Area(parts[0], parts[1], parts[2])) : null;
		}

	}

}
