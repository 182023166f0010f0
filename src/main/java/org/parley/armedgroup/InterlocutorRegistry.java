package org.parley.armedgroup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.parley.audit.AuditAction;
import org.parley.audit.AuditLog;
import org.parley.audit.AuditReasons;
import org.parley.audit.ReadAction;
import org.parley.audit.ReadLog;
import org.parley.identity.ParleyUser;
import org.parley.identity.Role;
import org.parley.identity.TeamAdministration;
import org.parley.protection.Classification;
import org.parley.protection.ClassificationChange;
import org.parley.protection.FieldSealer;
import org.parley.protection.Sealed;
import org.parley.reference.ReferenceList;
import org.parley.reference.ReferenceLists;
import org.parley.shared.Text;
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
 * The people a team talks to. Need-to-know is enforced here, for pages and API alike: an
 * interlocutor recorded by another team does not exist for the reader (404, never the
 * data).
 */
@Service
public class InterlocutorRegistry {

	private final InterlocutorRepository interlocutors;

	private final ArmedGroupQueries groups;

	private final ReferenceLists references;

	private final AuditLog auditLog;

	private final NamedParameterJdbcTemplate jdbc;

	private final TeamAdministration teams;

	private final Clock clock;

	private final ReadLog readLog;

	private final FieldSealer sealer;

	private final AuditReasons reasons;

	InterlocutorRegistry(InterlocutorRepository interlocutors, ArmedGroupQueries groups, ReferenceLists references,
			AuditLog auditLog, TeamAdministration teams, DataSource dataSource, Clock clock, ReadLog readLog,
			FieldSealer sealer, AuditReasons reasons) {
		this.reasons = reasons;
		this.readLog = readLog;
		this.sealer = sealer;
		this.teams = teams;
		this.interlocutors = interlocutors;
		this.groups = groups;
		this.references = references;
		this.auditLog = auditLog;
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.clock = clock;
	}

	@Transactional
	public long record(InterlocutorForm form, CurrentUser user) {
		if (form.teamId() == null) {
			throw new RuleViolation("teamId", "validation.required");
		}
		if (!RegistryPermissions.canEditInterlocutorsOf(user, form.teamId())) {
			throw new RuleViolation("teamId", "interlocutor.team.not-yours");
		}
		check(form, null);
		Interlocutor interlocutor = new Interlocutor(form.teamId(), form, this.sealer, user.username(),
				this.clock.instant());
		interlocutor.name(checkedReviewers(form.teamId(), form.namedReviewerIds()));
		return this.interlocutors.save(interlocutor).getId();
	}

	@Transactional
	public void update(long id, long version, InterlocutorForm form, CurrentUser user) {
		Interlocutor interlocutor = readable(id, user);
		if (!RegistryPermissions.canEditInterlocutorsOf(user, interlocutor.teamId())) {
			throw new AccessDeniedException("Only the team's field officers edit its interlocutors");
		}
		ConcurrentEditException.check("Interlocutor", id, version, interlocutor.getVersion());
		check(form, interlocutor);
		List<Long> named = checkedReviewers(interlocutor.teamId(), form.namedReviewerIds());
		interlocutor.describe(form, this.sealer, this.clock.instant());
		interlocutor.name(named);
		this.interlocutors.flush();
	}

	/**
	 * Changes the interlocutor's level (an HQ reviewer of its team who may read it), with
	 * the reason in the audit log, and reseals its values under the new level's key
	 * (decision 0022).
	 */
	@Transactional
	public void classify(long id, long version, Classification level, String reason, CurrentUser user) {
		Interlocutor interlocutor = visible(id, user);
		if (!RegistryPermissions.canClassify(user, interlocutor.teamId(), interlocutor.getClassification(),
				interlocutor.namedReviewerIds())) {
			if (!RegistryPermissions.canReadInterlocutor(user, interlocutor.teamId(), interlocutor.getClassification(),
					interlocutor.namedReviewerIds())) {
				throw new InterlocutorNotFoundException(id);
			}
			throw new AccessDeniedException("Only the team's HQ reviewers change an interlocutor's level");
		}
		String why = ClassificationChange.check(level, reason, "Interlocutor", id, version,
				new ClassificationChange.Versioned(interlocutor.getClassification(), interlocutor.getVersion()));
		this.reasons.because(why, () -> {
			interlocutor.classify(level, user.id(), this.sealer, this.clock.instant());
			this.interlocutors.flush();
		});
	}

