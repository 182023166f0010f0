package org.parley.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.parley.audit.Actors;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditLog;
import org.parley.audit.AuditReasons;
import org.parley.audit.FieldChange;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.KeysetPage;
import org.parley.shared.RuleViolation;
import org.parley.shared.Text;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with accounts: create, describe (name, roles, teams), disable
 * and re-enable, reset a password, unlock. Accounts are never deleted. Every change is
 * audited by the audit listener; reasons given are attached to the entries. Separation of
 * duties: nobody grants themselves a role or a team, grants that widen what someone may
 * read wait for a second administrator, and a password reset never shows the
 * administrator a password (see {@code docs/security.md}).
 */
@Service
public class UserAdministration {

	/** How long a password-reset code works. */
	public static final Duration RESET_CODE_LIFETIME = Duration.ofHours(24);

	static final int PENDING_SHOWN = 100;

	private final UserAccountRepository users;

	private final TeamRepository teams;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final AuditLog auditLog;

	private final AuditReasons reasons;

	private final People people;

	private final AccessGrantRepository grants;

	private final ApplicationEventPublisher events;

	private final boolean mailEnabled;

	private final PasswordResets resets;

	private final ObjectProvider<JavaMailSender> mailSender;

	UserAdministration(UserAccountRepository users, TeamRepository teams, PasswordEncoder passwordEncoder, Clock clock,
			AuditLog auditLog, AuditReasons reasons, AccessGrantRepository grants, ApplicationEventPublisher events,
			@Value("${parley.mail.enabled:false}") boolean mailEnabled, ObjectProvider<JavaMailSender> mailSender,
			PasswordResets resets, People people) {
		this.people = people;
		this.resets = resets;
		this.reasons = reasons;
		this.grants = grants;
		this.events = events;
		this.mailEnabled = mailEnabled;
		this.mailSender = mailSender;
		this.users = users;
		this.teams = teams;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.auditLog = auditLog;
	}

	/**
	 * Creates an account with a one-time password that must be changed at first sign-in.
	 * Roles and teams that need a second administrator (see {@link #describe}) are
	 * requested, not granted.
	 * @return the new account's id, its one-time password, to show the administrator
	 * once, and how many grants wait for confirmation
	 */
	@Transactional
	public Created create(NewUser command, String reason, long actingUserId) {
		String username = Usernames.normalise(command.username());
		if (!Usernames.FORMAT.matcher(username).matches()) {
			throw new RuleViolation("username", "identity.user.username.format");
		}
		if (this.users.existsByUsername(username)) {
			throw new RuleViolation("username", "identity.user.username.taken");
		}
		Set<Team> teams = teams(command.teamIds());
		String password = OneTimePasswords.generate();
		UserAccount account = this.users.save(new UserAccount(username, command.displayName().strip(),
				this.passwordEncoder.encode(password), true, this.clock.instant()));
		int pending = grant(account, command.displayName().strip(), command.roles(), teams, reason, actingUserId);
		return new Created(account.getId(), username, password, pending);
	}

