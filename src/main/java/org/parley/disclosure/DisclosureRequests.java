package org.parley.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.parley.audit.AuditReasons;
import org.parley.identity.ParleyUser;
import org.parley.identity.TeamAdministration;
import org.parley.protection.FieldSealer;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetCursor;
import org.parley.shared.KeysetPage;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamCalendar;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of disclosure requests: what the team's field officers and HQ reviewers
 * record and assess, what the team's HQ reviewers decide, read under the teams'
 * need-to-know (a request of another team does not exist for the reader). Every change
 * checks the version the user saw; the reasons given (for a decision, for a withdrawal)
 * go with the change into the audit log.
 */
@Service
public class DisclosureRequests {

	private final DisclosureRequestRepository requests;

	private final DisclosureLinks links;

	private final TeamAdministration teams;

	private final AuditReasons reasons;

	private final NamedParameterJdbcTemplate jdbc;

	private final TeamCalendar calendar;

	private final Clock clock;

	private final FieldSealer sealer;

	DisclosureRequests(DisclosureRequestRepository requests, DisclosureLinks links, TeamAdministration teams,
			AuditReasons reasons, DataSource dataSource, TeamCalendar calendar, Clock clock, FieldSealer sealer) {
		this.sealer = sealer;
		this.requests = requests;
		this.links = links;
		this.teams = teams;
		this.reasons = reasons;
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The teams the user records requests for: where they are field officer or HQ. */
	public List<ParleyUser.TeamRef> recordingTeams(CurrentUser user) {
		return this.teams.refs(
				user.teamIds().stream().filter((team) -> DisclosurePermissions.canWork(user, team)).sorted().toList());
	}

	/**
	 * Refuses (403) a user who records requests for no team: auditors, administrators.
	 */
	public void requireRecorder(CurrentUser user) {
		if (user.teamIds().stream().noneMatch((team) -> DisclosurePermissions.canWork(user, team))) {
			throw new AccessDeniedException(
					"Only the teams' field officers and HQ reviewers record disclosure requests");
		}
	}

	/** A new request's form: received today, for the user's one team if they have one. */
	public DisclosureRequestForm draft(CurrentUser user) {
		List<ParleyUser.TeamRef> teams = recordingTeams(user);
		if (teams.isEmpty()) {
			throw new AccessDeniedException(
					"Only the teams' field officers and HQ reviewers record disclosure requests");
		}
		return DisclosureRequestForm.blank((teams.size() == 1) ? teams.get(0).id() : null, this.calendar.today());
	}

	@Transactional
	public long record(DisclosureRequestForm form, CurrentUser user) {
		requireRecorder(user);
		Long team = form.teamId();
		if (team == null) {
			List<ParleyUser.TeamRef> teams = recordingTeams(user);
			team = (teams.size() == 1) ? teams.get(0).id() : null;
		}
		if (team == null) {
			throw new RuleViolation("teamId", "validation.required");
		}
		if (!DisclosurePermissions.canWork(user, team)) {
			throw new RuleViolation("teamId", "disclosure.team.not-yours");
		}
		this.links.check(team, form, user);
		DisclosureRequest request = new DisclosureRequest(team, form, user.username(), this.clock.instant(),
				this.sealer);
		return this.requests.saveAndFlush(request).getId();
	}

	/** Corrects the request while no decision is taken. */
	@Transactional
	public void update(long id, long version, DisclosureRequestForm form, CurrentUser user) {
		DisclosureRequest request = workable(id, version, user);
		this.links.check(request.teamId(), form, user);
		request.describe(form, this.clock.instant(), this.sealer);
		this.requests.flush();
	}

	/** Writes the team's assessment; the first puts the request under assessment. */
	@Transactional
	public void assess(long id, long version, AssessmentForm assessment, CurrentUser user) {
		DisclosureRequest request = workable(id, version, user);
		request.assess(assessment.riskAssessment(), assessment.purposeAssessment(), user.username(),
				this.clock.instant(), this.sealer);
		this.requests.flush();
	}

	/** An HQ reviewer of the team decides; the reason goes into the audit log with it. */
	@Transactional
	public void decide(long id, long version, DecisionForm decision, CurrentUser user) {
		DisclosureRequest request = visible(id, user);
		if (!DisclosurePermissions.canDecide(user, request.teamId())) {
			throw new AccessDeniedException("Only HQ reviewers of the team decide on disclosure requests");
		}
		ConcurrentEditException.check("DisclosureRequest", id, version, request.getVersion());
		this.reasons.because(decision.reason(),
				() -> request.decide(decision, user, this.clock.instant(), this.sealer));
	}

	/** The answer went out as decided. */
	@Transactional
	public void close(long id, long version, String note, CurrentUser user) {
		DisclosureRequest request = workable(id, version, user);
		request.close(note, user.username(), this.clock.instant());
		this.requests.flush();
	}

	/** The requester withdrew the request; the reason goes into the audit log with it. */
	@Transactional
	public void withdraw(long id, long version, String reason, CurrentUser user) {
		DisclosureRequest request = workable(id, version, user);
		this.reasons.because(reason, () -> request.withdraw(reason, user.username(), this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public DisclosureRequestView get(long id, CurrentUser user) {
		return visible(id, user).view(this.sealer);
	}

	/** Whether the user records, assesses, closes or withdraws this request. */
	public boolean canWork(DisclosureRequestView request, CurrentUser user) {
		return DisclosurePermissions.canWork(user, request.teamId());
	}

	/** Whether the user decides on this request. */
	public boolean canDecide(DisclosureRequestView request, CurrentUser user) {
		return DisclosurePermissions.canDecide(user, request.teamId());
	}

	/**
	 * Requests the user may see that match the filter, the most recently received first.
	 */
	@Transactional(readOnly = true)
	public KeysetPage<DisclosureRequestView> page(DisclosureFilter filter, String cursor, int size, CurrentUser user) {
		List<Long> teams = readingTeams(user);
		if (teams.isEmpty()) {
			return new KeysetPage<>(List.of(), null);
		}
		MapSqlParameterSource params = new MapSqlParameterSource("teams", teams);
		StringBuilder where = new StringBuilder(" WHERE team_id IN (:teams)");
		if (filter.state() != null) {
			where.append(" AND state = :state");
			params.addValue("state", filter.state().name());
		}
		if (filter.requesterKind() != null) {
			where.append(" AND requester_kind = :kind");
			params.addValue("kind", filter.requesterKind().name());
		}
		KeysetCursor after = KeysetCursor.decode(cursor);
		if (after != null) {
			try {
				params.addValue("afterDate", LocalDate.parse(after.key()));
				params.addValue("afterId", after.id());
				where.append(" AND (received_on, id) < (:afterDate, :afterId)");
			}
			catch (java.time.format.DateTimeParseException ex) {
				// not a cursor of ours: from the start
			}
		}
		params.addValue("limit", size + 1);
		List<Long> ids = this.jdbc.queryForList(
				"SELECT id FROM disclosure_request" + where + " ORDER BY received_on DESC, id DESC LIMIT :limit",
				params, Long.class);
		return KeysetPage.of(views(ids), size,
				(row) -> new KeysetCursor(row.receivedOn().toString(), row.id()).encode());
	}

	/**
	 * The requests of the user's teams still waiting for a decision, the nearest deadline
	 * first (those without one last).
	 */
	@Transactional(readOnly = true)
	public List<DisclosureRequestView> open(CurrentUser user, int limit) {
		List<Long> teams = readingTeams(user);
		if (teams.isEmpty()) {
			return List.of();
		}
		return views(this.jdbc.queryForList("""
				SELECT id FROM disclosure_request
				WHERE team_id IN (:teams) AND state IN ('RECEIVED', 'UNDER_ASSESSMENT')
				ORDER BY deadline NULLS LAST, received_on, id LIMIT :limit""",
				new MapSqlParameterSource("teams", teams).addValue("limit", limit), Long.class));
	}

	/** How many requests of the user's teams wait for a decision. */
	@Transactional(readOnly = true)
	public long countOpen(CurrentUser user) {
		List<Long> teams = readingTeams(user);
		if (teams.isEmpty()) {
			return 0;
		}
		Long count = this.jdbc.queryForObject("""
				SELECT count(*) FROM disclosure_request
				WHERE team_id IN (:teams) AND state IN ('RECEIVED', 'UNDER_ASSESSMENT')""",
				new MapSqlParameterSource("teams", teams), Long.class);
		return (count != null) ? count : 0;
	}

	/** The names of what a request concerns, for its page. */
	@Transactional(readOnly = true)
	public Map<String, Map<Long, String>> linkedNames(DisclosureRequestView request, CurrentUser user) {
		DisclosureLinks.Named named = this.links.names(request, user);
		return Map.of("cases", named.cases(), "groups", named.groups(), "interlocutors", named.interlocutors());
	}

	/**
	 * What the request form offers to link, for the teams the user records requests for
	 * (only the request's own team once it is recorded).
	 * @param teamId the request's team, or null for a new request
	 */
	@Transactional(readOnly = true)
	public Map<String, Map<Long, String>> linkChoices(CurrentUser user, Long teamId) {
		List<ParleyUser.TeamRef> teams = recordingTeams(user).stream()
			.filter((team) -> teamId == null || team.id() == teamId)
			.toList();
		DisclosureLinks.Choices choices = this.links.choices(teams, user);
		return Map.of("cases", choices.cases(), "groups", choices.groups(), "interlocutors", choices.interlocutors());
	}

	/** The user's teams' names, by id. */
	public Map<Long, String> teamNames(CurrentUser user) {
		return this.teams.refs(readingTeams(user))
			.stream()
			.collect(Collectors.toMap(ParleyUser.TeamRef::id, ParleyUser.TeamRef::name));
	}

	private List<DisclosureRequestView> views(List<Long> ids) {
		Map<Long, DisclosureRequest> byId = this.requests.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(DisclosureRequest::getId, Function.identity()));
		return ids.stream().map(byId::get).map((request) -> request.view(this.sealer)).toList();
	}

	private static List<Long> readingTeams(CurrentUser user) {
		return user.teamIds().stream().filter((team) -> DisclosurePermissions.canSee(user, team)).sorted().toList();
	}

	private DisclosureRequest visible(long id, CurrentUser user) {
		return this.requests.findById(id)
			.filter((found) -> DisclosurePermissions.canSee(user, found.teamId()))
			.orElseThrow(() -> new DisclosureRequestNotFoundException(id));
	}

	/** The request, if the user works on it and edited the version stored. */
	private DisclosureRequest workable(long id, long version, CurrentUser user) {
		DisclosureRequest request = visible(id, user);
		if (!DisclosurePermissions.canWork(user, request.teamId())) {
			throw new AccessDeniedException("Only the team's field officers and HQ reviewers work on its requests");
		}
		ConcurrentEditException.check("DisclosureRequest", id, version, request.getVersion());
		return request;
	}

}
