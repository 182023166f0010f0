package org.parley.incident;

import org.parley.negotiation.CaseIncidents;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.parley.agreement.Agreements;
import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.armedgroup.AttributedIncidents;
import org.parley.audit.AuditReasons;
import org.parley.identity.ParleyUser;
import org.parley.identity.Role;
import org.parley.identity.TeamAdministration;
import org.parley.protection.Classification;
import org.parley.protection.ClassificationChange;
import org.parley.shared.ConcurrentEditException;
import org.parley.protection.FieldSealer;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetCursor;
import org.parley.shared.KeysetPage;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolation;
import org.parley.shared.Text;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, corrects and reads security incidents under the teams' need-to-know: an
 * incident of another team does not exist for the reader. An incident's case, agreement,
 * commitment and check must be ones the user may see and must belong together.
 */
@Service
public class Incidents implements AttributedIncidents, CaseIncidents {

	private final IncidentRepository incidents;

	private final CaseQueries cases;

	private final Agreements agreements;

	private final IncidentLinks links;

	private final ArmedGroupQueries groups;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final FieldSealer sealer;

	private final TeamAdministration teams;

	private final AuditReasons reasons;

	Incidents(IncidentRepository incidents, CaseQueries cases, Agreements agreements, IncidentLinks links,
			ArmedGroupQueries groups, DataSource dataSource, Clock clock, FieldSealer sealer, TeamAdministration teams,
			AuditReasons reasons) {
		this.sealer = sealer;
		this.teams = teams;
		this.reasons = reasons;
		this.incidents = incidents;
		this.cases = cases;
		this.agreements = agreements;
		this.links = links;
		this.groups = groups;
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.clock = clock;
	}

	/** The teams the user records incidents for: those where they are a field officer. */
	public List<ParleyUser.TeamRef> recordingTeams(CurrentUser user) {
		return this.cases.openingTeams(user);
	}

	/** Refuses (403) a user who records incidents for no team: auditors, HQ, admins. */
	public void requireRecorder(CurrentUser user) {
		if (recordingTeams(user).isEmpty()) {
			throw new AccessDeniedException("Only field officers record incidents");
		}
	}

	/**
	 * A new incident's form, started from a case, an agreement, a commitment or a
	 * compliance check: the case's team and place, the date and the group given.
	 */
	@Transactional(readOnly = true)
	public IncidentForm draft(Long caseId, Long agreementId, String commitmentKey, Long checkId, LocalDate occurredOn,
			Long groupId, CurrentUser user) {
		List<ParleyUser.TeamRef> teams = recordingTeams(user);
		if (teams.isEmpty()) {
			throw new AccessDeniedException("Only field officers record incidents");
		}
		Long team = (teams.size() == 1) ? teams.get(0).id() : null;
		// Boxed on both sides: a long on one side would unbox a missing caseId and fail.
		Long theCase = (agreementId != null && caseId == null)
				? Long.valueOf(this.agreements.details(agreementId, user).caseId()) : caseId;
		IncidentForm blank = IncidentForm.blank(team);
		if (theCase == null) {
			return new IncidentForm(team, null, null, null, null, null, blank.affected(), occurredOn, null, null, null,
					null, groupId, blank.people(), null, null, null, blank.sharedFields());
		}
		CaseView view = this.cases.get(theCase, user);
		return new IncidentForm(view.teamId(), theCase, agreementId, Text.blankToNull(commitmentKey),
				(agreementId != null) ? checkId : null, null, blank.affected(), occurredOn, view.country(),
				view.region(), view.locality(), null, groupId, blank.people(), null, null, null, blank.sharedFields());
	}

	@Transactional
	public long record(IncidentForm form, CurrentUser user) {
		requireRecorder(user);
		IncidentLinks.Resolved resolved = this.links.resolve(form, user);
		Long team = (resolved.caseTeam() != null) ? resolved.caseTeam() : form.teamId();
		if (team == null) {
			List<ParleyUser.TeamRef> teams = recordingTeams(user);
			team = (teams.size() == 1) ? teams.get(0).id() : null;
		}
		if (team == null) {
			throw new RuleViolation("teamId", "validation.required");
		}
		if (!IncidentPermissions.canRecord(user, team)) {
			throw new RuleViolation((resolved.caseTeam() != null) ? "caseId" : "teamId", "incident.team.not-yours");
		}
		Incident incident = new Incident(team, user.username(), this.clock.instant(), form.classification());
		incident.name(checkedReviewers(team, form.namedReviewerIds()));
		incident.write(form, resolved.links(), this.sealer, this.clock.instant());
		return this.incidents.saveAndFlush(incident).getId();
	}

