package org.parley.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * read wait for a second administrator, and neither creating an account nor resetting a
 * password shows the administrator a password (see {@code docs/security.md}).
 */
@Service
public class UserAdministration {

	/** How long a password-reset code works. */
	public static final Duration RESET_CODE_LIFETIME = Duration.ofHours(24);

	/**
	 * How long the code of a new account works: longer than a reset's, since the new user
	 * may first have to be reached.
	 */
	public static final Duration NEW_ACCOUNT_CODE_LIFETIME = Duration.ofHours(72);

	private final UserAccountRepository users;

	private final TeamRepository teams;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final AuditLog auditLog;

	private final AuditReasons reasons;

	private final People people;

	private final AccessGrants accessGrants;

	private final ApplicationEventPublisher events;

	private final boolean mailEnabled;

	private final PasswordResets resets;

	private final ObjectProvider<JavaMailSender> mailSender;

	UserAdministration(UserAccountRepository users, TeamRepository teams, PasswordEncoder passwordEncoder, Clock clock,
			AuditLog auditLog, AuditReasons reasons, AccessGrants accessGrants, ApplicationEventPublisher events,
			@Value("${parley.mail.enabled:false}") boolean mailEnabled, ObjectProvider<JavaMailSender> mailSender,
			PasswordResets resets, People people) {
		this.people = people;
		this.resets = resets;
		this.reasons = reasons;
		this.accessGrants = accessGrants;
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
	 * Creates an account that nobody can sign in to yet, the administrator included: its
	 * password is one nobody knows, and a one-time reset code, valid for
	 * {@link #NEW_ACCOUNT_CODE_LIFETIME}, lets the user choose their own on the sign-in
	 * page, as after a reset ({@link #resetPassword}): e-mailed to them when an address
	 * is given and the organisation sends e-mail, otherwise shown to the administrator to
	 * hand over. Roles and teams that need a second administrator (see {@link #describe})
	 * are requested, not granted. Audited with the reason.
	 * @return the new account's id, the code to hand over (none when it went by e-mail),
	 * and how many grants wait for confirmation
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
		String unknownPassword = unknownPassword();
		UserAccount account = new UserAccount(username, command.displayName().strip(), unknownPassword, true,
				this.clock.instant());
		account.changeEmail(Text.blankToNull(command.email()));
		PendingCode code = issueCode(account, unknownPassword, NEW_ACCOUNT_CODE_LIFETIME);
		// One audit entry for the new account, its roles and teams, with the reason.
		int pending = this.reasons.because(reason, () -> {
			this.users.save(account);
			return this.accessGrants.apply(account, command.displayName().strip(), command.roles(), teams, reason,
					actingUserId);
		});
		ResetIssued issued = announce(account, code, true);
		return new Created(account.getId(), username, issued.code(), issued.expiresAt(), pending);
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
		int pending = this.accessGrants.apply(account, displayName.strip(), roles, teams, reason, actingUserId);
		this.people.forget(account.getUsername());
		String cleanEmail = Text.blankToNull(email);
		if (!Objects.equals(cleanEmail, account.getEmail())) {
			account.changeEmail(cleanEmail);
		}
		return pending;
	}

	/**
	 * A second administrator confirms a request: only then does it take effect (see
	 * {@link AccessGrants#confirm}).
	 */
	public void confirm(long grantId, long version, String reason, long actingUserId) {
		this.accessGrants.confirm(grantId, version, reason, actingUserId);
	}

	/**
	 * Withdraws or refuses a request, with a reason (see {@link AccessGrants#refuse}).
	 */
	public void refuse(long grantId, long version, String reason, long actingUserId) {
		this.accessGrants.refuse(grantId, version, reason, actingUserId);
	}

	/** The grants waiting for a second administrator, oldest first. */
	public List<PendingGrant> pending() {
		return this.accessGrants.pending();
	}

	/** The grants waiting for a second administrator on one account. */
	public List<PendingGrant> pendingFor(long userId) {
		return this.accessGrants.pendingFor(userId);
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
		PendingCode code = this.reasons.because(reason, () -> {
			account.unlock();
			return issueCode(account, unknownPassword(), RESET_CODE_LIFETIME);
		});
		this.resets.endSessionsAndTokensOf(userId);
		return announce(account, code, false);
	}

	/** The hash of a random password that nobody is told. */
	private String unknownPassword() {
		return this.passwordEncoder.encode(OneTimePasswords.generate());
	}

	/**
	 * Gives the account a password nobody knows and a new reset code.
	 */
	private PendingCode issueCode(UserAccount account, String unknownPasswordHash, Duration lifetime) {
		String code = ResetCodes.generate();
		Instant expiresAt = this.clock.instant().plus(lifetime);
		account.issueResetCode(unknownPasswordHash, this.passwordEncoder.encode(ResetCodes.normalise(code)), expiresAt);
		return new PendingCode(code, expiresAt);
	}

	/**
	 * Tells the notification module of the code, which it e-mails to the user after the
	 * commit when it can.
	 * @return the code to show the administrator, or none when it goes by e-mail
	 */
	private ResetIssued announce(UserAccount account, PendingCode code, boolean newAccount) {
		boolean mailed = this.mailEnabled && this.mailSender.getIfAvailable() != null && account.getEmail() != null;
		this.events.publishEvent(
				new PasswordResetIssued(account.getId(), account.getUsername(), mailed ? account.getEmail() : null,
						account.getPreferredLanguage(), mailed ? code.code() : null, code.expiresAt(), newAccount));
		return new ResetIssued(mailed ? null : code.code(), code.expiresAt());
	}

	/** A reset code just issued, before anyone is told of it. */
	private record PendingCode(String code, Instant expiresAt) {

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
		this.accessGrants.requestNames(account, reason, actingUserId);
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
	 * What was chosen, without the blanks a hand-made request or an empty option sends
	 * (bound as null): none chosen is an empty set.
	 */
	public static <T> Set<T> present(Set<T> chosen) {
		if (chosen == null) {
			return Set.of();
		}
		Set<T> present = new java.util.LinkedHashSet<>(chosen);
		present.remove(null);
		return present;
	}

	/**
	 * @param username the username (lower case)
	 * @param displayName the full name shown to others
	 * @param email where the reset code and notification e-mails go, or null
	 * @param roles what the user may do
	 * @param teamIds the teams the user belongs to
	 */
	public record NewUser(String username, String displayName, String email, Set<Role> roles, Set<Long> teamIds) {

		public NewUser {
			roles = present(roles);
			roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
			teamIds = Set.copyOf(present(teamIds));
		}

		/** An account without an e-mail address. */
		public NewUser(String username, String displayName, Set<Role> roles, Set<Long> teamIds) {
			this(username, displayName, null, roles, teamIds);
		}

	}

	/**
	 * @param id the new account
	 * @param username its username
	 * @param resetCode the one-time reset code with which the user chooses their
	 * password, to hand to them, or null when it was e-mailed to them; it signs nobody in
	 * @param expiresAt when the code stops working
	 * @param pendingGrants how many grants wait for a second administrator
	 */
	public record Created(long id, String username, String resetCode, Instant expiresAt, int pendingGrants) {

		public boolean mailed() {
			return this.resetCode == null;
		}

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
