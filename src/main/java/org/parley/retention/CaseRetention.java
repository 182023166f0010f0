package org.parley.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.parley.audit.AuditAction;
import org.parley.audit.AuditLog;
import org.parley.audit.FieldChange;
import org.parley.identity.ParleyUser;
import org.parley.identity.TeamAdministration;
import org.parley.negotiation.CaseNotFoundException;
import org.parley.negotiation.CaseSearch;
import org.parley.negotiation.ClosedCases;
import org.parley.negotiation.ClosedCases.ClosedCase;
import org.parley.protection.CasePurge;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetCursor;
import org.parley.shared.KeysetPage;
import org.parley.shared.RuleViolation;
import org.parley.shared.Text;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention of closed cases (decision 0023): the review of the cases past their
 * period, legal holds, and the purge of a case's identifying values, which an HQ reviewer
 * of the case's team proposes and another person, an administrator, confirms. Every
 * change is in the audit log, filed under the case, without any personal data; a purge
 * also writes a disposal record.
 */
@Service
public class CaseRetention {

	private final NamedParameterJdbcTemplate jdbc;

	private final ClosedCases closedCases;

	private final RetentionPeriods periods;

	private final CasePurge purge;

	private final AuditLog auditLog;

	private final TeamAdministration teams;

	private final Clock clock;

	private final CaseSearch search;

	CaseRetention(DataSource dataSource, ClosedCases closedCases, RetentionPeriods periods, CasePurge purge,
			AuditLog auditLog, TeamAdministration teams, Clock clock, CaseSearch search) {
		this.search = search;
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.closedCases = closedCases;
		this.periods = periods;
		this.purge = purge;
		this.auditLog = auditLog;
		this.teams = teams;
		this.clock = clock;
	}

	/** What retention knows of a case: its hold, a proposed purge, the purge. */
	record State(String holdReason, String holdSetBy, Instant holdSetAt, String proposedBy, Instant proposedAt,
			Instant purgedAt) {

		static final State NONE = new State(null, null, null, null, null, null);

		boolean held() {
			return this.holdReason != null;
		}

	}

	/** A closed case past its period, as the HQ reviewer's review shows it. */
	public record ReviewRow(long caseId, String teamName, String title, Instant closedAt, State state) {

		public boolean held() {
			return this.state.held();
		}

		public String holdReason() {
			return this.state.holdReason();
		}

		public String proposedBy() {
			return this.state.proposedBy();
		}

		public Instant purgedAt() {
			return this.state.purgedAt();
		}

	}

	/** A purge waiting for an administrator: the case by number only. */
	public record Proposal(long caseId, String teamName, String proposedBy, Instant proposedAt, String holdReason) {
	}

	/** A record of disposal. */
	public record Disposal(long id, long recordId, long teamId, String teamName, String rule, int months,
			Instant closedAt, String proposedBy, String confirmedBy, Instant disposedAt, int valuesDestroyed) {

		Disposal named(String name) {
			return new Disposal(this.id, this.recordId, this.teamId, name, this.rule, this.months, this.closedAt,
					this.proposedBy, this.confirmedBy, this.disposedAt, this.valuesDestroyed);
		}

	}

	/**
	 * The cases of the HQ reviewer's teams closed longer ago than their period, oldest
	 * first.
	 */
	@Transactional(readOnly = true)
	public KeysetPage<ReviewRow> review(CurrentUser user, String cursor, int size) {
		requireHq(user);
		KeysetPage<ClosedCase> page = this.closedCases.closedBefore(user.teamIds(),
				this.periods.cutoff(RecordType.CLOSED_CASE), cursor, size);
		Map<Long, State> states = states(page.items().stream().map(ClosedCase::id).toList());
		Map<Long, String> names = teamNames(page.items().stream().map(ClosedCase::teamId).toList());
		return new KeysetPage<>(page.items()
			.stream()
			.map((c) -> new ReviewRow(c.id(), names.get(c.teamId()), c.title(), c.closedAt(),
					states.getOrDefault(c.id(), State.NONE)))
			.toList(), page.nextCursor());
	}

	/** Purges proposed and not done yet, for administrators, by case number. */
	@Transactional(readOnly = true)
	public KeysetPage<Proposal> proposals(CurrentUser user, String cursor, int size) {
		requireAdmin(user);
		KeysetCursor after = KeysetCursor.decode(cursor);
		List<Map.Entry<Long, Proposal>> rows = this.jdbc.query("""
				SELECT * FROM case_retention WHERE proposed_by IS NOT NULL AND purged_at IS NULL
				AND case_id > :after ORDER BY case_id LIMIT :limit""",
				new MapSqlParameterSource("after", (after != null) ? after.id() : 0L).addValue("limit", size + 1),
				(rs, n) -> Map.entry(rs.getLong("team_id"),
						new Proposal(rs.getLong("case_id"), null, rs.getString("proposed_by"),
								rs.getTimestamp("proposed_at").toInstant(), rs.getString("hold_reason"))));
		Map<Long, String> names = teamNames(rows.stream().map(Map.Entry::getKey).toList());
		List<Proposal> proposals = rows.stream()
			.map((e) -> new Proposal(e.getValue().caseId(), names.get(e.getKey()), e.getValue().proposedBy(),
					e.getValue().proposedAt(), e.getValue().holdReason()))
			.toList();
		return KeysetPage.of(proposals, size, (p) -> new KeysetCursor("case", p.caseId()).encode());
	}