	/** Corrects an incident; the team's field officers and HQ reviewers may. */
	@Transactional
	public void update(long id, long version, IncidentForm form, CurrentUser user) {
		Incident incident = readable(id, user);
		requireEditor(incident, user);
		if (IncidentPermissions.canRecord(user, incident.teamId())) {
			incident.name(checkedReviewers(incident.teamId(), form.namedReviewerIds()));
		}
		ConcurrentEditException.check("Incident", id, version, incident.getVersion());
		IncidentLinks.Resolved resolved = this.links.resolve(form, user);
		if (resolved.caseTeam() != null && resolved.caseTeam().longValue() != incident.teamId()) {
			throw new RuleViolation("caseId", "incident.case.other-team");
		}
		incident.write(form, resolved.links(), this.sealer, this.clock.instant());
		this.incidents.flush();
	}

	@Transactional(readOnly = true)
	public IncidentView get(long id, CurrentUser user) {
		Incident incident = visible(id, user);
		return incident.view(perpetratorName(incident.getPerpetratorGroupId()), this.sealer, !reads(incident, user));
	}

	/** What of the incident may be sent to other agencies. */
	@Transactional(readOnly = true)
	public ShareableSummary shareable(long id, CurrentUser user) {
		Incident incident = readable(id, user);
		return ShareableSummary
			.of(incident.view(perpetratorName(incident.getPerpetratorGroupId()), this.sealer, false));
	}

	/**
	 * Changes the incident's level (an HQ reviewer of its team who may read it), with the
	 * reason in the audit log, and reseals its sealed fields under the new level's key
	 * (decision 0022).
	 */
	@Transactional
	public void classify(long id, long version, Classification level, String reason, CurrentUser user) {
		Incident incident = readable(id, user);
		if (!IncidentPermissions.canClassify(user, incident.teamId(), incident.getClassification(),
				incident.namedReviewerIds())) {
			throw new AccessDeniedException("Only the team's HQ reviewers change an incident's level");
		}
		String why = ClassificationChange.check(level, reason, "Incident", id, version,
				new ClassificationChange.Versioned(incident.getClassification(), incident.getVersion()));
		this.reasons.because(why, () -> {
			incident.classify(level, user.id(), this.sealer, this.clock.instant());
			this.incidents.flush();
		});
	}

	/** Whether the user may change this incident's level (a courtesy for pages). */
	public boolean canClassify(IncidentView incident, CurrentUser user) {
		return IncidentPermissions.canClassify(user, incident.teamId(), incident.classification(),
				incident.namedReviewerIds());
	}

	/** The team's HQ reviewers, who may be named on a strictly confidential incident. */
	@Transactional(readOnly = true)
	public List<ReviewerChoice> reviewerChoices(java.util.Collection<Long> teamIds) {
		return teamIds.stream()
			.flatMap((team) -> this.teams.membersWithRole(team, Role.HQ_REVIEWER).stream())
			.map((account) -> new ReviewerChoice(account.getId(), account.getDisplayName()))
			.distinct()
			.toList();
	}

	/** An HQ reviewer who may be named on an incident. */
	public record ReviewerChoice(long id, String displayName) {
	}

	private List<Long> checkedReviewers(long teamId, List<Long> named) {
		if (named.isEmpty()) {
			return named;
		}
		java.util.Set<Long> reviewers = new java.util.HashSet<>();
		this.teams.membersWithRole(teamId, Role.HQ_REVIEWER).forEach((account) -> reviewers.add(account.getId()));
		if (!reviewers.containsAll(named)) {
			throw new RuleViolation("namedReviewerIds", "classification.reviewer.not-of-team");
		}
		return named;
	}

	private static boolean reads(Incident incident, CurrentUser user) {
		return IncidentPermissions.canRead(user, incident.teamId(), incident.getClassification(),
				incident.namedReviewerIds());
	}

	public boolean canEdit(IncidentView incident, CurrentUser user) {
		return IncidentPermissions.canEdit(user, incident.teamId());
	}

	/**
	 * Incidents the user may see that match the filter, the most recent first, their
	 * sealed fields opened (the API, dossiers).
	 */
	@Transactional(readOnly = true)
	public KeysetPage<IncidentView> page(IncidentFilter filter, String cursor, int size, CurrentUser user) {
		return page(filter, cursor, size, user, this.sealer);
	}

	/**
	 * As {@link #page}, without the sealed fields (locality, place, narrative, sources):
	 * for lists that show none of them, so that none is opened.
	 */
	@Transactional(readOnly = true)
	public KeysetPage<IncidentView> summaries(IncidentFilter filter, String cursor, int size, CurrentUser user) {
		return page(filter, cursor, size, user, null);
	}

