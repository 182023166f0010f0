package org.parley.access;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.armedgroup.GroupRef;
import org.parley.identity.ParleyUser;
import org.parley.incident.Incidents;
import org.parley.negotiation.CaseQueries;
import org.parley.protection.FieldSealer;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetCursor;
import org.parley.shared.KeysetPage;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamCalendar;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and lists access constraints under the teams' need-to-know. A constraint's
 * cases and incidents must be its team's and ones the user may see; its groups, groups of
 * the registry. Another team's constraints do not exist for the reader.
 */
@Service
public class AccessConstraints {

	private final AccessConstraintRepository constraints;

	private final CaseQueries cases;

	private final Incidents incidents;

	private final ArmedGroupQueries groups;

	private final FieldSealer sealer;

	private final TeamCalendar calendar;

	private final NamedParameterJdbcTemplate jdbc;

	AccessConstraints(AccessConstraintRepository constraints, CaseQueries cases, Incidents incidents,
			ArmedGroupQueries groups, FieldSealer sealer, TeamCalendar calendar, DataSource dataSource) {
		this.constraints = constraints;
		this.cases = cases;
		this.incidents = incidents;
		this.groups = groups;
		this.sealer = sealer;
		this.calendar = calendar;
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	/** The teams the user records constraints for, by name. */
	public List<ParleyUser.TeamRef> recordingTeams(CurrentUser user) {
		return this.cases.openingTeams(user);
	}

	/** A new constraint's form, for the user's only team if they have one. */
	public ConstraintForm draft(CurrentUser user) {
		AccessPermissions.requireRecorder(user);
		List<Long> teams = AccessPermissions.recordingTeams(user);
		return ConstraintForm.blank((teams.size() == 1) ? teams.get(0) : null);
	}

	@Transactional
	public long record(ConstraintForm form, CurrentUser user) {
		AccessPermissions.requireRecorder(user);
		long team = AccessPermissions.recordingTeam(form.teamId(), user);
		check(form, team, user);
		AccessConstraint constraint = new AccessConstraint(team, user.username(), this.calendar.now());
		constraint.write(form, this.sealer);
		return this.constraints.saveAndFlush(constraint).getId();
	}

	/**
	 * Corrects a constraint, or closes it with its end date: the team's field officers,
	 * against the version they read. Its team does not change.
	 */
	@Transactional
	public void update(long id, long version, ConstraintForm form, CurrentUser user) {
		AccessConstraint constraint = readable(id, user);
		if (!AccessPermissions.canRecord(user, constraint.teamId())) {
			throw new AccessDeniedException("Only the team's field officers correct its access constraints");
		}
		ConcurrentEditException.check("AccessConstraint", id, version, constraint.getVersion());
		check(form, constraint.teamId(), user);
		constraint.write(form, this.sealer);
		this.constraints.flush();
	}

	/** Whether the user may correct the constraint (a courtesy for pages). */
	public boolean canEdit(ConstraintView constraint, CurrentUser user) {
		return AccessPermissions.canRecord(user, constraint.teamId());
	}

	private void check(ConstraintForm form, long team, CurrentUser user) {
		if (form.endedOn() != null && form.startedOn() != null && form.endedOn().isBefore(form.startedOn())) {
			throw new RuleViolation("endedOn", "validation.date.before-start");
		}
		if (form.subtype() != null && form.subtype().category() != form.category()) {
			throw new RuleViolation("subtype", "access.constraint.subtype-of-other-category");
		}
		checkLinks(form, team, user);
	}

	private AccessConstraint readable(long id, CurrentUser user) {
		return this.constraints.findById(id)
			.filter((found) -> AccessPermissions.canRead(user, found.teamId()))
			.orElseThrow(() -> new AccessNotFoundException(id));
	}

	/** The constraint, with its description, if the user may read it. */
	@Transactional(readOnly = true)
	public ConstraintView get(long id, CurrentUser user) {
		return view(readable(id, user), user, this.sealer, new HashMap<>());
	}

	/**
	 * The constraints of the user's teams, the latest started first, with their
	 * descriptions opened (the list shows them).
	 */
	@Transactional(readOnly = true)
	public KeysetPage<ConstraintView> page(String country, String cursor, int size, CurrentUser user) {
		List<Long> teams = AccessPermissions.readingTeams(user);
		if (teams.isEmpty()) {
			return new KeysetPage<>(List.of(), null);
		}
		MapSqlParameterSource params = new MapSqlParameterSource("teams", teams);
		StringBuilder where = new StringBuilder(" WHERE team_id IN (:teams)");
		if (country != null && !country.isBlank()) {
			where.append(" AND country = :country");
			params.addValue("country", country.trim().toUpperCase(java.util.Locale.ROOT));
		}
		KeysetCursor after = KeysetCursor.decode(cursor);
		LocalDate afterDate = (after != null) ? after.dateKey() : null;
		if (afterDate != null) {
			params.addValue("afterDate", afterDate).addValue("afterId", after.id());
			where.append(" AND (started_on, id) < (:afterDate, :afterId)");
		}
		params.addValue("limit", size + 1);
		List<Long> ids = this.jdbc.queryForList(
				"SELECT id FROM access_constraint" + where + " ORDER BY started_on DESC, id DESC LIMIT :limit", params,
				Long.class);
		Map<Long, AccessConstraint> byId = this.constraints.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(AccessConstraint::getId, Function.identity()));
		Map<String, String> labels = new HashMap<>();
		List<ConstraintView> rows = ids.stream().map(byId::get).map((c) -> view(c, user, this.sealer, labels)).toList();
		return KeysetPage.of(rows, size, (row) -> new KeysetCursor(row.startedOn().toString(), row.id()).encode());
	}