	/** The records of disposal, the newest first, for administrators. */
	@Transactional(readOnly = true)
	public KeysetPage<Disposal> disposals(CurrentUser user, String cursor, int size) {
		requireAdmin(user);
		KeysetCursor after = KeysetCursor.decode(cursor);
		List<Disposal> rows = this.jdbc.query("""
				SELECT * FROM disposal_record WHERE id < :after ORDER BY id DESC LIMIT :limit""",
				new MapSqlParameterSource("after", (after != null) ? after.id() : Long.MAX_VALUE).addValue("limit",
						size + 1),
				(rs, n) -> disposal(rs));
		Map<Long, String> names = teamNames(rows.stream().map(Disposal::teamId).toList());
		return KeysetPage.of(rows.stream().map((d) -> d.named(names.get(d.teamId()))).toList(), size,
				(d) -> new KeysetCursor("disposal", d.id()).encode());
	}

	/**
	 * Places a legal hold on a case: it is not purged while the hold lasts. HQ reviewers
	 * of the case's team and administrators.
	 */
	@Transactional
	public void hold(long caseId, String reason, CurrentUser user) {
		long teamId = teamOf(caseId, user);
		String why = Text.blankToNull(reason);
		if (why == null) {
			throw new RuleViolation("reason", "retention.hold.reason-required");
		}
		State state = lock(caseId, teamId);
		if (state.held()) {
			throw new RuleViolation(null, "retention.hold.already");
		}
		this.jdbc.update("""
				UPDATE case_retention SET hold_reason = :reason, hold_set_by = :by, hold_set_at = :at
				WHERE case_id = :id""",
				new MapSqlParameterSource("reason", why).addValue("by", user.username())
					.addValue("at", Timestamp.from(this.clock.instant()))
					.addValue("id", caseId));
		this.auditLog.record(user.username(), AuditAction.STATE_CHANGE, "CaseRetention", Long.toString(caseId), teamId,
				caseId, Map.of("legalHold", new FieldChange("false", "true")), why);
	}

	/** Lifts a case's legal hold, with a reason. */
	@Transactional
	public void lift(long caseId, String reason, CurrentUser user) {
		long teamId = teamOf(caseId, user);
		String why = Text.blankToNull(reason);
		if (why == null) {
			throw new RuleViolation("reason", "retention.hold.reason-required");
		}
		State state = lock(caseId, teamId);
		if (!state.held()) {
			throw new RuleViolation(null, "retention.hold.none");
		}
		this.jdbc.update("""
				UPDATE case_retention SET hold_reason = NULL, hold_set_by = NULL, hold_set_at = NULL
				WHERE case_id = :id""", new MapSqlParameterSource("id", caseId));
		this.auditLog.record(user.username(), AuditAction.STATE_CHANGE, "CaseRetention", Long.toString(caseId), teamId,
				caseId, Map.of("legalHold", new FieldChange("true", "false")), why);
	}

	/**
	 * Proposes the purge of a closed case past its period (an HQ reviewer of its team);
	 * an administrator confirms it.
	 */
	@Transactional
	public void propose(long caseId, CurrentUser user) {
		teamOf(caseId, user);
		if (!user.hasRole("HQ_REVIEWER")) {
			throw new AccessDeniedException("Only the team's HQ reviewers propose a purge");
		}
		ClosedCase closed = eligible(caseId);
		State state = lock(caseId, closed.teamId());
		requirePurgeable(state);
		if (state.proposedBy() != null) {
			throw new RuleViolation(null, "retention.purge.already-proposed");
		}
		this.jdbc.update("UPDATE case_retention SET proposed_by = :by, proposed_at = :at WHERE case_id = :id",
				new MapSqlParameterSource("by", user.username()).addValue("at", Timestamp.from(this.clock.instant()))
					.addValue("id", caseId));
		this.auditLog.record(user.username(), AuditAction.STATE_CHANGE, "CaseRetention", Long.toString(caseId),
				closed.teamId(), caseId, Map.of("purgeProposed", new FieldChange("false", "true")), null);
	}