	/** The team's HQ reviewers, who may be named on a strictly confidential record. */
	@Transactional(readOnly = true)
	public List<ReviewerChoice> reviewerChoices(Collection<Long> teamIds) {
		return teamIds.stream()
			.flatMap((team) -> this.teams.membersWithRole(team, Role.HQ_REVIEWER).stream())
			.map((account) -> new ReviewerChoice(account.getId(), account.getDisplayName()))
			.distinct()
			.toList();
	}

	/** An HQ reviewer who may be named on a record. */
	public record ReviewerChoice(long id, String displayName) {
	}

	/** Whether the user may change this interlocutor's level (a courtesy for pages). */
	public boolean canClassify(InterlocutorView interlocutor, CurrentUser user) {
		return RegistryPermissions.canClassify(user, interlocutor.teamId(), interlocutor.classification(),
				interlocutor.namedReviewerIds());
	}

	private List<Long> checkedReviewers(long teamId, List<Long> named) {
		if (named.isEmpty()) {
			return named;
		}
		Set<Long> reviewers = new java.util.HashSet<>();
		this.teams.membersWithRole(teamId, Role.HQ_REVIEWER).forEach((account) -> reviewers.add(account.getId()));
		if (!reviewers.containsAll(named)) {
			throw new RuleViolation("namedReviewerIds", "classification.reviewer.not-of-team");
		}
		return named;
	}

	/**
	 * Shows the protected values to the reader, and writes that it did to the audit log
	 * first: whoever saw a real name can always be told.
	 */
	@Transactional
	public Revealed reveal(long id, String reason, CurrentUser user) {
		Interlocutor interlocutor = readable(id, user);
		String why = Text.blankToNull(reason);
		this.auditLog.record(user.username(), AuditAction.REVEAL, "Interlocutor", Long.toString(id),
				interlocutor.teamId(), Map.of(), why);
		this.readLog.record(ReadAction.REVEALED, "Interlocutor", Long.toString(id), null, interlocutor.teamId());
		return interlocutor.reveal(this.sealer);
	}

	@Transactional(readOnly = true)
	public InterlocutorView details(long id, CurrentUser user) {
		Interlocutor interlocutor = visible(id, user);
		Long groupId = interlocutor.getArmedGroupId();
		String groupName = (groupId != null) ? this.groups.ref(groupId).name() : null;
		return interlocutor.view(groupName, teamName(interlocutor.teamId()), this.sealer,
				!RegistryPermissions.canReadInterlocutor(user, interlocutor.teamId(), interlocutor.getClassification(),
						interlocutor.namedReviewerIds()));
	}

	/**
	 * Whether the user may edit this interlocutor (a courtesy for pages; the check is in
	 * update).
	 */
	public boolean canEdit(InterlocutorView interlocutor, CurrentUser user) {
		return RegistryPermissions.canEditInterlocutorsOf(user, interlocutor.teamId());
	}

	/** The teams the user may record interlocutors for. */
	public Set<Long> recordingTeams(CurrentUser user) {
		return user.hasRole("FIELD_OFFICER") ? user.teamIds() : Set.of();
	}

	/** The teams the user may record interlocutors for, with their names, for a form. */
	public List<ParleyUser.TeamRef> recordingTeamRefs(CurrentUser user) {
		return this.teams.refs(recordingTeams(user));
	}

	/**
	 * Interlocutors the user may see, by code name, one keyset page at a time, their
	 * notes opened (the API).
	 * @param q words in the code name or role (never the real name: sealed, it is not
	 * searched)
	 * @param groupId only those affiliated with this group, or null
	 */
	@Transactional(readOnly = true)
	public KeysetPage<InterlocutorView> page(CurrentUser user, String q, Long groupId, String cursor, int size) {
		return page(user, q, groupId, cursor, size, true);
	}

	/**
	 * As {@link #page}, without the notes: the list page shows none, so none is opened.
	 */
	@Transactional(readOnly = true)
	public KeysetPage<InterlocutorView> summaries(CurrentUser user, String q, Long groupId, String cursor, int size) {
		return page(user, q, groupId, cursor, size, false);
	}