	/**
	 * Describes an account: name, e-mail, roles and teams. Nobody adds a role or a team
	 * to their own account. Removing is done at once; adding is done at once too, except
	 * what widens what the account may read beyond a field officer's own team, which is
	 * requested and takes effect only when a different administrator confirms it: the
	 * HQ-reviewer and auditor roles, a team for an account holding either, a case role
	 * for an administrator, the administrator role for an account holding a case role.
	 * @param reason why, required when something must be confirmed
	 * @return how many grants now wait for a second administrator
	 */
	@Transactional
	public int describe(long userId, long version, String displayName, String email, Set<Role> roles, Set<Long> teamIds,
			String reason, long actingUserId) {
		UserAccount account = find(userId);
		ConcurrentEditException.check("UserAccount", userId, version, account.getVersion());
		if (userId == actingUserId && account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
			throw new RuleViolation("roles", "identity.user.cannot-drop-own-admin");
		}
		if (account.isEnabled() && account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)
				&& this.users.countEnabledAdministrators() <= 1) {
			throw new RuleViolation("roles", "identity.user.last-admin");
		}
		Set<Team> teams = teams(teamIds);
		if (userId == actingUserId) {
			if (!account.getRoles().containsAll(roles)) {
				throw new RuleViolation("roles", "identity.user.cannot-grant-self");
			}
			if (!account.getTeams().containsAll(teams)) {
				throw new RuleViolation("teamIds", "identity.user.cannot-grant-self");
			}
		}
		int pending = grant(account, displayName.strip(), roles, teams, reason, actingUserId);
		this.people.forget(account.getUsername());
		String cleanEmail = Text.blankToNull(email);
		if (!Objects.equals(cleanEmail, account.getEmail())) {
			account.changeEmail(cleanEmail);
		}
		return pending;
	}

	/**
	 * Applies what may be applied at once and requests the rest.
	 * @return how many grants were requested
	 */
	private int grant(UserAccount account, String displayName, Set<Role> wantedRoles, Set<Team> wantedTeams,
			String reason, long actingUserId) {
		Set<Role> current = EnumSet.noneOf(Role.class);
		current.addAll(account.getRoles());
		current.retainAll(wantedRoles);
		Set<Role> finalRoles = wantedRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(wantedRoles);
		Set<Role> now = current.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(current);
		List<AccessGrant> requests = new ArrayList<>();
		Instant at = this.clock.instant();
		for (Role role : wantedRoles) {
			if (current.contains(role)) {
				continue;
			}
			if (needsSecondAdministrator(role, current, finalRoles)) {
				requests.add(AccessGrant.role(account.getId(), role, actingUserId, at, Text.blankToNull(reason)));
			}
			else {
				now.add(role);
			}
		}
		boolean widensTeams = finalRoles.contains(Role.HQ_REVIEWER) || finalRoles.contains(Role.AUDITOR)
				|| (finalRoles.contains(Role.ADMIN) && finalRoles.stream().anyMatch(Role::isCaseRole));
		Set<Team> currentTeams = new HashSet<>(account.getTeams());
		currentTeams.retainAll(wantedTeams);
		Set<Team> nowTeams = new HashSet<>(currentTeams);
		List<Team> grantedTeams = new ArrayList<>();
		for (Team team : wantedTeams) {
			if (currentTeams.contains(team)) {
				continue;
			}
			if (widensTeams) {
				requests
					.add(AccessGrant.team(account.getId(), team.getId(), actingUserId, at, Text.blankToNull(reason)));
			}
			else {
				nowTeams.add(team);
				grantedTeams.add(team);
			}
		}
		if (!requests.isEmpty() && Text.blankToNull(reason) == null) {
			throw new RuleViolation("reason", "identity.grant.reason-required");
		}
		Set<Role> grantedRoles = EnumSet.copyOf(now);
		grantedRoles.removeAll(account.getRoles());
		account.describe(displayName, now, nowTeams);
		Set<Long> concerned = teamIdsOf(account);
		grantedTeams.forEach((team) -> concerned.add(team.getId()));
		for (Role role : grantedRoles) {
			publish(account, AccessGrantChanged.Stage.GRANTED, AccessGrant.Kind.ROLE, role, null, actingUserId);
		}
		for (Team team : grantedTeams) {
			publish(account, AccessGrantChanged.Stage.GRANTED, AccessGrant.Kind.TEAM, null, team.getId(), actingUserId);
		}
		List<AccessGrant> waiting = this.grants.pendingFor(account.getId());
		int requested = 0;
		for (AccessGrant request : requests) {
			if (waiting.stream().noneMatch(request::sameAs)) {
				this.grants.save(request);
				publish(account, AccessGrantChanged.Stage.REQUESTED, request.getKind(), request.getRole(),
						request.getTeamId(), actingUserId);
				requested++;
			}
		}
		return requested;
	}

	private static boolean needsSecondAdministrator(Role role, Set<Role> current, Set<Role> finalRoles) {
		return switch (role) {
			case HQ_REVIEWER, AUDITOR -> true;
			case FIELD_OFFICER -> finalRoles.contains(Role.ADMIN);
			case ADMIN -> current.stream().anyMatch(Role::isCaseRole);
		};
	}

	/**
	 * A second administrator confirms a request: only then does it take effect. Nobody
	 * confirms their own request, nor a grant to their own account.
	 */
	@Transactional
	public void confirm(long grantId, long version, String reason, long actingUserId) {
		AccessGrant grant = pendingGrant(grantId, version);
		if (grant.getRequestedBy() == actingUserId) {
			throw new RuleViolation(null, "identity.grant.own-request");
		}
		if (grant.getUserId() == actingUserId) {
			throw new RuleViolation(null, "identity.grant.for-self");
		}
		UserAccount account = find(grant.getUserId());
		this.reasons.because(reason, () -> {
			switch (grant.getKind()) {
				case ROLE -> {
					Set<Role> roles = account.getRoles();
					roles.add(grant.getRole());
					account.describe(account.getDisplayName(), roles, account.getTeams());
				}
				case TEAM -> {
					Set<Team> teams = new HashSet<>(account.getTeams());
					teams.add(this.teams.findById(grant.getTeamId())
						.orElseThrow(() -> new RuleViolation(null, "identity.user.team.unknown")));
					account.describe(account.getDisplayName(), account.getRoles(), teams);
				}
				case INTERLOCUTOR_NAMES -> {
					if (!account.getRoles().contains(Role.AUDITOR)) {
						throw new RuleViolation(null, "identity.user.names-grant.auditors-only");
					}
					account.revealInterlocutorNames(true);
				}
			}
			grant.decide(AccessGrant.Status.CONFIRMED, actingUserId, this.clock.instant(), Text.blankToNull(reason));
		});
		publish(account, AccessGrantChanged.Stage.CONFIRMED, grant.getKind(), grant.getRole(), grant.getTeamId(),
				actingUserId);
	}

	/**
	 * Withdraws a request (whoever asked) or refuses it (another administrator, not the
	 * one it is for), with a reason.
	 */
	@Transactional
	public void refuse(long grantId, long version, String reason, long actingUserId) {
		AccessGrant grant = pendingGrant(grantId, version);
		if (Text.blankToNull(reason) == null) {
			throw new RuleViolation("reason", "identity.grant.reason-required");
		}
		if (grant.getUserId() == actingUserId) {
			throw new RuleViolation(null, "identity.grant.for-self");
		}
		boolean withdrawn = grant.getRequestedBy() == actingUserId;
		this.reasons.because(reason,
				() -> grant.decide(withdrawn ? AccessGrant.Status.WITHDRAWN : AccessGrant.Status.REFUSED, actingUserId,
						this.clock.instant(), reason.strip()));
		publish(find(grant.getUserId()),
				withdrawn ? AccessGrantChanged.Stage.WITHDRAWN : AccessGrantChanged.Stage.REFUSED, grant.getKind(),
				grant.getRole(), grant.getTeamId(), actingUserId);
	}

	/**
	 * The grants waiting for a second administrator, oldest first; a short list by nature
	 * (at most {@value #PENDING_SHOWN}).
	 */
	@Transactional(readOnly = true)
	public List<PendingGrant> pending() {
		return this.grants.pending(Limit.of(PENDING_SHOWN)).stream().map(this::view).toList();
	}

	/** The grants waiting for a second administrator on one account. */
	@Transactional(readOnly = true)
	public List<PendingGrant> pendingFor(long userId) {
		return this.grants.pendingFor(userId).stream().map(this::view).toList();
	}

	private PendingGrant view(AccessGrant grant) {
		String user = this.users.findById(grant.getUserId()).map(UserAccount::getUsername).orElse("?");
		String by = this.users.findById(grant.getRequestedBy()).map(UserAccount::getUsername).orElse("?");
		String team = (grant.getTeamId() == null) ? null
				: this.teams.findById(grant.getTeamId()).map(Team::getName).orElse("?");
		return new PendingGrant(grant.getId(), grant.getVersion(), grant.getUserId(), user, grant.getKind(),
				grant.getRole(), team, grant.getRequestedBy(), by, grant.getRequestedAt(), grant.getReason());
	}

	private AccessGrant pendingGrant(long grantId, long version) {
		AccessGrant grant = this.grants.findById(grantId).orElseThrow(() -> new GrantNotFoundException(grantId));
		ConcurrentEditException.check("AccessGrant", grantId, version, grant.getVersion());
		if (!grant.isPending()) {
			throw new RuleViolation(null, "identity.grant.not-pending");
		}
		return grant;
	}

	private void publish(UserAccount account, AccessGrantChanged.Stage stage, AccessGrant.Kind kind, Role role,
			Long teamId, long actingUserId) {
		Set<Long> concerned = teamIdsOf(account);
		if (teamId != null) {
			concerned.add(teamId);
		}
		this.events.publishEvent(
				new AccessGrantChanged(account.getId(), stage, kind, role, Set.copyOf(concerned), actingUserId));
	}

	private static Set<Long> teamIdsOf(UserAccount account) {
		Set<Long> ids = new HashSet<>();
		account.getTeams().forEach((team) -> ids.add(team.getId()));
		return ids;
	}

	@Transactional
	public void disable(long userId, String reason, long actingUserId) {
		UserAccount account = find(userId);
		if (userId == actingUserId) {
			throw new RuleViolation(null, "identity.user.cannot-disable-self");
		}
		if (account.getRoles().contains(Role.ADMIN) && account.isEnabled()
				&& this.users.countEnabledAdministrators() <= 1) {
			throw new RuleViolation(null, "identity.user.last-admin");
		}
		this.reasons.because(reason, account::disable);
	}

	@Transactional
	public void enable(long userId, String reason) {
		UserAccount account = find(userId);
		this.reasons.because(reason, account::enable);
	}

	/**
	 * Resets a user's password without handing the administrator one: the password is
	 * replaced with one nobody knows, and a one-time reset code, valid for
	 * {@link #RESET_CODE_LIFETIME}, lets the user choose a new one on the sign-in page
	 * ({@link PasswordResets}). The code is e-mailed to the user when the account has an
	 * address and the organisation sends e-mail; otherwise it is shown to the
	 * administrator to hand over, and is no password: it signs nobody in, only lets a new
	 * password be chosen, once, which the user then notices (their inbox tells them of
	 * the reset, and the audit log records who redeemed it). Audited with the reason.
	 * @return the code to hand over, or none when it went by e-mail
	 */
	@Transactional
	public ResetIssued resetPassword(long userId, String reason, long actingUserId) {
		if (userId == actingUserId) {
			throw new RuleViolation(null, "identity.user.cannot-reset-self");
		}
		UserAccount account = find(userId);
		String code = ResetCodes.generate();
		Instant expiresAt = this.clock.instant().plus(RESET_CODE_LIFETIME);
		boolean mailed = this.mailEnabled && this.mailSender.getIfAvailable() != null && account.getEmail() != null;
		this.reasons.because(reason, () -> {
			account.issueResetCode(this.passwordEncoder.encode(OneTimePasswords.generate()),
					this.passwordEncoder.encode(ResetCodes.normalise(code)), expiresAt);
			account.unlock();
		});
		this.resets.endSessionsAndTokensOf(userId);
		this.events.publishEvent(new PasswordResetIssued(userId, mailed ? account.getEmail() : null,
				account.getPreferredLanguage(), mailed ? code : null, expiresAt));
		return new ResetIssued(mailed ? null : code, expiresAt);
	}

	/**
	 * Lifts a lock-out. Lock-out bookkeeping is not audited field by field, so the unlock
	 * is recorded explicitly.
	 */
	@Transactional
	public void unlock(long userId) {
		Instant lockedUntil = find(userId).unlock();
		this.auditLog.record(Actors.current(), AuditAction.STATE_CHANGE, "UserAccount", Long.toString(userId), null,
				Map.of("lockedUntil", new FieldChange(Objects.toString(lockedUntil, null), null)), null);
	}

	/**
	 * Requests that an auditor see their teams' interlocutors' real names (a second
	 * administrator confirms it), or withdraws the sight at once.
	 * @return true when the grant was requested, false when withdrawn
	 */
	@Transactional
	public boolean grantInterlocutorNames(long userId, long version, boolean granted, String reason,
			long actingUserId) {
		UserAccount account = find(userId);
		ConcurrentEditException.check("UserAccount", userId, version, account.getVersion());
		if (!granted) {
			this.reasons.because(reason, () -> account.revealInterlocutorNames(false));
			return false;
		}
		if (userId == actingUserId) {
			throw new RuleViolation("revealsInterlocutorNames", "identity.user.cannot-grant-self");
		}
		if (!account.getRoles().contains(Role.AUDITOR)) {
			throw new RuleViolation("revealsInterlocutorNames", "identity.user.names-grant.auditors-only");
		}
		if (Text.blankToNull(reason) == null) {
			throw new RuleViolation("reason", "identity.grant.reason-required");
		}
		AccessGrant request = AccessGrant.names(userId, actingUserId, this.clock.instant(), reason.strip());
		if (this.grants.pendingFor(userId).stream().noneMatch(request::sameAs)) {
			this.grants.save(request);
			publish(account, AccessGrantChanged.Stage.REQUESTED, AccessGrant.Kind.INTERLOCUTOR_NAMES, null, null,
					actingUserId);
		}
		return true;
	}

	@Transactional(readOnly = true)
	public UserAccount get(long userId) {
		return find(userId);
	}

	@Transactional(readOnly = true)
	public KeysetPage<UserAccount> page(String search, String after, int size) {
		String term = (search == null) ? "" : search.strip().toLowerCase(java.util.Locale.ROOT);
		List<UserAccount> rows = this.users.page((after == null) ? "" : after, term, Limit.of(size + 1));
		return KeysetPage.of(rows, size, UserAccount::getUsername);
	}

	private UserAccount find(long userId) {
		return this.users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
	}

	private Set<Team> teams(Set<Long> teamIds) {
		Set<Team> found = new HashSet<>(this.teams.findAllById(teamIds));
		if (found.size() != teamIds.size()) {
			throw new RuleViolation("teamIds", "identity.user.team.unknown");
		}
		return found;
	}

	/**
	 * @param username the username (lower case)
	 * @param displayName the full name shown to others
	 * @param roles what the user may do
	 * @param teamIds the teams the user belongs to
	 */
	public record NewUser(String username, String displayName, Set<Role> roles, Set<Long> teamIds) {

		public NewUser {
			roles = (roles == null || roles.isEmpty()) ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
			teamIds = (teamIds == null) ? Set.of() : Set.copyOf(teamIds);
		}

	}

	/**
	 * @param id the new account
	 * @param username its username
	 * @param oneTimePassword the password to hand to the user, shown once
	 */
	public record Created(long id, String username, String oneTimePassword, int pendingGrants) {

	}

	/**
	 * @param code the one-time reset code to hand to the user, or null when it was
	 * e-mailed to them
	 * @param expiresAt when it stops working
	 */
	public record ResetIssued(String code, Instant expiresAt) {

		public boolean mailed() {
			return this.code == null;
		}

	}

	/**
	 * A grant waiting for a second administrator, as the administrators' list shows it.
	 */
	public record PendingGrant(long id, long version, long userId, String username, AccessGrant.Kind kind, Role role,
			String team, long requestedById, String requestedBy, Instant requestedAt, String reason) {

	}

}
