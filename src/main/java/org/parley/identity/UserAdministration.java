package org.parley.identity;

import java.time.Clock;
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

import org.springframework.data.domain.Limit;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with accounts: create, describe (name, roles, teams), disable
 * and re-enable, reset a password, unlock. Accounts are never deleted. Every change is
 * audited by the audit listener; reasons given are attached to the entries.
 */
@Service
public class UserAdministration {

	private final UserAccountRepository users;

	private final TeamRepository teams;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final AuditLog auditLog;

	private final AuditReasons reasons;

	private final Sessions sessions;

	UserAdministration(UserAccountRepository users, TeamRepository teams, PasswordEncoder passwordEncoder, Clock clock,
			AuditLog auditLog, AuditReasons reasons, Sessions sessions) {
		this.reasons = reasons;
		this.sessions = sessions;
		this.users = users;
		this.teams = teams;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.auditLog = auditLog;
	}

	/**
	 * Creates an account with a one-time password that must be changed at first sign-in.
	 * @return the new account's id and its one-time password, to show the administrator
	 * once
	 */
	@Transactional
	public Created create(NewUser command) {
		String username = Usernames.normalise(command.username());
		if (!Usernames.FORMAT.matcher(username).matches()) {
			throw new RuleViolation("username", "identity.user.username.format");
		}
		if (this.users.existsByUsername(username)) {
			throw new RuleViolation("username", "identity.user.username.taken");
		}
		String password = OneTimePasswords.generate();
		UserAccount account = new UserAccount(username, command.displayName().strip(),
				this.passwordEncoder.encode(password), true, this.clock.instant());
		account.describe(command.displayName().strip(), command.roles(), teams(command.teamIds()));
		account = this.users.save(account);
		return new Created(account.getId(), username, password);
	}

	@Transactional
	public void describe(long userId, long version, String displayName, Set<Role> roles, Set<Long> teamIds,
			long actingUserId) {
		describe(userId, version, displayName, find(userId).getEmail(), roles, teamIds, actingUserId);
	}

	/** As above, with the address notification e-mails go to (blank for none). */
	@Transactional
	public void describe(long userId, long version, String displayName, String email, Set<Role> roles,
			Set<Long> teamIds, long actingUserId) {
		UserAccount account = find(userId);
		ConcurrentEditException.check("UserAccount", userId, version, account.getVersion());
		if (userId == actingUserId && account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
			throw new RuleViolation("roles", "identity.user.cannot-drop-own-admin");
		}
		if (account.isEnabled() && account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)
				&& this.users.countEnabledAdministrators() <= 1) {
			throw new RuleViolation("roles", "identity.user.last-admin");
		}
		account.describe(displayName.strip(), roles, teams(teamIds));
		String cleanEmail = Text.blankToNull(email);
		if (!Objects.equals(cleanEmail, account.getEmail())) {
			account.changeEmail(cleanEmail);
		}
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
	 * Replaces the password with a one-time password that must be changed at next
	 * sign-in.
	 * @return the one-time password, to show the administrator once
	 */
	@Transactional
	public String resetPassword(long userId, String reason) {
		UserAccount account = find(userId);
		String password = OneTimePasswords.generate();
		this.reasons.because(reason, () -> {
			account.changePassword(this.passwordEncoder.encode(password), true);
			account.unlock();
		});
		this.sessions.endAllOf(userId, null);
		return password;
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
	 * Grants an auditor the sight of their teams' interlocutors' real names, or withdraws
	 * it; the change of the account is audited like any other.
	 */
	@Transactional
	public void grantInterlocutorNames(long userId, long version, boolean granted) {
		UserAccount account = find(userId);
		ConcurrentEditException.check("UserAccount", userId, version, account.getVersion());
		if (granted && !account.getRoles().contains(Role.AUDITOR)) {
			throw new RuleViolation("revealsInterlocutorNames", "identity.user.names-grant.auditors-only");
		}
		account.revealInterlocutorNames(granted);
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
	public record Created(long id, String username, String oneTimePassword) {

	}

}