	private KeysetPage<InterlocutorView> page(CurrentUser user, String q, Long groupId, String cursor, int size,
			boolean notes) {
		List<Long> teams = user.teamIds()
			.stream()
			.filter((team) -> RegistryPermissions.canSeeInterlocutorsOf(user, team))
			.toList();
		if (teams.isEmpty()) {
			return new KeysetPage<>(List.of(), null);
		}
		StringBuilder sql = new StringBuilder("""
				SELECT i.*, g.name AS group_name FROM interlocutor i
				LEFT JOIN armed_group g ON g.id = i.armed_group_id
				WHERE i.team_id IN (:teams)""");
		MapSqlParameterSource params = new MapSqlParameterSource("teams", teams);
		// Strictly confidential ones: the team's field officers, the HQ reviewers named
		// on them and the auditors (these redacted) only (decision 0022).
		sql.append(
				" AND (i.classification <> 'STRICTLY_CONFIDENTIAL' OR :everyStrict OR :me = ANY(i.named_reviewers))");
		params.addValue("everyStrict", user.hasRole("FIELD_OFFICER") || user.hasRole("AUDITOR"));
		params.addValue("me", user.id());
		if (q != null && !q.isBlank()) {
			// Folded on both sides, as for groups: "parroco" finds "Párroco". A team has
			// few
			// interlocutors, so the fold is computed in the query rather than stored.
			sql.append(" AND (" + FOLD.formatted("i.code_name") + " LIKE :q ESCAPE '\\' OR "
					+ FOLD.formatted("coalesce(i.role, '')") + " LIKE :q ESCAPE '\\')");
			params.addValue("q",
					"%" + SearchText.fold(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (groupId != null) {
			sql.append(" AND i.armed_group_id = :groupId");
			params.addValue("groupId", groupId);
		}
		KeysetCursor after = KeysetCursor.decode(cursor);
		if (after != null) {
			sql.append(" AND (lower(i.code_name), i.id) > (:afterName, :afterId)");
			params.addValue("afterName", after.key());
			params.addValue("afterId", after.id());
		}
		sql.append(" ORDER BY lower(i.code_name), i.id LIMIT :limit");
		params.addValue("limit", size + 1);
		List<InterlocutorView> rows = withTeamNames(
				this.jdbc.query(sql.toString(), params, (rs, n) -> row(rs, notes, user)));
		return KeysetPage.of(rows, size,
				(row) -> new KeysetCursor(row.codeName().toLowerCase(java.util.Locale.ROOT), row.id()).encode());
	}

	/**
	 * The team's interlocutors by code name that the reader may know of, for choosing
	 * intermediaries in a case of that team and for naming them in its pages and dossiers
	 * (the case's need-to-know is the caller's check; the team's own records only). A
	 * strictly confidential one is left out for whoever may not know it exists (decision
	 * 0022): its code name would tell them; an auditor without the grant of the team's
	 * interlocutor names (decision 0006) and an administrator get none.
	 */
	@Transactional(readOnly = true)
	public List<InterlocutorChoice> teamChoices(long teamId, CurrentUser reader) {
		if (!RegistryPermissions.canSeeInterlocutorsOf(reader, teamId)) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("team", teamId);
		params.addValue("everyStrict", reader.hasRole("FIELD_OFFICER") || reader.hasRole("AUDITOR"));
		params.addValue("me", reader.id());
		return this.jdbc.query("""
				SELECT i.id, i.code_name, i.role, i.affiliation, i.intermediary_type FROM interlocutor i
				WHERE i.team_id = :team
				AND (i.classification <> 'STRICTLY_CONFIDENTIAL' OR :everyStrict OR :me = ANY(i.named_reviewers))
				ORDER BY lower(i.code_name), i.id""", params,
				(rs, n) -> new InterlocutorChoice(rs.getLong("id"), rs.getString("code_name"), rs.getString("role"),
						Affiliation.valueOf(rs.getString("affiliation")), rs.getString("intermediary_type")));
	}

	/**
	 * An interlocutor as a choice in another record: code name and role, never the real
	 * name.
	 */
	public record InterlocutorChoice(long id, String codeName, String role, Affiliation affiliation,
			String intermediaryType) {
	}

	/** The SQL twin of {@link SearchText#fold} for Spanish and Portuguese letters. */
	private static final String FOLD = "lower(translate(%s, 'áàâäãéèêëíìîïóòôöõúùûüñçÁÀÂÄÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇ',"
			+ " 'aaaaaeeeeiiiiooooouuuuncAAAAAEEEEIIIIOOOOOUUUUNC'))";

	private void check(InterlocutorForm form, Interlocutor current) {
		if (form.armedGroupId() != null && !this.groups.exists(form.armedGroupId())) {
			throw new RuleViolation("armedGroupId", "armedgroup.relation.unknown-group");
		}
		if (form.affiliation() == Affiliation.GROUP_MEMBER && form.armedGroupId() == null) {
			throw new RuleViolation("armedGroupId", "interlocutor.group.required");
		}
		if (form.affiliation() == Affiliation.INTERMEDIARY) {
			if (form.intermediaryType() == null || form.intermediaryType().isBlank()) {
				throw new RuleViolation("intermediaryType", "interlocutor.intermediary-type.required");
			}
			this.references.requireUsable(ReferenceList.INTERMEDIARY_TYPE, Set.of(form.intermediaryType()),
					(current != null && current.getIntermediaryType() != null) ? Set.of(current.getIntermediaryType())
							: Set.of(),
					"intermediaryType");
		}
	}

	/** The protected values, opened, for a caller that checked access and records it. */
	Revealed revealedFor(Interlocutor interlocutor) {
		return interlocutor.reveal(this.sealer);
	}

	/**
	 * One the user may know exists (an auditor, a strictly confidential one redacted).
	 */
	Interlocutor visible(long id, CurrentUser user) {
		return this.interlocutors.findById(id)
			.filter((interlocutor) -> RegistryPermissions.canSeeInterlocutor(user, interlocutor.teamId(),
					interlocutor.getClassification(), interlocutor.namedReviewerIds()))
			.orElseThrow(() -> new InterlocutorNotFoundException(id));
	}

	/** One whose contents the user may read: not found otherwise. */
	private Interlocutor readable(long id, CurrentUser user) {
		return this.interlocutors.findById(id)
			.filter((interlocutor) -> RegistryPermissions.canReadInterlocutor(user, interlocutor.teamId(),
					interlocutor.getClassification(), interlocutor.namedReviewerIds()))
			.orElseThrow(() -> new InterlocutorNotFoundException(id));
	}

	private String teamName(long teamId) {
		return this.teams.refs(List.of(teamId)).stream().map(ParleyUser.TeamRef::name).findFirst().orElse(null);
	}

	/**
	 * The rows with their team's name, asked of the identity module for the whole page.
	 */
	private List<InterlocutorView> withTeamNames(List<InterlocutorView> rows) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		this.teams.refs(rows.stream().map(InterlocutorView::teamId).distinct().toList())
			.forEach((team) -> names.put(team.id(), team.name()));
		return rows.stream().map((r) -> r.withTeamName(names.get(r.teamId()))).toList();
	}

	private InterlocutorView row(ResultSet rs, boolean notes, CurrentUser user) throws SQLException {
		long teamId = rs.getLong("team_id");
		long groupId = rs.getLong("armed_group_id");
		Long group = rs.wasNull() ? null : groupId;
		String channel = rs.getString("contact_channel");
		Classification level = Classification.valueOf(rs.getString("classification"));
		List<Long> named = List.of((Long[]) rs.getArray("named_reviewers").getArray());
		boolean redacted = !RegistryPermissions.canReadInterlocutor(user, teamId, level, named);
		boolean open = notes && !redacted;
		return new InterlocutorView(rs.getLong("id"), teamId, null, rs.getString("code_name"),
				!redacted && rs.getString("real_name") != null, rs.getString("role"),
				Affiliation.valueOf(rs.getString("affiliation")), group, rs.getString("group_name"),
				rs.getString("intermediary_type"), (channel != null) ? ContactChannel.valueOf(channel) : null,
				!redacted && rs.getString("contact_details") != null,
				open ? note(teamId, Interlocutor.INFLUENCE_NOTES, rs.getString("influence_notes")) : null,
				open ? note(teamId, Interlocutor.RELIABILITY_NOTES, rs.getString("reliability_notes")) : null,
				open ? note(teamId, Interlocutor.RISK_NOTES, rs.getString("risk_notes")) : null,
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"), level, named, redacted);
	}

	private String note(long teamId, org.parley.protection.SealedColumn column, String stored) {
		return this.sealer.text(teamId, column, Sealed.stored(stored));
	}

	/** The protected values, for the one response that shows them. */
	public record Revealed(String realName, String contactDetails) {
	}

}