	/**
	 * Purges a case whose purge was proposed (an administrator other than the one who
	 * proposed it): destroys its identifying values, records the disposal and writes one
	 * audit entry, naming the case by its id and the rule, nothing more.
	 * @return how many values were destroyed
	 */
	@Transactional
	public int purge(long caseId, boolean confirmed, CurrentUser user) {
		requireAdmin(user);
		teamOf(caseId, user);
		if (!confirmed) {
			throw new RuleViolation("confirm", "retention.purge.confirm-required");
		}
		ClosedCase closed = eligible(caseId);
		State state = lock(caseId, closed.teamId());
		requirePurgeable(state);
		if (state.proposedBy() == null) {
			throw new RuleViolation(null, "retention.purge.not-proposed");
		}
		if (state.proposedBy().equals(user.username())) {
			throw new RuleViolation(null, "retention.purge.same-person");
		}
		Instant now = this.clock.instant();
		int destroyed = this.purge.purge(caseId, now.atOffset(ZoneOffset.UTC).toLocalDate());
		// The terms of the values destroyed go with them (decision 0029).
		this.search.reindex(caseId);
		int months = this.periods.months(RecordType.CLOSED_CASE);
		this.jdbc.update("UPDATE case_retention SET purged_at = :at WHERE case_id = :id",
				new MapSqlParameterSource("at", Timestamp.from(now)).addValue("id", caseId));
		this.jdbc.update("""
				INSERT INTO disposal_record (record_type, record_id, team_id, rule, retention_months, closed_at,
				    proposed_by, confirmed_by, disposed_at, values_destroyed)
				VALUES ('CASE', :id, :team, :rule, :months, :closedAt, :proposedBy, :by, :at, :destroyed)""",
				new MapSqlParameterSource("id", caseId).addValue("team", closed.teamId())
					.addValue("rule", RecordType.CLOSED_CASE.name())
					.addValue("months", months)
					.addValue("closedAt", Timestamp.from(closed.closedAt()))
					.addValue("proposedBy", state.proposedBy())
					.addValue("by", user.username())
					.addValue("at", Timestamp.from(now))
					.addValue("destroyed", destroyed));
		Map<String, FieldChange> changes = new HashMap<>();
		changes.put("purged", new FieldChange("false", "true"));
		changes.put("valuesDestroyed", new FieldChange(null, Integer.toString(destroyed)));
		changes.put("retentionMonths", new FieldChange(null, Integer.toString(months)));
		this.auditLog.record(user.username(), AuditAction.DELETE, "CaseRetention", Long.toString(caseId),
				closed.teamId(), caseId, changes, null);
		return destroyed;
	}

	private ClosedCase eligible(long caseId) {
		ClosedCase closed = this.closedCases.find(caseId)
			.orElseThrow(() -> new RuleViolation(null, "retention.purge.not-due"));
		if (!closed.closedAt().isBefore(this.periods.cutoff(RecordType.CLOSED_CASE))) {
			throw new RuleViolation(null, "retention.purge.not-due");
		}
		return closed;
	}

	private static void requirePurgeable(State state) {
		if (state.purgedAt() != null) {
			throw new RuleViolation(null, "retention.purge.already-purged");
		}
		if (state.held()) {
			throw new RuleViolation(null, "retention.purge.held");
		}
	}

	/** The case's team, if the user may set or lift its hold; not found otherwise. */
	private long teamOf(long caseId, CurrentUser user) {
		long teamId = this.closedCases.teamOf(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
		if (user.hasRole("ADMIN")) {
			return teamId;
		}
		if (!user.teamIds().contains(teamId)) {
			throw new CaseNotFoundException(caseId);
		}
		if (!user.hasRole("HQ_REVIEWER")) {
			throw new AccessDeniedException("Only HQ reviewers and administrators set legal holds");
		}
		return teamId;
	}

	/** The case's retention row, made if missing, locked for this transaction. */
	private State lock(long caseId, long teamId) {
		this.jdbc.update("INSERT INTO case_retention (case_id, team_id) VALUES (:id, :team) ON CONFLICT DO NOTHING",
				new MapSqlParameterSource("id", caseId).addValue("team", teamId));
		return this.jdbc.queryForObject("SELECT * FROM case_retention WHERE case_id = :id FOR UPDATE",
				new MapSqlParameterSource("id", caseId), (rs, n) -> state(rs));
	}

	private Map<Long, State> states(List<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc
			.query("SELECT * FROM case_retention WHERE case_id IN (:ids)", new MapSqlParameterSource("ids", caseIds),
					(rs, n) -> Map.entry(rs.getLong("case_id"), state(rs)))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private Map<Long, String> teamNames(List<Long> teamIds) {
		return this.teams.refs(teamIds.stream().distinct().toList())
			.stream()
			.collect(Collectors.toMap(ParleyUser.TeamRef::id, ParleyUser.TeamRef::name, (a, b) -> a));
	}

	private static State state(ResultSet rs) throws SQLException {
		return new State(rs.getString("hold_reason"), rs.getString("hold_set_by"), instant(rs, "hold_set_at"),
				rs.getString("proposed_by"), instant(rs, "proposed_at"), instant(rs, "purged_at"));
	}

	private static Disposal disposal(ResultSet rs) throws SQLException {
		return new Disposal(rs.getLong("id"), rs.getLong("record_id"), rs.getLong("team_id"), null,
				rs.getString("rule"), rs.getInt("retention_months"), instant(rs, "closed_at"),
				rs.getString("proposed_by"), rs.getString("confirmed_by"), instant(rs, "disposed_at"),
				rs.getInt("values_destroyed"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

	private static void requireHq(CurrentUser user) {
		if (!user.hasRole("HQ_REVIEWER")) {
			throw new AccessDeniedException("The retention review is for HQ reviewers");
		}
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.hasRole("ADMIN")) {
			throw new AccessDeniedException("Only administrators confirm purges");
		}
	}

}