	private void checkLinks(ConstraintForm form, long team, CurrentUser user) {
		for (Long id : form.caseIds()) {
			if (!sameTeam(() -> this.cases.get(id, user).teamId(), team)) {
				throw new RuleViolation("caseIds", "access.link.case-unknown");
			}
		}
		for (Long id : form.incidentIds()) {
			if (!sameTeam(() -> this.incidents.get(id, user).teamId(), team)) {
				throw new RuleViolation("incidentIds", "access.link.incident-unknown");
			}
		}
		for (Long id : form.groupIds()) {
			if (!this.groups.exists(id)) {
				throw new RuleViolation("groupIds", "access.link.group-unknown");
			}
		}
	}

	private static boolean sameTeam(java.util.function.LongSupplier teamOf, long team) {
		try {
			return teamOf.getAsLong() == team;
		}
		catch (NotFoundException hidden) {
			return false;
		}
	}

	/**
	 * The view with its links named: a case by its title, an incident by its date, a
	 * group by its name; a link the reader may no longer see is named by nothing.
	 */
	private ConstraintView view(AccessConstraint constraint, CurrentUser user, FieldSealer opener,
			Map<String, String> labels) {
		List<ConstraintView.Link> caseLinks = constraint.caseIds()
			.stream()
			.map((id) -> new ConstraintView.Link(id,
					labels.computeIfAbsent("c" + id, (key) -> hiddenAsNull(() -> this.cases.get(id, user).title()))))
			.toList();
		List<ConstraintView.Link> incidentLinks = constraint.incidentIds().stream().map((id) -> {
			String day = labels.computeIfAbsent("i" + id,
					(key) -> hiddenAsNull(() -> this.incidents.get(id, user).occurredOn().toString()));
			return new ConstraintView.Link(id, day, (day != null) ? LocalDate.parse(day) : null);
		}).toList();
		Map<Long, String> groupNames = this.groups.refs(constraint.groupIds())
			.stream()
			.collect(Collectors.toMap(GroupRef::id, GroupRef::name, (a, b) -> a));
		List<ConstraintView.Link> groupLinks = constraint.groupIds()
			.stream()
			.map((id) -> new ConstraintView.Link(id, groupNames.get(id)))
			.toList();
		return constraint.view(opener, caseLinks, incidentLinks, groupLinks);
	}

	private static String hiddenAsNull(java.util.function.Supplier<String> label) {
		try {
			return label.get();
		}
		catch (NotFoundException hidden) {
			return null;
		}
	}

}