	private KeysetPage<IncidentView> page(IncidentFilter filter, String cursor, int size, CurrentUser user,
			FieldSealer opener) {
		List<Long> teams = readingTeams(user);
		if (teams.isEmpty()) {
			return new KeysetPage<>(List.of(), null);
		}
		MapSqlParameterSource params = new MapSqlParameterSource();
		StringBuilder where = where(filter, teams, params, user);
		KeysetCursor after = KeysetCursor.decode(cursor);
		if (after != null) {
			try {
				params.addValue("afterDate", LocalDate.parse(after.key()));
				params.addValue("afterId", after.id());
				where.append(" AND (occurred_on, id) < (:afterDate, :afterId)");
			}
			catch (java.time.format.DateTimeParseException ex) {
				// not a cursor of ours: from the start
			}
		}
		params.addValue("limit", size + 1);
		List<Long> ids = this.jdbc.queryForList(
				"SELECT id FROM security_incident" + where + " ORDER BY occurred_on DESC, id DESC LIMIT :limit", params,
				Long.class);
		Map<Long, Incident> byId = this.incidents.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Incident::getId, Function.identity()));
		Map<Long, String> names = new HashMap<>();
		List<IncidentView> rows = ids.stream()
			.map(byId::get)
			.map((incident) -> incident.view(
					names.computeIfAbsent(
							(incident.getPerpetratorGroupId() != null) ? incident.getPerpetratorGroupId() : 0L,
							(group) -> perpetratorName(incident.getPerpetratorGroupId())),
					opener, !reads(incident, user)))
			.toList();
		return KeysetPage.of(rows, size, (row) -> new KeysetCursor(row.occurredOn().toString(), row.id()).encode());
	}

	/** How many incidents the user may see match the filter. */
	@Transactional(readOnly = true)
	public long count(IncidentFilter filter, CurrentUser user) {
		List<Long> teams = readingTeams(user);
		if (teams.isEmpty()) {
			return 0;
		}
		MapSqlParameterSource params = new MapSqlParameterSource();
		Long count = this.jdbc.queryForObject(
				"SELECT count(*) FROM security_incident" + where(filter, teams, params, user), params, Long.class);
		return (count != null) ? count : 0;
	}

	@Override
	@Transactional(readOnly = true)
	public Attributed attributedTo(long groupId, CurrentUser viewer, int limit) {
		IncidentFilter filter = new IncidentFilter(null, groupId, null, null, null);
		long count = count(filter, viewer);
		if (count == 0) {
			return Attributed.NONE;
		}
		return new Attributed(count,
				summaries(filter, null, limit, viewer).items()
					.stream()
					.map((i) -> new Line(i.id(), i.occurredOn(), i.type().name(), i.certainty().name(), i.country()))
					.toList());
	}

	@Override
	@Transactional(readOnly = true)
	public long countOfCase(long caseId, CurrentUser viewer) {
		return count(new IncidentFilter(null, null, null, caseId, null), viewer);
	}

	private static StringBuilder where(IncidentFilter filter, List<Long> teams, MapSqlParameterSource params,
			CurrentUser user) {
		StringBuilder where = new StringBuilder(" WHERE team_id IN (:teams)");
		params.addValue("teams", teams);
		// Strictly confidential ones: the team's field officers, the HQ reviewers named
		// on
		// them and the auditors (these redacted) only (decision 0022).
		where.append(" AND (classification <> 'STRICTLY_CONFIDENTIAL' OR :everyStrict OR :me = ANY(named_reviewers))");
		params.addValue("everyStrict", user.hasRole("FIELD_OFFICER") || user.hasRole("AUDITOR"));
		params.addValue("me", user.id());
		if (filter.type() != null) {
			where.append(" AND type = :type");
			params.addValue("type", filter.type().name());
		}
		if (filter.groupId() != null) {
			where.append(" AND perpetrator_group_id = :group");
			params.addValue("group", filter.groupId());
		}
		if (filter.certainty() != null) {
			where.append(" AND certainty = :certainty");
			params.addValue("certainty", filter.certainty().name());
		}
		if (filter.caseId() != null) {
			where.append(" AND case_id = :case");
			params.addValue("case", filter.caseId());
		}
		if (filter.agreementId() != null) {
			where.append(" AND agreement_id = :agreement");
			params.addValue("agreement", filter.agreementId());
		}
		return where;
	}

	private static List<Long> readingTeams(CurrentUser user) {
		return user.teamIds().stream().filter((team) -> IncidentPermissions.canSee(user, team)).sorted().toList();
	}

	private Incident visible(long id, CurrentUser user) {
		return this.incidents.findById(id)
			.filter((found) -> IncidentPermissions.canSee(user, found.teamId(), found.getClassification(),
					found.namedReviewerIds()))
			.orElseThrow(() -> new IncidentNotFoundException(id));
	}

	private Incident readable(long id, CurrentUser user) {
		return this.incidents.findById(id)
			.filter((found) -> reads(found, user))
			.orElseThrow(() -> new IncidentNotFoundException(id));
	}

	private static void requireEditor(Incident incident, CurrentUser user) {
		if (!IncidentPermissions.canEdit(user, incident.teamId())) {
			throw new AccessDeniedException("Only the team's field officers and HQ reviewers correct incidents");
		}
	}

	private String perpetratorName(Long groupId) {
		return (groupId != null) ? this.groups.ref(groupId).name() : null;
	}

}
